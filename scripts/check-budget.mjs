// Fails when the initial JavaScript of a built entry exceeds its gzip budget (budgets.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entrySizes } from './bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgets = JSON.parse(readFileSync(`${root}budgets.json`, 'utf8'));
const measured = entrySizes(`${root}dist`);
let failed = false;
for (const [entry, budget] of Object.entries(budgets.initialJsGzipBytes)) {
  const m = measured[entry];
  if (!m) {
    console.log(`budget: ${entry}: no such entry in dist/ yet (budget ${budget} B gzip)`);
    continue;
  }
  const ok = m.gzip <= budget;
  failed ||= !ok;
  console.log(
    `budget: ${entry}: initial JS ${m.gzip} B gzip (${m.brotli} B brotli) of ${budget} B ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
}
process.exit(failed ? 1 : 0);
