// Accessibility audit of the pages the end-to-end run visits: axe-core's
// WCAG 2 A and AA rules (contrast, labels, names, roles, ARIA), run in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Returns the violations on the page as readable lines (none: an empty
 * list). GraphiQL's own editor (a third-party component) is left out.
 */
export async function audit(page) {
  // Evaluated through the DevTools protocol, as the server's Content-Security-Policy
  // (script-src 'self') rightly refuses an inline <script> that addScriptTag would add.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run({ exclude: [['.graphiql-container']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.split('\n').slice(1, 2).join('')) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}
