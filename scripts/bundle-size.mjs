// JavaScript of each built entry page, from Vite's manifest, in bytes raw, gzip and brotli:
// - beforePaint: the entry module and its static imports (what runs before the first paint);
// - interactive: that plus the start module it loads right after the first paint and its static
//   imports (what the page needs before it responds). Budgets apply to `interactive`.
// Shared by the budget check and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

function closure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k].file);
}

export function sizes(dist, files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
    brotli += brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files, raw, gzip, brotli };
}

export function entrySizes(dist) {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('dist/.vite/manifest.json is missing: build with npm run build');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const out = {};
  for (const [name, html] of Object.entries({ app: 'index.html' })) {
    const entry = manifest[html];
    if (!entry) continue;
    const before = closure(manifest, [html]);
    const interactive = closure(manifest, [html, ...(entry.dynamicImports ?? [])]);
    out[name] = { beforePaint: sizes(dist, before), interactive: sizes(dist, interactive) };
  }
  return out;
}
