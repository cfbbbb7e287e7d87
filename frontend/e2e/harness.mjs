// The end-to-end harness: a real server on a fresh demo database, driven by
// Debian's Chromium through playwright-core. What it starts is owned
// (./owned.mjs): a run ends with stopAll(), and whatever else ends it stops
// the same things.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ownBrowser, ownDir, ownProcess } from './owned.mjs';

export { stopAll } from './owned.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const shots = resolve(import.meta.dirname, '../test-results/e2e');
const bin = process.env.GRASSROOTS_BIN ?? join(root, 'bin/grassroots');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Runs the grassroots binary in a process group of its own, owned until it is stopped. */
async function grassroots(args, stdio) {
  const proc = spawn(bin, args, { detached: true, stdio });
  if (proc.pid === undefined) throw await new Promise((r) => proc.once('error', r));
  return { proc, ...ownProcess(proc) };
}

/**
 * Loads a demo (county scale unless told) into a fresh SQLite database in a
 * temporary directory and serves it.
 */
export async function startServer({ scale = 'county' } = {}) {
  const dir = ownDir(mkdtempSync(join(tmpdir(), 'grassroots-e2e-')));
  const db = `sqlite:${join(dir, 'e2e.db')}`;
  const demo = await grassroots(['demo', '--db', db, '--scale', scale, '--seed', '1'], ['ignore', 'ignore', 'inherit']);
  await demo.exited;
  await demo.stop();
  if (demo.proc.exitCode !== 0) throw new Error(`loading the ${scale} demo failed (${demo.proc.exitCode ?? demo.proc.signalCode})`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { proc } = await grassroots(['serve', '--db', db, '--addr', `127.0.0.1:${port}`], ['ignore', 'ignore', 'pipe']);
  let log = '';
  proc.stderr.on('data', (b) => (log += b));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`server exited (${proc.exitCode ?? proc.signalCode}):\n${log}`);
    try {
      const r = await fetch(`${base}/readyz`);
      // every view in, search included: the timings must not include its load
      if (r.ok && !(await r.text()).includes(': loading')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready within 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, dir, log: () => log };
}

export async function launch() {
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The harness stops the browser itself, in order with the rest.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
  return ownBrowser(browser);
}

/**
 * Makes every network answer the page receives denser: links are added
 * among its organizations until it has `total`. Each extra link closes a
 * triangle (joins two organizations with a partner in common), as real
 * twinning networks grow, or now and then joins two anywhere. The same
 * answer always gets the same links.
 */
export async function denseNetworks(page, total) {
  await page.route(/\/graphql(\?|$)/, async (route) => {
    const request = route.request();
    const name = new URL(request.url()).searchParams.get('operationName') ?? request.postDataJSON()?.operationName;
    if (name !== 'NetworkExplorerGraph') return route.fallback();
    const response = await route.fetch();
    const json = await response.json();
    densify(json.data.network, total);
    await route.fulfill({ response, json });
  });
}

function densify(network, total) {
  let seed = 42;
  const rnd = (n) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const ids = network.nodes.map((n) => n.organization.id);
  const adj = new Map(ids.map((id) => [id, new Set()]));
  for (const e of network.edges) {
    adj.get(e.source.id)?.add(e.target.id);
    adj.get(e.target.id)?.add(e.source.id);
  }
  const links = network.edges.filter((e) => e.link);
  const like = (i) => (links.length ? links[i % links.length] : { kind: 'VILLAGE_VILLAGE', link: { status: 'ACTIVE', startedOn: null, endedOn: null } });
  const degree = new Map();
  for (let i = 0; network.edges.length < total; i++) {
    if (i > 100 * total) throw new Error(`cannot fit ${total} links among ${ids.length} organizations`);
    const a = ids[rnd(ids.length)];
    const via = [...adj.get(a)];
    const mid = via.length ? via[rnd(via.length)] : null;
    const around = mid ? [...adj.get(mid)] : [];
    const b = i % 5 && around.length ? around[rnd(around.length)] : ids[rnd(ids.length)];
    if (a === b || adj.get(a).has(b)) continue;
    const { kind, link } = like(i);
    network.edges.push({ id: `extra-${i}`, source: { id: a }, target: { id: b }, kind, link });
    adj.get(a).add(b);
    adj.get(b).add(a);
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  for (const n of network.nodes) n.degree += degree.get(n.organization.id) ?? 0;
}

