/**
 * `npm run build`: everything a publisher uploads, from one command and no browser. Vite builds the
 * app into the output folder (dist/, or GOALPOST_OUT for test and bench builds); then the pages are
 * prerendered with their heads, every indicator's pictures are drawn (SVG and PNG, every language,
 * column and social sizes), and the share pages, oEmbed documents, CSV and data package are written.
 * A malformed setting stops the build with one line. Prints each step's time.
 */
import './build/production-env';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadEnv } from 'vite';
import { withoutRetracted } from '../src/domain/as-of';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { parseOriginList } from '../src/lib/dataset-address';
import { parsePublicUrl } from '../src/lib/public-url';
import { addresses } from './build/addresses';
import { BuildCache, buildCacheDir, buildFingerprint } from './build/build-cache';
import type { LANGS } from './build/langs';
import { pageFacts } from './build/page-facts';
import { sitePages } from './build/pages';
import { partsOf, writeParts } from './build/parts';
import { PicturePool } from './build/picture-pool';
import { renderPictures, TTF_FILES } from './build/pictures';
import { prerenderOnCores } from './build/prerender-pool';
import { writeDataFiles, writeShareAndOembed } from './build/publish-files';
import { writeReleases } from './build/releases';
import { writeSitemap } from './build/sitemap';
import { RELEASES_DIR } from './data/releases';

const root = fileURLToPath(new URL('..', import.meta.url));
const setting = process.env.GOALPOST_OUT?.trim() || 'dist';
const out = isAbsolute(setting) ? setting : join(root, setting);
const started = Date.now();
let last = started;
const step = (what: string) => {
  const now = Date.now();
  console.log(`build: ${what} (${((now - last) / 1000).toFixed(1)} s)`);
  last = now;
};

function settings(): URL | null {
  const env = { ...loadEnv('production', root, 'VITE_'), ...process.env };
  try {
    const { invalid } = parseOriginList(env.VITE_DATASET_ORIGINS);
    if (invalid.length)
      throw new Error(
        `VITE_DATASET_ORIGINS: ${invalid.map((v) => `"${v}"`).join(', ')} is not an origin such as https://data.example.org`,
      );
    const email = env.VITE_CORRECTIONS_EMAIL?.trim();
    if (email && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email))
      throw new Error(`VITE_CORRECTIONS_EMAIL: "${email}" is not an address such as corrections@news.example`);
    return parsePublicUrl(env.VITE_PUBLIC_URL);
  } catch (e) {
    console.error(`build stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

const base = settings();
// data/ of the repository, or of GOALPOST_DATA_ROOT (a test builds a copy it released into)
const dataRoot = process.env.GOALPOST_DATA_ROOT?.trim() ? resolve(process.env.GOALPOST_DATA_ROOT.trim()) : root;
const parsed = parseDatasetText(readFileSync(join(dataRoot, 'data/dataset.json'), 'utf8'));
if (!parsed.ok) {
  console.error('build stopped: data/dataset.json fails its checks (run npm run data:check)');
  process.exit(1);
}
// the record as published: retracted figures stay in the file and the releases, drawn nowhere
const dataset = withoutRetracted(parsed.dataset);
let pages: ReturnType<typeof sitePages>;
try {
  pages = sitePages(dataset);
} catch (e) {
  console.error(`build stopped: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
step(`vite build → ${relative(root, out) || '.'}/`);
const { log, files } = writeReleases(dataRoot, out, dataset, addresses(base));
step(`${files} releases in ${RELEASES_DIR}/, data/changes.json and feed.<lang>.xml`);
// an indicator's pages, facts and pictures are drawn from its part: their cost does not grow with the dataset
const partOf = partsOf(dataset);
const facts = (p: (typeof pages)[number]) => pageFacts(partOf(p.indicator), p, log);
const indicatorFacts = (id: string, lang: (typeof LANGS)[number]) =>
  facts(pages.find((p) => p.kind === 'indicator' && p.indicator === id && p.lang === lang)!);
// what a rebuild may take from the last one: keyed by the code that draws and the part of the data drawn
const cacheDir = buildCacheDir(root);
const fingerprint = buildFingerprint(root, readFileSync(join(out, 'index.html'), 'utf8'));
const cache = new BuildCache(cacheDir, fingerprint);
const drawn = await prerenderOnCores(out, dataset, base, pages, facts, log, partOf, cache, fingerprint);
step(
  `prerender: ${[...drawn.counts].map(([kind, n]) => `${n} ${kind}`).join(', ')} pages on ${drawn.threads} thread${drawn.threads > 1 ? 's' : ''} (indicators' pages: ${cache.summary('pages')})`,
);
const pool = new PicturePool(TTF_FILES, cacheDir && join(cacheDir, 'png'));
const pictures = await renderPictures(out, dataset, base, log, pool, partOf, cache).finally(() => pool.close());
const png = pool.counts;
step(
  `pictures: ${pictures.length} files in snapshots/ (resvg, no browser; indicators' pictures: ${cache.summary('pictures')} by indicator and language; ${png.drawn} PNG drawn on ${png.workers} threads, ${png.cached} from the cache)`,
);
const published = writeShareAndOembed(out, dataset, base, indicatorFacts);
writeDataFiles(out, dataset);
// the parts each page reads, cut from the file as published (retracted figures stay, drawn nowhere)
const parts = writeParts(out, parsed);
const listed = writeSitemap(out, pages, addresses(base), dataset.updated);
step(
  `${published} share pages and oEmbed documents; data/dataset.csv, data/datapackage.json and ${parts} parts; sitemap.xml (${listed} pages) and robots.txt`,
);
console.log(
  `build: done in ${((Date.now() - started) / 1000).toFixed(1)} s${base ? ` for ${base.href}` : ' (no VITE_PUBLIC_URL: relative addresses, none printed in pictures)'}`,
);
