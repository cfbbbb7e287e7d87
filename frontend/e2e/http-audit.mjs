// Audits the real server's GraphQL over HTTP with graphql-http's server audit
// (graphql.github.io/graphql-over-http): every audit must pass, warnings
// included. Run by `make test`, on a fresh county demo database.
import { auditServer } from 'graphql-http';
import { startServer, stopAll } from './harness.mjs';

let failed = 0;
try {
  const { base } = await startServer();
  const results = await auditServer({ url: `${base}/graphql` });
  const count = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const r of results) {
    count[r.status]++;
    if (r.status === 'ok') continue;
    if (r.status !== 'notice') failed++;
    const response = r.response ? ` (${r.response.status} ${await r.response.text().catch(() => '')})` : '';
    console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}${response}`);
  }
  console.log(`graphql-http audit: ${count.ok} ok, ${count.notice} notices, ${count.warn} warnings, ${count.error} errors`);
} catch (err) {
  console.error(err);
  failed++;
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
