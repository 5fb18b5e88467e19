// Initial JavaScript of each built entry page: the module script in its HTML plus what it
// preloads, in bytes raw, gzip and brotli. Shared by the budget check and the benchmark.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export function initialScripts(dist, htmlFile) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const srcs = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) srcs.add(m[1]);
  return [...srcs].map((s) => s.replace(/^\.\//, ''));
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
  const entries = { app: 'index.html', embed: 'embed.html' };
  const out = {};
  for (const [name, html] of Object.entries(entries)) {
    if (existsSync(join(dist, html))) out[name] = sizes(dist, initialScripts(dist, html));
  }
  return out;
}
