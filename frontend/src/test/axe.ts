import axe from 'axe-core';

/** axe-core's WCAG A and AA rules that jsdom can judge (not colour contrast, which needs layout), as readable lines. */
export async function violations(): Promise<string[]> {
  const r = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
