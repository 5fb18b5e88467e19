/**
 * `npm run snapshots`: renders every indicator chart in every language to PNG and SVG under
 * dist/snapshots/, through the built app's own "Download" buttons in headless Chromium, writes
 * dist/snapshots/manifest.json, and a share page per indicator and language under dist/share/.
 * Set VITE_PUBLIC_URL at build time so the links printed in the pictures are the published ones.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { EXPORT_SIZES, snapshotPath, type ExportSize } from '../src/lib/embed-snippet';
import { sharePageHtml } from '../src/lib/share-page';
import { launch } from '../tests/browser/chromium';
import { DIST, serveDist } from '../tests/browser/static-server';
import { en } from '../src/lib/i18n/en';
import { ru } from '../src/lib/i18n/ru';
import { kk } from '../src/lib/i18n/kk';

const LANGS = ['en', 'ru', 'kk'] as const;
const SIZES: ExportSize[] = ['column', 'social'];
/** The download buttons' names, from the dictionaries the app shows them with. */
const BUTTONS = {
  en: [en['share.png'], en['share.svg']],
  ru: [ru['share.png'], ru['share.svg']],
  kk: [kk['share.png'], kk['share.svg']],
} as const;

const parsed = parseDatasetText(readFileSync(join(DIST, 'data/dataset.json'), 'utf8'));
if (!parsed.ok) throw new Error('dist/data/dataset.json fails its checks: run npm run data:check');
const { dataset } = parsed;
const publicUrl = process.env.VITE_PUBLIC_URL;
if (!publicUrl)
  console.warn('snapshots: VITE_PUBLIC_URL is not set, so links in the pictures point to the local server.');

mkdirSync(join(DIST, 'snapshots'), { recursive: true });
mkdirSync(join(DIST, 'share'), { recursive: true });
const server = await serveDist();
const browser = await launch({ colorScheme: 'light' });
const manifest: Record<string, unknown>[] = [];
const started = Date.now();
try {
  const page = await browser.newPage();
  for (const lang of LANGS) {
    for (const ind of dataset.indicators) {
      await page.goto(`${server.base}?view=indicator&indicator=${ind.id}&lang=${lang}&theme=light`);
      await page.locator('.chart .recharts-surface').waitFor();
      for (const size of SIZES) {
        await page.locator('.picture-controls select').selectOption(size);
        for (const [i, ext] of (['png', 'svg'] as const).entries()) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: BUTTONS[lang][i] }).click(),
          ]);
          const file = snapshotPath(ind.id, lang, size, ext);
          copyFileSync(await download.path(), join(DIST, file));
          const { width, height } = EXPORT_SIZES[size];
          manifest.push({
            file,
            indicator: ind.id,
            language: lang,
            size,
            width,
            height,
            scale: ext === 'png' ? 2 : 1,
            format: ext,
            datasetDate: dataset.updated,
            bytes: statSync(join(DIST, file)).size,
          });
        }
      }
      const base = publicUrl ? new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`) : null;
      const rel = (p: string) => (base ? new URL(p, base).href : `../${p}`);
      const image = snapshotPath(ind.id, lang, 'social', 'png');
      writeFileSync(
        join(DIST, 'share', `${ind.id}.${lang}.html`),
        sharePageHtml({
          lang,
          title: ind.name[lang],
          description: ind.description[lang],
          appUrl: rel(`?view=indicator&indicator=${ind.id}&lang=${lang}`),
          imageUrl: rel(image),
          imageAlt: ind.name[lang],
          ...EXPORT_SIZES.social,
        }),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(
  join(DIST, 'snapshots', 'manifest.json'),
  JSON.stringify({ datasetDate: dataset.updated, generated: new Date().toISOString(), files: manifest }, null, 2),
);
console.log(
  `snapshots: ${manifest.length} files and ${LANGS.length * dataset.indicators.length} share pages in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
