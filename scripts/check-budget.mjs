// Fails when the JavaScript an entry needs before it is interactive exceeds its gzip budget
// (budgets.json). See bundle-size.mjs for what is counted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entrySizes } from './bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgets = JSON.parse(readFileSync(`${root}budgets.json`, 'utf8'));
// the build to measure: GOALPOST_OUT (CI measures the test build in .build/test), else dist/
const out = process.env.GOALPOST_OUT?.trim() || 'dist';
const measured = entrySizes(out.startsWith('/') ? out : `${root}${out}`);
let failed = false;
for (const [entry, budget] of Object.entries(budgets.initialJsGzipBytes)) {
  const m = measured[entry];
  if (!m) {
    console.log(`budget: ${entry}: no such entry in dist/ (budget ${budget} B gzip)`);
    failed = true;
    continue;
  }
  const ok = m.interactive.gzip <= budget;
  failed ||= !ok;
  console.log(
    `budget: ${entry}: ${m.interactive.gzip} B gzip (${m.interactive.brotli} B brotli) until interactive, of ${budget} B ${ok ? 'OK' : 'OVER BUDGET'}; ${m.beforePaint.gzip} B before the first paint`,
  );
}
process.exit(failed ? 1 : 0);
