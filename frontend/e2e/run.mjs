// End to end: the real server on a fresh county demo database, in headless
// Chromium. Each step asserts on visible text and leaves a screenshot in
// frontend/test-results/e2e/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from './a11y.mjs';
import { denseNetworks, launch, shots, startServer, stopAll } from './harness.mjs';

const server = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
// Whatever the server's Content-Security-Policy blocks is reported as a console error, and so fails the run.
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`));
});
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

/**
 * How many pixels of PNG `a`, moved by `shift`, differ from PNG `b` (by more
 * than 48 in a channel), from the point `from` to 4 px short of the far edges.
 */
async function differing(p, a, b, from, [dx, dy]) {
  return p.evaluate(
    async ({ a, b, from, dx, dy }) => {
      const pixels = async (png) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const cv = new OffscreenCanvas(img.width, img.height);
        const ctx = cv.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [m, s] = await Promise.all([pixels(a), pixels(b)]);
      let n = 0;
      for (let y = from.y; y < s.height - 4; y++) {
        for (let x = from.x; x < s.width - 4; x++) {
          const i = (y * s.width + x) * 4;
          const j = ((y + dy) * s.width + x + dx) * 4;
          if ([0, 1, 2].some((k) => Math.abs(m.data[j + k] - s.data[i + k]) > 48)) n++;
        }
      }
      return n;
    },
    { a: a.toString('base64'), b: b.toString('base64'), from, dx, dy },
  );
}

/**
 * The explorer at rest shows its links as drawn for the camera at rest: the
 * screen matches a fresh drawing (forced by resizing the window 1 px and
 * back) far better than that drawing moved by 2 px does.
 */
async function drawnAtRest(p, clip, when) {
  await p.mouse.move(5, 5);
  await p.waitForTimeout(300);
  const shown = await p.screenshot({ clip });
  const size = p.viewportSize();
  await p.setViewportSize({ width: size.width + 1, height: size.height });
  await p.waitForTimeout(300);
  await p.setViewportSize(size);
  await p.waitForTimeout(500);
  const fresh = await p.screenshot({ clip });
  const origin = { x: 0, y: 0 };
  const off = await differing(p, shown, fresh, origin, [0, 0]);
  const shifted = await differing(p, fresh, fresh, origin, [2, 1]);
  assert.ok(shifted > 2000, `too little on screen to compare ${when}`);
  assert.ok(off * 10 < shifted, `${when}, the screen differs from a fresh drawing in ${off} pixels (a 2 px shift: ${shifted})`);
}

const main = page.getByRole('main');
let branchURL = '';
let indicatorURL = '';

try {
  // The landing page: the three projects' indicators for the province.
  const card = main.getByRole('article', { name: 'Reserve village cadres' });

  await step('dashboard', async () => {
    await page.goto(server.base + '/');
    await main.getByRole('heading', { level: 1, name: 'Three projects dashboard' }).waitFor();
    assert.equal(await page.title(), 'Three projects dashboard · Grassroots');
    for (const project of ['Organization setup', 'Cadre quality', 'Entrepreneurship and training']) {
      await main.getByRole('heading', { level: 2, name: new RegExp(`^${project}`) }).waitFor();
    }
    assert.equal(await main.getByRole('article').count(), 19, 'one card per indicator');
    // A past year, whose figures no longer move: kept in the URL.
    await main.getByLabel('Year', { exact: true }).selectOption('2025');
    await page.waitForURL(/\/\?year=2025$/);
    await main.getByText(/^2025, as of Dec 31, 2025: \d+ of \d+ targets met$/).waitFor();
    const bar = card.getByRole('progressbar', { name: 'Reserve village cadres' });
    assert.match(await bar.getAttribute('aria-valuetext'), /^\d+(\.\d)?%, target 100%$/);
    await card.getByText(/^\d+ of \d+ villages meet the rule$/).waitFor();
    await card.getByText(/^(Met|Not met|Overdue)$/).waitFor();
    await card.getByText(/^(Needs \d+ more|Target reached)/).waitFor();
  });

  await step('open-an-indicator', async () => {
    await card.getByRole('link', { name: 'Reserve village cadres' }).click();
    await page.waitForURL(/\/indicators\/RESERVE_CADRES\?year=2025$/);
    await main.getByRole('heading', { level: 1, name: 'Reserve village cadres' }).waitFor();
    await main.getByText(/ensure that each established village reserves at least 2/).waitFor();
    await main.getByRole('navigation', { name: 'Region path' }).locator('[aria-current="page"]', { hasText: '吉林省' }).waitFor();
    await main.locator('.ind-chart svg').first().waitFor();
    await main.getByRole('table', { name: /^Reserve village cadres, by region under 吉林省$/ }).waitFor();
  });

  await step('drill-down-to-a-village', async () => {
    // Province → city → county → township → village, each through the
    // breakdown's table (lowest share first: a region with units to count).
    for (const level of ['City', 'County', 'Township', 'Village']) {
      const link = main.getByRole('table', { name: /by region under/ }).getByRole('rowheader').getByRole('link').first();
      const name = await link.innerText();
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((u) => u.pathname + u.search === href);
      await main.getByRole('navigation', { name: 'Region path' }).locator('[aria-current="page"]', { hasText: name }).waitFor();
      await main.getByText(new RegExp(`^${level} · as of Dec 31, 2025$`)).waitFor();
      if (level === 'County') indicatorURL = page.url();
    }
    await main.getByText(/^No regions lie under .+: its units are listed under “Falling short” below\.$/).waitFor();
    // The breadcrumbs climb back up.
    const crumbs = main.getByRole('navigation', { name: 'Region path' });
    assert.equal(await crumbs.getByRole('link').count(), 5, 'the dashboard and four regions above the village');
  });

  await step('indicator-csv', async () => {
    const shortfalls = main.getByRole('region', { name: /^Falling short/ });
    for (const [section, what] of [
      [main.getByRole('region', { name: /^By region/ }), 'breakdown'],
      [shortfalls, 'shortfalls'],
    ]) {
      const link = section.getByRole('link', { name: 'Download CSV' });
      assert.notEqual(await link.getAttribute('download'), null, `the ${what} link downloads`);
      const href = await link.getAttribute('href');
      assert.match(href, new RegExp(`^/export/indicators/RESERVE_CADRES/${what}\\.csv\\?region=\\d+&year=2025&lang=en$`));
      const r = await page.evaluate(async (u) => {
        const res = await fetch(u);
        return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
      }, href);
      assert.equal(r.status, 200, `${href} answered ${r.status}: ${r.body.slice(0, 200)}`);
      assert.match(r.type ?? '', /^text\/csv/);
      assert.ok(r.body.split('\n').length >= 2, `${href} has a header line: ${r.body.slice(0, 200)}`);
    }
  });

  await step('open-a-shortfall-unit', async () => {
    const shortfalls = main.getByRole('region', { name: /^Falling short/ });
    const unit = shortfalls.getByRole('table').getByRole('rowheader').getByRole('link').first();
    const name = await unit.innerText();
    await shortfalls.getByRole('table').getByText(/reserve cadres?, needs 2$/).first().waitFor();
    await unit.click();
    await page.waitForURL(/\/regions\/\d+$/);
    await main.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    // The region page shows its indicators, each opening the indicator for it.
    const section = main.getByRole('region', { name: /^Indicators in \d{4}$/ });
    const link = section.getByRole('link', { name: 'Reserve village cadres' });
    assert.match(await link.getAttribute('href'), /^\/indicators\/RESERVE_CADRES\?region=\d+$/);
  });

  await step('home', async () => {
    await page.goto(server.base + '/explore');
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

  await step('network-fluid-on-slow-graphics', async () => {
    // The county's committees with a hierarchy and 6,000 links: too much for
    // this browser's software WebGL to redraw every frame. The explorer finds
    // that out and, while the camera moves, lets the last picture of the
    // links follow it instead of redrawing them.
    // A small view draws fast: its links stay live through quick drags and
    // slow ones (a careful hand moving 1 px at a time).
    const small = await page.locator('.network-canvas').boundingBox();
    for (const [moves, pause] of [[8, 0], [12, 120]]) {
      await page.mouse.move(small.x + 30, small.y + 60);
      await page.mouse.down();
      for (let i = 1; i <= moves; i++) {
        await page.mouse.move(small.x + 30 + i, small.y + 60 + i);
        if (pause) await page.waitForTimeout(pause);
      }
      await page.mouse.up();
    }
    assert.equal(await page.locator('.network-canvas').getAttribute('data-links-on-move'), 'live', 'a small view was found slow');

    const p = await context.newPage();
    try {
      await denseNetworks(p, 6000);
      const r = await fetch(server.base + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organizations(first: 12, where: {kind: PARTY_COMMITTEE}) { edges { node { id } } } }' }),
      });
      const seeds = (await r.json()).data.organizations.edges.map((e) => e.node.id).join(',');
      await p.goto(`${server.base}/network?seeds=${seeds}&depth=3&h=1&max=5000`);
      await p.getByText(/ organizations · 6,000 links/).waitFor({ timeout: 30_000 });
      await p.getByRole('button', { name: 'Rearrange' }).waitFor({ timeout: 30_000 });
      const canvas = p.locator('.network-canvas');
      // Wait for the page to stop moving (the chips fill in their names).
      let box = null;
      for (let i = 0; i < 50; i++) {
        const now = await canvas.boundingBox();
        if (box && JSON.stringify(now) === JSON.stringify(box)) break;
        box = now;
        await p.waitForTimeout(200);
      }
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // Frames are timed while the layout runs; gestures are timed too.
      for (let i = 0; i < 10 && (await canvas.getAttribute('data-links-on-move')) !== 'picture'; i++) {
        await p.mouse.move(cx, cy);
        await p.mouse.down();
        await p.mouse.move(cx + 40, cy + 20, { steps: 6 });
        await p.mouse.up();
        await p.waitForTimeout(300);
      }
      assert.equal(await canvas.getAttribute('data-links-on-move'), 'picture', 'slow frames were noticed');

      const links = p.locator('.network-canvas .sigma-edges');
      const matrix = async () => {
        const t = await links.evaluate((el) => el.style.transform);
        return t ? t.slice(7, -1).split(',').map(Number) : null;
      };
      // Panning: the picture of the links follows the camera. Held still
      // mid-drag, the screen must show what it shows once the links are
      // redrawn at rest: compared pixel by pixel (outside the strip the pan
      // uncovered), they must match far better than the same picture moved
      // by 2 px does. The drag starts and ends off the graph (its top left
      // corner), so that no hovered node changes the highlight.
      const sx = box.x + 40;
      const sy = box.y + 80;
      await p.mouse.move(sx, sy);
      await p.waitForTimeout(500);
      await p.mouse.down();
      await p.mouse.move(sx + 100, sy + 50, { steps: 10 });
      await p.waitForTimeout(300);
      const [a, b, c, d, e, f] = (await matrix()) ?? assert.fail('no picture while panning');
      assert.deepEqual([a, b, c, d], [1, 0, 0, 1]);
      assert.ok(Math.abs(e - 100) < 5 && Math.abs(f - 50) < 5, `picture moved by (${e}, ${f}), mouse by (100, 50)`);
      const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
      const moving = await p.screenshot({ clip });
      await p.screenshot({ path: join(shots, 'network-panning-picture.png') });
      await p.mouse.up();
      await p.waitForFunction(() => !document.querySelector('.network-canvas .sigma-edges').style.transform);
      await p.waitForTimeout(300);
      const still = await p.screenshot({ clip });
      const from = { x: Math.ceil(e) + 4, y: Math.ceil(f) + 4 };
      const aligned = await differing(p, moving, still, from, [0, 0]);
      const shifted = await differing(p, moving, still, from, [2, 1]);
      assert.ok(shifted > 2000, `too little on screen to compare (${shifted} pixels change with a 2 px shift)`);
      assert.ok(aligned * 10 < shifted, `the moving picture differs from the still one in ${aligned} pixels (a 2 px shift: ${shifted})`);

      // Zooming in at the mouse: the picture grows about the mouse point.
      await links.evaluate((el) => {
        window.__maps = [];
        new MutationObserver(() => el.style.transform && window.__maps.push(el.style.transform)).observe(el, { attributes: true });
      });
      const mx = box.width * 0.3;
      const my = box.height * 0.6;
      await p.mouse.move(box.x + mx, box.y + my);
      await p.mouse.wheel(0, -240);
      await p.waitForTimeout(600);
      const maps = (await p.evaluate(() => window.__maps)).map((t) => t.slice(7, -1).split(',').map(Number));
      assert.ok(maps.length > 0, 'no picture while zooming');
      assert.ok(maps.at(-1)[0] > 1.2, `picture scaled by ${maps.at(-1)[0]} when zooming in`);
      for (const [a, b, c, d, e, f] of maps) {
        assert.ok(Math.abs(a * mx + c * my + e - mx) < 1 && Math.abs(b * mx + d * my + f - my) < 1, `the mouse point moved: ${[a, b, c, d, e, f]}`);
      }
      await p.waitForFunction(() => !document.querySelector('.network-canvas .sigma-edges').style.transform);
      await drawnAtRest(p, clip, 'after a wheel zoom');

      // A drag during which the highlight changes (a row of the list is
      // chosen, and the camera heads for it), released at once.
      await p.mouse.move(sx, sy);
      await p.mouse.down();
      await p.mouse.move(sx + 60, sy + 30, { steps: 6 });
      await p.evaluate(() => document.querySelector('.network-list .network-row-name').click());
      await p.waitForTimeout(30);
      await p.mouse.up();
      await p.waitForTimeout(800);
      await drawnAtRest(p, clip, 'after a drag that changed the highlight');
    } finally {
      await p.close();
    }
  });

  await step('switch-to-chinese', async () => {
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: '关系网络' }).waitFor();
    await main.getByText('寻找路径').or(main.getByText(/路径/)).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  await step('switch-back-to-english', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click();
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

  await step('graphiql-runs-a-query', async () => {
    await page.goto(server.base + '/graphiql?example=search');
    const run = page.getByRole('button', { name: /Execute query/ });
    await run.waitFor({ timeout: 30_000 });
    // The button shows before the editor has loaded its modes: a click that
    // early does nothing, so it is clicked again until a result comes.
    const result = page.locator('.graphiql-container .result-window').getByText('"data"').first();
    for (let i = 0; ; i++) {
      await run.click();
      try {
        await result.waitFor({ timeout: 3_000 });
        break;
      } catch (e) {
        if (i === 9) throw e;
      }
    }
  });

  // Accounts (the demo's, made by `grassroots demo`): the coordinator writes
  // only inside their scope, a township of the county.
  const header = page.getByRole('banner');
  const gql = (query, variables) =>
    page.evaluate(
      async ({ query, variables }) => {
        const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return { status: r.status, body: await r.json() };
      },
      { query, variables },
    );
  let editURL = '';
  const newName = '桃文街道党工委（已更名）';

  await step('sign-in-as-coordinator', async () => {
    await page.goto(branchURL);
    await main.getByRole('heading', { name: /振凤村党支部/ }).first().waitFor();
    assert.equal(await main.getByRole('button', { name: 'Edit', exact: true }).count(), 0, 'an Edit button for an anonymous visitor');
    await header.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/login\?next=/);
    await main.getByLabel('Username').fill('coordinator');
    await main.getByLabel('Password').fill('wrong-password');
    await main.getByRole('button', { name: 'Sign in' }).click();
    await main.getByRole('alert').getByText(/username or the password is wrong/i).first().waitFor();
    await main.getByLabel('Password').fill('grassroots-coordinator');
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(branchURL);
    await header.getByText('Coordinator', { exact: true }).waitFor();
    await header.getByRole('button', { name: 'Sign out' }).waitFor();
    await main.getByRole('heading', { name: /振凤村党支部/ }).first().waitFor();
  });

  await step('outside-the-scope-is-refused', async () => {
    // 振凤村 lies outside the coordinator's township: no Edit button, and the API refuses.
    await main.getByText('Details').first().waitFor();
    assert.equal(await main.getByRole('button', { name: 'Edit', exact: true }).count(), 0, 'an Edit button outside the scope');
    const id = new URL(branchURL).pathname.split('/').pop();
    const read = await gql('query($id: ID!) { node(id: $id) { ... on Organization { version viewerCanEdit } } }', { id });
    assert.equal(read.body.data.node.viewerCanEdit, false);
    const r = await gql('mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: { name: "x" }) { id } }', { id, v: read.body.data.node.version });
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(r.body));
  });

  await step('edit-organization-name', async () => {
    const r = await gql('{ viewer { scope { name } } search(query: "桃文街道党工委", types: [ORGANIZATION]) { title node { id ... on Organization { viewerCanEdit } } } }');
    const hit = r.body.data.search.find((h) => h.title === '桃文街道党工委');
    assert.ok(hit?.node.viewerCanEdit, `no organization the coordinator may edit: ${JSON.stringify(r.body)}`);
    editURL = `${server.base}/organizations/${hit.node.id}`;
    await page.goto(editURL);
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
    await main.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = main.getByRole('region', { name: 'Edit organization' });
    const name = form.getByLabel('Name', { exact: true });
    await name.waitFor();
    assert.equal(await name.evaluate((el) => el === document.activeElement), true, 'the name field has focus');
    // A refused value is shown on its field.
    await form.getByLabel('Unified social credit code').fill('123');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText(/18 characters/).waitFor();
    await form.getByLabel('Unified social credit code').fill('');
    await name.fill(newName);
    await form.getByRole('button', { name: 'Save' }).click();
    await main.getByRole('status').getByText('Changes saved.').waitFor();
    await main.getByRole('heading', { level: 1, name: new RegExp(newName.replace(/[（）]/g, '.')) }).waitFor();
    await page.reload();
    await main.getByRole('heading', { level: 1, name: new RegExp(newName.replace(/[（）]/g, '.')) }).waitFor();
  });

  await step('history-shows-the-change', async () => {
    const section = main.getByRole('region', { name: 'History' });
    await section.getByRole('button', { name: 'Show history' }).click();
    const list = section.getByRole('list', { name: 'Changes, newest first' });
    const first = list.getByRole('listitem').first();
    await first.getByText('by coordinator').waitFor();
    await first.getByText('Changed', { exact: true }).waitFor();
    const text = await first.innerText();
    assert.match(text, /Name\s+桃文街道党工委\s+→\s+桃文街道党工委（已更名）/);
  });

  // Writing inside the scope, as the coordinator: a post added for a person
  // found by search and then ended, a person's phone changed (and shown in
  // full), an activity recorded on a link.
  const orgInScope = async (name) => {
    const r = await gql('query($q: String!) { search(query: $q, types: [ORGANIZATION]) { title node { id ... on Organization { viewerCanEdit } } } }', { q: name });
    const hit = r.body.data.search.find((h) => h.title === name);
    assert.ok(hit?.node.viewerCanEdit, `${name} is not editable by the coordinator: ${JSON.stringify(r.body)}`);
    return `${server.base}/organizations/${hit.node.id}`;
  };
  const postHolder = '孙琳';
  let personURL = '';

  await step('add-and-end-a-post', async () => {
    await page.goto(await orgInScope('平华社区居民委员会'));
    await main.getByRole('heading', { level: 1, name: /平华社区居民委员会/ }).waitFor();
    const posts = main.getByRole('region', { name: /^Posts/ });
    await posts.getByRole('button', { name: 'Add post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a post' });
    const who = dialog.getByRole('combobox', { name: /Person/ });
    assert.equal(await who.evaluate((el) => el === document.activeElement), true, 'the person field has focus');
    // Saving without a person is refused on the field, before anything is sent.
    await dialog.getByRole('button', { name: 'Add post' }).click();
    await dialog.getByText(/Find the person by name/).waitFor();
    await who.fill(postHolder);
    const option = dialog.getByRole('option', { name: new RegExp(`^${postHolder}.*桃文街道`) }).first();
    await option.waitFor();
    const found = await audit(page);
    assert.deepEqual(found, [], 'accessibility violations in the open dialog');
    await option.click();
    await dialog.getByLabel('Post', { exact: true }).selectOption('DEPUTY_DIRECTOR');
    await dialog.getByRole('button', { name: 'Add post' }).click();
    await posts.getByRole('status').getByText(`Post of ${postHolder} added.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = posts.getByRole('row').filter({ has: page.getByRole('link', { name: postHolder, exact: true }) });
    await row.getByText('Deputy director').waitFor();
    personURL = server.base + (await row.getByRole('link', { name: postHolder, exact: true }).getAttribute('href'));

    // Ended today, the post leaves the current posts for the past ones.
    await row.getByRole('button', { name: `End the post of ${postHolder}` }).click();
    const end = page.getByRole('dialog', { name: new RegExp(`End the post of Deputy director held by ${postHolder}`) });
    await end.getByRole('button', { name: 'End', exact: true }).click();
    await posts.getByRole('status').getByText(`Post of ${postHolder} ended.`).waitFor();
    await row.waitFor({ state: 'detached' });
    await posts.getByLabel('Show').selectOption('past');
    await posts.getByRole('row').filter({ has: page.getByRole('link', { name: postHolder, exact: true }) }).getByText('Deputy director').waitFor();
  });

  await step('edit-a-person-phone', async () => {
    await page.goto(personURL);
    await main.getByRole('heading', { level: 1, name: new RegExp(postHolder) }).waitFor();
    await main.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = main.getByRole('region', { name: 'Edit person' });
    const phone = form.getByRole('group', { name: 'Personal data' }).getByLabel('Phone');
    // Personal data is in the form in full.
    assert.match(await phone.inputValue(), /^\d{11}$/);
    assert.deepEqual(await audit(page), [], 'accessibility violations in the person form');
    await phone.fill('13912345678');
    await form.getByRole('button', { name: 'Save' }).click();
    await main.getByRole('status').getByText('Changes saved.').waitFor();
    const details = main.getByRole('region', { name: 'Personal details' });
    await details.getByText('13912345678', { exact: true }).waitFor();
    assert.equal(await details.getByText('masked', { exact: true }).count(), 0, 'personal data masked for whoever may edit');
    await page.reload();
    await details.getByText('13912345678', { exact: true }).waitFor();
  });

  await step('record-a-link-activity', async () => {
    await page.goto(await orgInScope('平华社区党委'));
    const links = main.getByRole('region', { name: /^Links/ });
    const toggle = links.getByRole('button', { name: /^Activities of the link with / }).first();
    await toggle.click();
    const list = links.locator('.edit-sublist').first();
    await list.getByRole('heading', { name: /^Activities with / }).waitFor();
    await list.getByRole('table').or(list.getByText('No activities recorded')).waitFor();
    await list.getByRole('button', { name: 'Record activity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an activity' });
    await dialog.getByLabel('Kind').selectOption('TRAINING');
    await dialog.getByLabel('Participants').fill('-3');
    await dialog.getByRole('button', { name: 'Record activity' }).click();
    // The server refuses a negative count on its field.
    await dialog.getByLabel('Participants').and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByLabel('Participants').fill('24');
    await dialog.getByLabel('What was done').fill('电商直播培训（e2e）');
    await dialog.getByRole('button', { name: 'Record activity' }).click();
    await list.getByRole('status').getByText('Activity recorded.').waitFor();
    await list.getByRole('cell', { name: '电商直播培训（e2e）' }).waitFor();
    assert.deepEqual(await audit(page), [], 'accessibility violations with activities shown');
    // Back where the steps after these expect the coordinator to be.
    await page.goto(editURL);
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
  });

  // Records of the scope, as the coordinator: a venue of a community, a
  // course of the township with its attendance, an appraisal of an
  // organization. Each refused value is shown on its field.
  let scope = null;

  await step('record-a-venue', async () => {
    scope = (await gql('{ viewer { scope { id name } } }')).body.data?.viewer?.scope;
    assert.ok(scope, 'the coordinator has a scope');
    const r = await gql('query($in: ID!) { regions(first: 1, where: { inRegion: $in, levelIn: [VILLAGE, COMMUNITY] }) { edges { node { id name } } } }', { in: scope.id });
    const village = r.body.data?.regions.edges[0]?.node;
    assert.ok(village, `no village or community in ${scope.name}: ${JSON.stringify(r.body)}`);
    await page.goto(`${server.base}/regions/${village.id}`);
    await main.getByRole('heading', { level: 1, name: new RegExp(village.name) }).waitFor();
    const venues = main.getByRole('region', { name: /^Activity venues/ });
    await venues.getByRole('table').or(venues.getByText('No venues recorded')).waitFor();
    const venueName = '党群服务中心活动室（e2e）';
    await venues.getByRole('button', { name: 'Add venue' }).click();
    const add = page.getByRole('dialog', { name: 'Add a venue' });
    await add.getByLabel('Name', { exact: true }).fill(venueName);
    await add.getByLabel('Floor area (m²)').fill('120');
    await add.getByLabel('Used for').fill('党员活动\n技能培训');
    await add.getByRole('button', { name: 'Add venue' }).click();
    await venues.getByRole('status').getByText(`Venue ${venueName} added.`).waitFor();
    await add.waitFor({ state: 'detached' });
    const row = venues.getByRole('row').filter({ has: page.getByRole('rowheader', { name: venueName, exact: true }) });
    await row.getByText('技能培训', { exact: true }).waitFor();
    await row.getByText('Good', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Edit ${venueName}`, exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${venueName}` });
    await edit.getByLabel('Condition').selectOption('FAIR');
    await edit.getByRole('button', { name: 'Save' }).click();
    await venues.getByRole('status').getByText(`${venueName} saved.`).waitFor();
    await edit.waitFor({ state: 'detached' });
    await row.getByText('Needs minor repair', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Delete ${venueName}`, exact: true }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${venueName}?` });
    await remove.getByRole('button', { name: 'Delete', exact: true }).click();
    await venues.getByRole('status').getByText(`${venueName} deleted.`).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  await step('record-training-attendance', async () => {
    await page.goto(`${server.base}/regions/${scope.id}/training`);
    await main.getByRole('heading', { level: 1, name: `Training courses of ${scope.name}` }).waitFor();
    const courseTitle = '村干部电商技能培训班（e2e）';
    await main.getByRole('button', { name: 'Add course' }).click();
    const add = page.getByRole('dialog', { name: `Add a course run by ${scope.name}` });
    await add.getByLabel('Course').fill(courseTitle);
    await add.getByLabel('Kind').selectOption('PRACTICAL_TECHNICAL');
    await add.getByLabel('First day').fill('2025-04-07');
    await add.getByLabel('Last day').fill('2025-04-11');
    await add.getByLabel('Training days').fill('5');
    await add.getByRole('button', { name: 'Add course' }).click();
    await page.waitForURL(/\/training\/\d+$/);
    await main.getByRole('heading', { level: 1, name: courseTitle }).waitFor();
    await main.getByText('5 days', { exact: true }).waitFor();

    const attendance = main.getByRole('region', { name: /^Attendance/ });
    await attendance.getByText('No attendance recorded').waitFor();
    await attendance.getByRole('button', { name: 'Record attendance' }).click();
    const dialog = page.getByRole('dialog', { name: `Record attendance of ${courseTitle}` });
    await dialog.getByRole('combobox', { name: /Person/ }).fill(postHolder);
    await dialog.getByRole('option', { name: new RegExp(`^${postHolder}.*${scope.name}`) }).first().click();
    const days = dialog.getByLabel('Days attended');
    // More days than the course lasts: refused by the server, on the field.
    await days.fill('9');
    await dialog.getByRole('button', { name: 'Record attendance' }).click();
    await days.and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByText(/the course lasts 5 days; nobody attends 9/).waitFor();
    assert.deepEqual(await audit(page), [], 'accessibility violations in the attendance dialog');
    await days.fill('4');
    await dialog.getByRole('button', { name: 'Record attendance' }).click();
    await attendance.getByRole('status').getByText(`Attendance of ${postHolder} recorded.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = attendance.getByRole('row').filter({ has: page.getByRole('link', { name: postHolder, exact: true }) });
    await row.getByText('4 of 5', { exact: true }).waitFor();
  });

  await step('record-an-appraisal', async () => {
    // An organization of the scope founded on a known date, still in being
    // (the township's committee, renamed above, is left to the audit trail).
    const r = await gql(
      'query($in: ID!) { organizations(first: 100, where: { inRegion: $in, foundedOnNotNil: true, dissolvedOnIsNil: true }) { edges { node { id name foundedOn viewerCanEdit } } } }',
      { in: scope.id },
    );
    const org = r.body.data?.organizations.edges.map((e) => e.node).find((o) => o.viewerCanEdit && o.name !== newName && Number(o.foundedOn.slice(0, 4)) > 1949);
    assert.ok(org, `no organization of ${scope.name} with a founding date: ${JSON.stringify(r.body).slice(0, 500)}`);
    const founded = Number(org.foundedOn.slice(0, 4));
    await page.goto(`${server.base}/organizations/${org.id}`);
    await main.getByRole('heading', { level: 1, name: new RegExp(org.name.replace(/[（）()]/g, '.')) }).waitFor();
    const appraisals = main.getByRole('region', { name: /^Appraisals/ });
    await appraisals.getByRole('table').or(appraisals.getByText('No appraisals recorded')).waitFor();
    const before = await appraisals.getByRole('row').count();
    await appraisals.getByRole('button', { name: 'Add appraisal' }).click();
    const dialog = page.getByRole('dialog', { name: `Add an appraisal of ${org.name}` });
    const year = dialog.getByLabel('Year');
    // A year before it was founded: refused on the year.
    await year.fill(String(founded - 1));
    await dialog.getByLabel('Rating').selectOption('EXCELLENT');
    await dialog.getByRole('button', { name: 'Add appraisal' }).click();
    await year.and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByText(new RegExp(`founded in ${founded}; it did not exist in ${founded - 1}`)).waitFor();
    await year.fill(String(founded));
    await dialog.getByLabel('Remarks').fill('民主评议（e2e）');
    await dialog.getByRole('button', { name: 'Add appraisal' }).click();
    await appraisals.getByRole('status').getByText(`Appraisal of ${founded} added.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = appraisals.getByRole('row').filter({ hasText: '民主评议（e2e）' });
    await row.getByRole('rowheader', { name: String(founded), exact: true }).waitFor();
    await row.getByText('Excellent', { exact: true }).waitFor();
    assert.equal(await appraisals.getByRole('row').count(), before === 0 ? 2 : before + 1, 'one appraisal more');
    // Back where the steps after these expect the coordinator to be.
    await page.goto(editURL);
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
  });

  // Twinning, as the coordinator: a partner of the township is accepted for
  // an uncovered backward village of the county with one click on the
  // county's board; on the pair's page the pair is activated and a visit
  // recorded. The county's covered villages and the province's
  // BACKWARD_VILLAGE_TWINNED numerator each go up by one.
  const partnerName = '平华社区居民委员会';
  const thisYear = new Date().getUTCFullYear();
  const twinningFigures = async (region) => {
    const r = await gql(
      'query($r: ID!, $y: Int!) { twinningOverview(region: $r) { covered uncovered backwardVillages } county: indicator(code: BACKWARD_VILLAGE_TWINNED, region: $r, year: $y) { numerator } province: indicator(code: BACKWARD_VILLAGE_TWINNED, year: $y) { numerator denominator } }',
      { r: region, y: thisYear },
    );
    assert.ok(r.body.data, JSON.stringify(r.body));
    const { twinningOverview: o, county, province } = r.body.data;
    // The board counts covered villages as the indicator does.
    assert.equal(o.covered, county.numerator, `covered ${o.covered}, indicator ${county.numerator}`);
    return { covered: o.covered, backward: o.backwardVillages, numerator: province.numerator, denominator: province.denominator };
  };
  let county = null;
  let before = null;
  let pairURL = '';
  const visit = '走访慰问结对村（e2e）';

  await step('twinning-partner-load', async () => {
    // The partner's page shows the places its pairs hold. Where the demo has
    // already filled them, the coordinator makes room for one village more,
    // as for a unit taking on another village.
    const orgURL = await orgInScope(partnerName);
    const id = new URL(orgURL).pathname.split('/').pop();
    const r = await gql('query($id: ID!) { node(id: $id) { ... on Organization { twinningCapacity twinningLoad twinningRemaining } } }', { id });
    const { twinningCapacity: capacity, twinningLoad: load, twinningRemaining: left } = r.body.data.node;
    assert.ok(capacity != null, `${partnerName} takes no part in twinning: ${JSON.stringify(r.body)}`);
    await page.goto(orgURL);
    await main.getByRole('heading', { level: 1, name: new RegExp(partnerName) }).waitFor();
    const section = main.getByRole('region', { name: /^Urban–rural twinning/ });
    await section.getByText(`Twinning load: ${load} of ${capacity} places (${left} left)`, { exact: true }).waitFor();
    assert.equal(await section.getByRole('meter').getAttribute('value'), String(Math.min(load, Math.max(capacity, 1))));
    if (left === 0) {
      await main.getByRole('button', { name: 'Edit', exact: true }).click();
      const form = main.getByRole('region', { name: 'Edit organization' });
      await form.getByLabel('Villages it can twin with').fill(String(load + 1));
      await form.getByRole('button', { name: 'Save' }).click();
      await main.getByRole('status').getByText('Changes saved.').waitFor();
      await section.getByText(`Twinning load: ${load} of ${load + 1} places (1 left)`, { exact: true }).waitFor();
    }
  });

  await step('twinning-accept-a-suggestion', async () => {
    const r = await gql('query($id: ID!) { node(id: $id) { ... on Region { parent { id name } } } }', { id: scope.id });
    county = r.body.data?.node?.parent;
    assert.ok(county, `${scope.name} has no parent region: ${JSON.stringify(r.body)}`);
    before = await twinningFigures(county.id);
    assert.ok(before.covered < before.backward, `every backward village of ${county.name} is covered already`);
    await page.goto(`${server.base}/regions/${county.id}/twinning`);
    await main.getByRole('heading', { level: 1, name: `Urban–rural twinning in ${county.name}` }).waitFor();
    // The board's covered count is the API's.
    const bar = main.getByRole('region', { name: 'Coverage' }).getByRole('progressbar', { name: `Backward villages twinned in ${county.name}` });
    assert.match(await bar.getAttribute('aria-valuetext'), new RegExp(`: ${before.covered} of ${before.backward}, target 100%$`));

    await main.getByRole('group', { name: 'Partners only from' }).getByRole('radio', { name: `My scope: ${scope.name}` }).click();
    await page.waitForURL(/[?&]partners=scope/);
    // Every suggestion now comes from the scope, where the partner is the one with a place left.
    await page.waitForFunction((p) => {
      const buttons = [...document.querySelectorAll('main button[aria-label^="Accept "]')];
      return buttons.length > 0 && buttons.every((b) => b.getAttribute('aria-label').startsWith(`Accept ${p} for `));
    }, partnerName);
    const accept = main.getByRole('button', { name: new RegExp(`^Accept ${partnerName} for `) }).first();
    const village = (await accept.getAttribute('aria-label')).slice(`Accept ${partnerName} for `.length);
    const card = main.getByRole('region', { name: new RegExp(`^${village}`) });
    const row = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${partnerName}`) }) });
    // Why: the factors of its score.
    await row.getByText(/^\d+ places? ?adds/).waitFor();
    await row.getByText(/ km|Unknown/).first().waitFor();
    await accept.click();
    const uncovered = main.getByRole('region', { name: /^Uncovered backward villages/ });
    await uncovered.getByRole('status').getByText(`Proposed: ${partnerName} with ${village}.`).waitFor();
    // The village shows its pair under way; the partner, whose place it holds, is no longer suggested.
    await card.getByText(`A pair with ${partnerName} is under way.`).waitFor();
    await main.getByRole('button', { name: new RegExp(`^Accept ${partnerName} for `) }).first().waitFor({ state: 'detached' });
    assert.deepEqual(await audit(page), [], 'accessibility violations on the twinning board');
    await uncovered.getByRole('status').getByRole('link', { name: 'Open the pair' }).click();
    await page.waitForURL(/\/twinnings\/\d+$/);
    pairURL = page.url();
    await main.getByRole('heading', { level: 1, name: new RegExp(`^${partnerName} – ${village}`) }).waitFor();
  });

  await step('twinning-activate-and-record', async () => {
    await main.locator('.ent-badges').getByText('Proposed', { exact: true }).waitFor();
    // A proposed pair records no activities yet.
    await main.getByRole('region', { name: 'Record an activity' }).getByText('Activities are recorded once the pair is active.').waitFor();
    await main.getByRole('button', { name: 'Activate' }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^Activate the pair of ${partnerName} and `) });
    await dialog.getByLabel('Reason (optional)').fill('双方签订结对帮扶协议（e2e）');
    assert.deepEqual(await audit(page), [], 'accessibility violations in the activation dialog');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await main.getByRole('status').getByText('The pair is active.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const history = main.getByRole('table', { name: 'Changes of state, the oldest first' });
    await history.getByRole('row').filter({ hasText: 'Proposed → Active' }).filter({ hasText: '双方签订结对帮扶协议（e2e）' }).filter({ hasText: 'coordinator' }).waitFor();
    assert.equal(await history.getByRole('row').count(), 3, 'the header, proposed, activated');

    const form = main.getByRole('region', { name: 'Record an activity' });
    assert.equal(await form.getByLabel(/^Day/).inputValue(), new Date().toISOString().slice(0, 10), 'the day is today');
    await form.getByLabel('Kind').selectOption('VISIT');
    await form.getByLabel('Participants').fill('6');
    await form.getByLabel('What was done').fill(visit);
    await form.getByRole('button', { name: 'Record activity' }).click();
    await form.getByRole('status').getByText('Activity recorded.').waitFor();
    const log = main.getByRole('table', { name: 'Activities of the pair, the newest first' });
    await log.getByRole('row').filter({ hasText: visit }).getByText('Visit', { exact: true }).waitFor();
    assert.deepEqual(await audit(page), [], 'accessibility violations on the pair page');
  });

  await step('twinning-counts-go-up', async () => {
    const after = await twinningFigures(county.id);
    assert.equal(after.covered, before.covered + 1, `covered villages of ${county.name}: ${before.covered} before, ${after.covered} after`);
    assert.equal(after.numerator, before.numerator + 1, `BACKWARD_VILLAGE_TWINNED: ${before.numerator}/${before.denominator} before, ${after.numerator}/${after.denominator} after`);
    assert.equal(after.denominator, before.denominator, 'the backward villages are the same');
    await page.goto(`${server.base}/regions/${county.id}/twinning`);
    const bar = main.getByRole('region', { name: 'Coverage' }).getByRole('progressbar', { name: `Backward villages twinned in ${county.name}` });
    await page.waitForFunction(
      ([name, text]) => document.querySelector(`main [role="progressbar"][aria-label="${name}"]`)?.getAttribute('aria-valuetext')?.includes(text),
      [`Backward villages twinned in ${county.name}`, `: ${after.covered} of ${after.backward},`],
    );
    assert.equal(await bar.getAttribute('aria-valuenow'), String(Math.round((after.covered / after.backward) * 1000) / 10));
    // The pair leads the county's pairs, active, with today's visit as its last activity.
    const pairs = main.getByRole('table', { name: `Twinnings in ${county.name}, the newest first` });
    const first = pairs.getByRole('row').nth(1);
    await first.getByRole('rowheader', { name: new RegExp(`^${partnerName}`) }).waitFor();
    await first.getByText('Active', { exact: true }).waitFor();
    assert.equal(await first.getByRole('link', { name: /^Open the pair of / }).getAttribute('href'), new URL(pairURL).pathname);
    // The visit is in the pair's log, read afresh.
    await page.goto(pairURL);
    await main.getByRole('table', { name: 'Activities of the pair, the newest first' }).getByRole('row').filter({ hasText: visit }).waitFor();
    // Back where the steps after these expect the coordinator to be.
    await page.goto(editURL);
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
  });

  await step('sign-out', async () => {
    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
    await main.getByText('Details').first().waitFor();
    assert.equal(await main.getByRole('button', { name: 'Edit', exact: true }).count(), 0, 'an Edit button after signing out');
    const r = await gql('{ viewer { role } }');
    assert.equal(r.body.data.viewer, null);
  });

  await step('viewer-may-not-edit', async () => {
    await header.getByRole('link', { name: 'Sign in' }).click();
    await main.getByLabel('Username').fill('viewer');
    await main.getByLabel('Password').fill('grassroots-viewer');
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(editURL);
    await header.getByText('Viewer', { exact: true }).waitFor();
    await main.getByText('Details').first().waitFor();
    assert.equal(await main.getByRole('button', { name: 'Edit', exact: true }).count(), 0, 'an Edit button for the viewer');
    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  await step('admin-users-audit-tokens', async () => {
    // The admin's pages: the demo's four accounts, the audit trail (holding
    // the coordinator's edit above), and an API token made, its secret shown
    // once and working, then revoked. Each page is also checked with axe.
    const found = [];
    await page.goto(server.base + '/login?next=%2Fadmin%2Fusers');
    await main.getByLabel('Username').fill('admin');
    await main.getByLabel('Password').fill('grassroots-admin');
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await header.getByText('Administrator', { exact: true }).waitFor();
    const accountPages = header.getByRole('navigation', { name: 'Account pages' });
    await accountPages.getByRole('link', { name: 'Users', exact: true }).waitFor();

    const users = main.getByRole('table', { name: 'User accounts by username' });
    await users.getByRole('rowheader', { name: 'viewer', exact: true }).waitFor();
    const usernames = await users.getByRole('rowheader').allInnerTexts();
    for (const u of ['admin', 'analyst', 'coordinator', 'viewer']) assert.ok(usernames.includes(u), `user ${u} listed: ${usernames}`);
    const coordinatorRow = users.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'coordinator', exact: true }) });
    assert.equal(await coordinatorRow.getByText('Whole province').count(), 0, 'the coordinator has a scope');
    for (const v of await audit(page)) found.push(`/admin/users: ${v}`);

    await accountPages.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await main.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const events = main.getByRole('list', { name: 'Changes, newest first' });
    const rename = events.getByRole('listitem').filter({ hasText: 'by coordinator' }).filter({ has: page.getByRole('link', { name: newName, exact: true }) }).first();
    await rename.waitFor();
    assert.equal(await rename.getByRole('link', { name: newName, exact: true }).getAttribute('href'), new URL(editURL).pathname);
    // Filtered to the coordinator's changes, the rename is still there.
    const actor = main.getByLabel('Made by');
    const coordinatorID = await actor.locator('option', { hasText: /^coordinator\b/ }).getAttribute('value');
    await actor.selectOption(coordinatorID);
    await page.waitForURL(/[?&]actor=/);
    await rename.waitFor();
    for (const v of await audit(page)) found.push(`/admin/audit: ${v}`);
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/admin\/audit$/);

    await accountPages.getByRole('link', { name: 'API tokens', exact: true }).click();
    await page.waitForURL(/\/account\/tokens$/);
    await main.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await main.getByRole('table', { name: 'Your API tokens, newest first' }).or(main.getByText('You have no API tokens')).waitFor();
    const tokenName = `e2e ${Date.now()}`;
    await main.getByLabel('Name', { exact: true }).fill(tokenName);
    await main.getByRole('button', { name: 'Create token' }).click();
    const panel = main.getByRole('region', { name: `The secret of “${tokenName}”` });
    await panel.getByText(/shown only this once/).waitFor();
    const secret = await panel.getByLabel('Secret').inputValue();
    assert.match(secret, /^grt_/);
    const asToken = () =>
      fetch(server.base + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ viewer { user { username } token { name } } }' }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const ok = await asToken();
    assert.equal(ok.body.data?.viewer?.user.username, 'admin', JSON.stringify(ok.body));
    assert.equal(ok.body.data.viewer.token.name, tokenName);
    // The clipboard, or (where the browser refuses it) the secret selected for copying by hand.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await panel.getByText(/Copied to the clipboard|The secret is selected/).waitFor();
    await context.clearPermissions();
    for (const v of await audit(page)) found.push(`/account/tokens (secret shown): ${v}`);
    await panel.getByRole('button', { name: 'I have copied it' }).click();
    await panel.waitFor({ state: 'detached' });
    const stillShown = await page.evaluate((s) => document.body.innerHTML.includes(s) || [...document.querySelectorAll('input')].some((i) => i.value.includes(s)), secret);
    assert.equal(stillShown, false, 'the secret is shown after Done');

    const row = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tokenName, exact: true }) });
    await row.getByText('Working', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
    await row.getByRole('button', { name: 'Yes, revoke it' }).click();
    await main.getByText(`The token “${tokenName}” was revoked.`).waitFor();
    await row.getByText(/^Revoked /).waitFor();
    const refused = await asToken();
    assert.equal(refused.status, 401, JSON.stringify(refused.body));
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    for (const v of await audit(page)) found.push(`/account/tokens: ${v}`);

    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    await main.getByText('Sign in to see this page').waitFor();
    assert.deepEqual(found, [], 'accessibility violations');
  });

  await step('rural-income', async () => {
    // The province's rural income by year, reached through the admin's
    // navigation: a year that has its figure already is refused on the year.
    await page.goto(server.base + '/login?next=%2Fadmin%2Fusers');
    await main.getByLabel('Username').fill('admin');
    await main.getByLabel('Password').fill('grassroots-admin');
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await header.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Rural income', exact: true }).click();
    await page.waitForURL(/\/admin\/rural-income$/);
    await main.getByRole('heading', { level: 1, name: 'Average rural income' }).waitFor();
    const table = main.getByRole('table', { name: 'Average rural income per head, the newest year first' });
    const newest = (await table.getByRole('rowheader').first().innerText()).trim();
    assert.match(newest, /^\d{4}$/);
    const rows = await table.getByRole('row').count();
    await main.getByRole('button', { name: 'Add year' }).click();
    const dialog = page.getByRole('dialog', { name: "Add a year's figure" });
    const year = dialog.getByLabel('Year');
    await year.fill(newest);
    await dialog.getByLabel('Income per head (yuan)').fill('20000');
    await dialog.getByRole('button', { name: 'Add year' }).click();
    await year.and(page.locator('[aria-invalid="true"]')).waitFor();
    const why = await dialog.locator(`[id="${await year.getAttribute('id')}-error"]`).innerText();
    assert.ok(why.trim(), 'the refusal is shown under the year');
    // The API says why: the year is taken.
    const r = await gql('mutation($y: Int!) { createRuralIncome(input: { year: $y, incomePerHead: 20000 }) { id } }', { y: Number(newest) });
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(r.body));
    assert.equal(r.body.errors[0].extensions.field, 'year', JSON.stringify(r.body));
    assert.deepEqual(await audit(page), [], 'accessibility violations with the refused year shown');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await table.getByRole('row').count(), rows, 'no year added');
    assert.deepEqual(await audit(page), [], 'accessibility violations on /admin/rural-income');
    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  await step('dead-session-goes-on-signed-out', async () => {
    // A forged (or ended) session cookie: the server answers 401 and clears
    // it; the app says so and reads on as an anonymous visitor.
    const logged = consoleErrors.length;
    await context.addCookies([{ name: 'grassroots_session', value: 'forged-session-token', url: server.base, httpOnly: true, sameSite: 'Lax' }]);
    await page.goto(editURL);
    await page.getByRole('status').getByText(/session has ended/).waitFor();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    await main.getByRole('heading', { level: 1, name: /桃文街道党工委/ }).waitFor();
    const cookies = await context.cookies(server.base);
    assert.equal(cookies.find((c) => c.name === 'grassroots_session')?.value ?? '', '', 'the dead cookie was cleared');
    // The browser logs the 401 it was meant to get.
    const expected = consoleErrors.splice(logged).filter((e) => !/status of 401/.test(e));
    consoleErrors.push(...expected);
  });

  await step('accessibility', async () => {
    // Every page visited above, in both languages, on a laptop and on a
    // phone: no WCAG 2.1 A/AA violation that axe can detect.
    const pages = ['/', new URL(indicatorURL).pathname + new URL(indicatorURL).search, '/explore', '/search?q=zhenfeng', '/regions', new URL(branchURL).pathname, '/network?seeds=' + new URL(branchURL).pathname.split('/').pop(), '/graphiql', '/login', '/twinning', new URL(pairURL).pathname];
    const found = [];
    for (const [lang, width] of [['English', 1280], ['中文', 1280], ['English', 390]]) {
      await page.setViewportSize({ width, height: 800 });
      for (const p of pages) {
        await page.goto(server.base + p);
        await page.getByRole('button', { name: lang, exact: true }).click();
        await page.waitForLoadState('networkidle');
        for (const v of await audit(page)) found.push(`${p} (${lang}, ${width} px): ${v}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(found, [], 'accessibility violations');
  });

  const csp = consoleErrors.filter((e) => /Content Security Policy/i.test(e));
  if (csp.length) console.log(`CSP violations:\n  ${csp.join('\n  ')}`);
  const unexpected = consoleErrors.filter((e) => !/WebGL|GPU|swiftshader|Automatic fallback/i.test(e));
  assert.deepEqual(unexpected, [], 'no errors in the browser console');
  console.log(`e2e: ${n} steps passed; screenshots in ${shots}`);
} catch (e) {
  console.error(e.message);
  if (consoleErrors.length) console.error(`--- browser console errors ---\n${consoleErrors.join('\n')}`);
  console.error('--- server log (tail) ---\n' + server.log().slice(-3000));
  process.exitCode = 1;
} finally {
  await stopAll();
}
