// End to end: the real server on a fresh county demo database, in headless
// Chromium. Each step asserts on visible text and leaves a screenshot in
// frontend/test-results/e2e/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from './a11y.mjs';
import { launch, shots, startServer } from './harness.mjs';

const server = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
page.on('pageerror', (e) => consoleErrors.push(String(e)));
page.setDefaultTimeout(15_000);

let n = 0;
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
  } catch (e) {
    await page.screenshot({ path: join(shots, `failed-${name}.png`), fullPage: true }).catch(() => {});
    throw new Error(`step "${name}" failed: ${e.message}`, { cause: e });
  }
  n += 1;
  await page.screenshot({ path: join(shots, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: false });
  console.log(`ok ${n} ${name} (${Date.now() - started} ms)`);
}

const main = page.getByRole('main');
let branchURL = '';

try {
  await step('home', async () => {
    await page.goto(server.base + '/');
    await main.getByRole('combobox').waitFor();
    assert.equal(await page.title(), 'Grassroots');
    await main.getByRole('link', { name: /network/i }).first().waitFor();
  });

  await step('search-village-by-pinyin', async () => {
    const box = main.getByRole('combobox');
    await box.fill('zhenfeng');
    const option = page.getByRole('option', { name: /振凤村/ }).first();
    await option.waitFor();
    await option.click();
    await page.waitForURL(/\/regions\/\d+/);
    await main.getByRole('heading', { name: /振凤村/ }).first().waitFor();
    await main.getByText('振凤村党支部').first().waitFor();
  });

  await step('open-party-branch', async () => {
    await main.getByRole('link', { name: /^振凤村党支部/ }).first().click();
    await page.waitForURL(/\/organizations\/\d+/);
    branchURL = page.url();
    await main.getByRole('heading', { name: /振凤村党支部/ }).first().waitFor();
    await main.getByText(/Party branch/).first().waitFor();
  });

  await step('open-network-explorer', async () => {
    await main.getByRole('link', { name: /open in network/i }).first().click();
    await page.waitForURL(/\/network\?.*seeds=\d+/);
    await main.getByRole('heading', { name: /Organizations in view/ }).waitFor();
    await main.getByRole('button', { name: /振凤村党支部/ }).first().waitFor();
    // The partners of its three links are on screen.
    await page.waitForFunction(() => document.querySelectorAll('.network-list .network-row-name').length >= 4);
  });

  const listed = () => page.locator('.network-list .network-row-name').count();

  await step('expand-a-node', async () => {
    // The box follows the URL, so it turns checked once the navigation lands.
    await main.getByLabel(/Party hierarchy/).click();
    await page.waitForURL(/[?&]h=1/);
    await page.waitForFunction(() => [...document.querySelectorAll('main input[type=checkbox]')].some((c) => c.checked && c.labels?.[0]?.textContent?.includes('Party hierarchy')));
    const committee = main.locator('.network-list .network-row-name', { hasText: 'Party committee' }).first();
    await committee.waitFor();
    const before = await listed();
    await committee.click();
    await main.getByRole('button', { name: /^Show neighbours$/ }).click();
    await page.waitForURL(/[?&]x=/);
    await page.waitForFunction((b) => document.querySelectorAll('.network-list .network-row-name').length > b || document.querySelector('.network-list nav') !== null, before);
    await main.getByText(/organizations · \d+ links/).first().waitFor();
  });

  await step('find-a-path', async () => {
    await main.locator('.network-list .network-row-name', { hasText: '振凤村党支部' }).first().click();
    await main.getByRole('button', { name: 'Path from here' }).click();
    // Any other party branch now on screen: reached through the township committee.
    const other = main.locator('.network-list .network-row-name', { hasText: /党支部/ }).filter({ hasNotText: '振凤村党支部' }).first();
    await other.click();
    await main.getByRole('button', { name: 'Path to here' }).click();
    await main.getByRole('button', { name: 'Find path' }).click();
    await page.waitForURL(/[?&]path=\d+/);
    await main.getByText(/^\d+ steps?$/).first().waitFor();
  });

  await step('switch-to-chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '关系网络' }).waitFor();
    await main.getByText('寻找路径').or(main.getByText(/路径/)).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  await step('switch-back-to-english', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Network' }).waitFor();
    await page.reload();
    // The choice is remembered.
    await page.getByRole('navigation').getByRole('link', { name: 'Network' }).waitFor();
  });

  await step('export-graphml', async () => {
    await main.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: /GraphML/ }).click()]);
    assert.match(download.suggestedFilename(), /\.graphml$/);
    const xml = readFileSync(await download.path(), 'utf8');
    assert.match(xml, /<graphml[\s>]/);
    assert.match(xml, /振凤村党支部/);
    assert.ok((xml.match(/<node /g) ?? []).length >= 5, 'at least five organizations exported');
    assert.ok((xml.match(/<edge /g) ?? []).length >= 4, 'at least four links exported');
  });

  await step('back-button', async () => {
    await page.goto(branchURL);
    await main.getByRole('heading', { name: /振凤村党支部/ }).first().waitFor();
    await page.goBack();
    await page.waitForURL(/\/network\?/);
    await main.getByRole('heading', { name: /Organizations in view/ }).waitFor();
  });

  await step('accessibility', async () => {
    // Every page visited above, in both languages, on a laptop and on a
    // phone: no WCAG 2.1 A/AA violation that axe can detect.
    const pages = ['/', '/search?q=zhenfeng', '/regions', new URL(branchURL).pathname, '/network?seeds=' + new URL(branchURL).pathname.split('/').pop(), '/graphiql'];
    const found = [];
    for (const [lang, width] of [['English', 1280], ['中文', 1280], ['English', 390]]) {
      await page.setViewportSize({ width, height: 800 });
      for (const p of pages) {
        await page.goto(server.base + p);
        await page.getByRole('button', { name: lang }).click();
        await page.waitForLoadState('networkidle');
        for (const v of await audit(page)) found.push(`${p} (${lang}, ${width} px): ${v}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(found, [], 'accessibility violations');
  });

  const unexpected = consoleErrors.filter((e) => !/WebGL|GPU|swiftshader|Automatic fallback/i.test(e));
  assert.deepEqual(unexpected, [], 'no errors in the browser console');
  console.log(`e2e: ${n} steps passed; screenshots in ${shots}`);
} catch (e) {
  console.error(e.message);
  console.error('--- server log (tail) ---\n' + server.log().slice(-3000));
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
