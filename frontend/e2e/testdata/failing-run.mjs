// An end-to-end run that ends badly, the way its argument says, for
// harness.test.mjs. It starts a server and Chromium (with a second argument
// `page`, a page of the app too: a renderer), prints its temporary
// directory, waits for a line on stdin (the test has seen what runs), then:
// `finish` fails a step and stops everything as run.mjs does, `throw`
// throws, `reject` leaves a promise rejected, `exit` calls process.exit(3),
// and `wait` waits to be signalled. With `load` it loads the province demo,
// long enough to be signalled while loading.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { launch, startServer, stopAll } from '../harness.mjs';

const how = process.argv[2];
const server = await startServer({ scale: how === 'load' ? 'province' : 'county' });
const browser = await launch();
if (process.argv[3] === 'page') await (await browser.newPage()).goto(server.base + '/');
console.log(JSON.stringify({ dir: server.dir }));
await once(process.stdin, 'data');

switch (how) {
  case 'finish':
    try {
      assert.fail('a step failed');
    } catch (e) {
      console.error(e.message);
      process.exitCode = 1;
    } finally {
      await stopAll();
    }
    break;
  case 'throw':
    throw new Error('a step failed');
  case 'reject':
    Promise.reject(new Error('a promise nobody awaited failed'));
    break;
  case 'exit':
    process.exit(3);
    break;
  case 'wait':
    setInterval(() => {}, 1 << 30);
    break;
  default:
    throw new Error(`unknown way to fail: ${how}`);
}
