// Fails when the JavaScript a first visit loads — the entry script and the
// chunks index.html preloads — is over budget, gzipped. Lazy pages (the
// network explorer, charts, GraphiQL) are not counted: they load when opened.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = 250 * 1024;
const dist = resolve(import.meta.dirname, '../../internal/webui/dist/app');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) throw new Error('no scripts found in index.html');
let total = 0;
for (const f of files) {
  const size = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${f}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${budget / 1024} KB)`);
if (total > budget) {
  console.error('over budget: move what the first page does not need behind a dynamic import');
  process.exit(1);
}
