// Everything an end-to-end run starts (server processes, browsers, temporary
// directories) is owned here, and stopped however the run ends: stopAll() at
// its close, or on its own when the run throws, leaves a promise rejected, is
// interrupted (SIGINT, SIGTERM, SIGHUP) or calls process.exit(). Only SIGKILL
// gets past it: nothing in the process runs then.
import { rmSync } from 'node:fs';
import { constants } from 'node:os';

// Each entry: stop() (asynchronous, graceful) and kill() (synchronous: all
// that can run once the process is exiting).
const owned = [];
let ending = false;

/** Keeps `thing` until stopAll(), which stops the last owned first. */
export function own(thing) {
  watch();
  owned.push(thing);
  return thing;
}

/** Drops `thing`, stopped by its owner already. */
export function disown(thing) {
  const i = owned.indexOf(thing);
  if (i >= 0) owned.splice(i, 1);
}

/** Stops everything owned, newest first; every stop is tried even when one fails. */
export async function stopAll() {
  const errors = [];
  for (let t = owned.pop(); t; t = owned.pop()) {
    try {
      await t.stop();
    } catch (e) {
      errors.push(e);
      t.kill();
    }
  }
  if (errors.length) throw new AggregateError(errors, `could not stop cleanly: ${errors.map((e) => e.message).join('; ')}`);
}

/** A temporary directory, removed with everything else. */
export function ownDir(dir) {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  own({ stop: async () => remove(), kill: remove });
  return dir;
}

/**
 * A spawned process (spawned `detached`, so that it leads its own process
 * group): stopping it sends the group SIGTERM, then SIGKILL when it is still
 * there after `graceMs`.
 */
export function ownProcess(proc, graceMs = 10_000) {
  const exited = new Promise((r) => (done(proc) ? r() : proc.once('exit', r)));
  const thing = own({
    async stop() {
      signalGroup(proc, 'SIGTERM');
      if (await within(exited, graceMs)) return;
      signalGroup(proc, 'SIGKILL');
      await exited;
    },
    kill: () => signalGroup(proc, 'SIGKILL'),
  });
  return {
    exited,
    stop: async () => {
      disown(thing);
      await thing.stop();
    },
  };
}

/** A playwright browser: closed, or killed when closing takes longer than `graceMs`. */
export function ownBrowser(browser, graceMs = 10_000) {
  // playwright-core kills the browsers it launched when the process exits,
  // so kill() has nothing of its own to do.
  own({
    async stop() {
      if (!(await within(browser.close(), graceMs))) throw new Error(`the browser did not close within ${graceMs} ms`);
    },
    kill() {},
  });
  return browser;
}

const done = (proc) => proc.exitCode !== null || proc.signalCode !== null;

function signalGroup(proc, signal) {
  if (done(proc)) return;
  try {
    process.kill(-proc.pid, signal);
  } catch (e) {
    if (e.code !== 'ESRCH') throw e;
  }
}

/** Whether `promise` settles within `ms` (it may reject: settled all the same). */
function within(promise, ms) {
  let timer;
  const late = new Promise((r) => (timer = setTimeout(() => r(false), ms)));
  const settled = promise.then(
    () => true,
    () => true,
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

let watching = false;
function watch() {
  if (watching) return;
  watching = true;
  process.on('exit', () => {
    for (const t of owned.splice(0).reverse()) t.kill();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => end(`stopped by ${signal}`, 128 + constants.signals[signal]));
  }
  // With these listeners Node reports nothing itself: end() prints the error.
  process.on('uncaughtException', (e) => end(e, 1));
  process.on('unhandledRejection', (e) => end(e, 1));
}

/** Reports why the run ends, stops what it owns, and exits with `code`. */
async function end(why, code) {
  console.error(why instanceof Error ? (why.stack ?? why.message) : why);
  if (ending) {
    // A second signal, or a failure while stopping: no more waiting.
    if (typeof why === 'string') process.exit(code);
    return;
  }
  ending = true;
  try {
    await stopAll();
  } catch (e) {
    console.error(e.message);
  }
  process.exit(code);
}
