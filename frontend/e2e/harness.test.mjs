// The harness stops what it started, however a run ends. Each case runs
// testdata/failing-run.mjs, notes every process it started once they are up
// (the server, Chromium and its helpers), ends it one way or another, and
// checks that none of them outlives it, nor its temporary directory.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { test } from 'node:test';

const fixture = new URL('./testdata/failing-run.mjs', import.meta.url).pathname;

const cases = [
  { name: 'a failed step, as run.mjs ends', how: 'finish', code: 1, says: /a step failed/ },
  { name: 'an uncaught exception', how: 'throw', code: 1, says: /a step failed/ },
  { name: 'an unhandled rejection', how: 'reject', code: 1, says: /a promise nobody awaited failed/ },
  { name: 'process.exit()', how: 'exit', page: true, code: 3 },
  { name: 'SIGTERM', how: 'wait', page: true, signal: 'SIGTERM', code: 143, says: /stopped by SIGTERM/ },
  { name: 'SIGINT', how: 'wait', signal: 'SIGINT', code: 130, says: /stopped by SIGINT/ },
];

for (const c of cases) {
  test(`the harness stops what it started on ${c.name}`, { timeout: 90_000 }, async (t) => {
    const run = start(t, c.how, c.page);
    const { dir } = await run.ready;
    const started = descendants(run.child.pid);
    assert.ok(started.some((p) => / serve /.test(p.cmd)), `no server among\n${list(started)}`);
    assert.ok(started.some((p) => /chromium/.test(p.cmd)), `no Chromium among\n${list(started)}`);
    if (c.page) assert.ok(started.some((p) => /--type=renderer/.test(p.cmd)), `no renderer among\n${list(started)}`);
    if (c.signal) run.child.kill(c.signal);
    else run.child.stdin.end('go\n');
    const code = await nothingLeft(run, started, dir);
    assert.equal(code, c.code, run.stderr());
    if (c.says) assert.match(run.stderr(), c.says);
  });
}

test('the harness stops the demo load it started on SIGTERM', { timeout: 90_000 }, async (t) => {
  const run = start(t, 'load');
  const started = await until(() => {
    const now = descendants(run.child.pid);
    return now.some((p) => / demo /.test(p.cmd)) && now;
  }, 'the demo load to start');
  const dir = /--db sqlite:(\S+)\/e2e\.db/.exec(started.find((p) => / demo /.test(p.cmd)).cmd)[1];
  run.child.kill('SIGTERM');
const code = await nothingLeft(run, started, dir);
  assert.equal(code, 143, run.stderr());
  assert.equal(run.stdout(), '', 'the run got past loading');
});

function start(t, how, page) {
  const child = spawn(process.execPath, [fixture, how, page ? 'page' : ''], { stdio: ['pipe', 'pipe', 'pipe'] });
  t.after(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  let out = '';
  let err = '';
  child.stderr.on('data', (b) => (err += b));
  const ready = new Promise((ok, fail) => {
    child.stdout.on('data', (b) => {
      out += b;
      if (out.includes('\n')) ok(JSON.parse(out.split('\n')[0]));
    });
    child.on('exit', (code) => fail(new Error(`the run ended (${code}) before it was up:\n${err}`)));
  });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  // Not every case waits for the run to be up.
  ready.catch(() => {});
  return { child, ready, exited, stdout: () => out, stderr: () => err };
}

/** The processes alive now, by pid: parent, start time (to tell a reused pid), state, command line. */
function processes() {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces and parentheses.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      all.set(Number(name), { pid: Number(name), state: f[0], ppid: Number(f[1]), start: f[19], cmd });
    } catch {
      // gone while listing
    }
  }
  return all;
}

function descendants(root) {
  const all = [...processes().values()];
  const found = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * Waits (30 s at most) for the run to end, then asserts that nothing it
 * started outlives it; returns its exit code.
 */
async function nothingLeft(run, started, dir) {
  let timer;
  const late = new Promise((r) => (timer = setTimeout(r, 30_000, null)));
  const ended = await Promise.race([run.exited, late]);
  clearTimeout(timer);
  if (!ended) run.child.kill('SIGKILL');
  const left = await outliving(started);
  const dirLeft = removed(dir);
  assert.ok(ended, `the run did not end within 30 s:\n${run.stderr()}`);
  assert.equal(left, '', 'processes the run started outlived it');
  assert.ok(!dirLeft, `${dir} is still there`);
  return ended.code;
}

/**
 * The processes of `started` still alive 5 s after the run ended (a zombie
 * has ended; one sent SIGKILL as the run exits needs a moment to go), killed
 * so that a failing harness leaves nothing behind here.
 */
async function outliving(started) {
  const alive = () => {
    const now = processes();
    return started.filter((p) => {
      const q = now.get(p.pid);
      return q && q.start === p.start && q.state !== 'Z' && q.state !== 'X';
    });
  };
  const deadline = Date.now() + 5_000;
  while (alive().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const left = alive();
  for (const p of left) process.kill(p.pid, 'SIGKILL');
  return list(left);
}

/** Whether `dir` was still there; it is not now. */
function removed(dir) {
  const there = existsSync(dir);
  rmSync(dir, { recursive: true, force: true });
  return there;
}

async function until(found, what) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const v = found();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`waited 30 s for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const list = (ps) => ps.map((p) => `${p.pid} ${p.cmd}`).join('\n');
