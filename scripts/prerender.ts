/**
 * After `vite build`: writes the first view into the built HTML so its chart paints before any
 * JavaScript runs. dist/index.html gets the English overview; dist/view/<indicator>.<lang>.html is
 * the app with that indicator's page (what permalinks open); dist/embed/<indicator>.<lang>.html is
 * the embed entry with that indicator's chart. Each page names what it shows in
 * <meta name="goalpost:prerender">, and public/boot.js shows it only when the URL asks for that view.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type * as Entry from '../src/app/prerender-entry';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { en } from '../src/lib/i18n/en';
import { ru } from '../src/lib/i18n/ru';
import { kk } from '../src/lib/i18n/kk';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const parsed = parseDatasetText(readFileSync(join(root, 'data/dataset.json'), 'utf8'));
if (!parsed.ok) throw new Error('data/dataset.json fails its checks: run npm run data:check');
const { dataset } = parsed;
const dicts = { en, ru, kk } as const;

const vite = await createServer({
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false },
});
try {
  const entry = (await vite.ssrLoadModule('/src/app/prerender-entry.tsx')) as typeof Entry;
  const inject = (html: string, meta: string, body: string, head = '') =>
    html
      .replace(
        '<meta name="viewport"',
        `${head}<meta name="goalpost:prerender" content="${meta}" />\n    <meta name="viewport"`,
      )
      .replace('<!--prerender-->', `<div id="prerender">${body}</div>`);

  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(
    join(dist, 'index.html'),
    inject(index, 'view=overview;indicator=;lang=en', entry.renderOverview(dataset, 'en', en)),
  );

  // every indicator page in every language, for permalinks: dist/view/<indicator>.<lang>.html
  mkdirSync(join(dist, 'view'), { recursive: true });
  for (const lang of ['en', 'ru', 'kk'] as const) {
    for (const ind of dataset.indicators) {
      const html = inject(
        index
          .replace('<html lang="en">', `<html lang="${lang}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${ind.name[lang]} — Goalpost</title>`),
        `view=indicator;indicator=${ind.id};lang=${lang}`,
        entry.renderIndicator(dataset, ind.id, lang, dicts[lang]),
        '<base href="../" />\n    ',
      );
      writeFileSync(join(dist, 'view', `${ind.id}.${lang}.html`), html);
    }
  }

  const embed = readFileSync(join(dist, 'embed.html'), 'utf8');
  mkdirSync(join(dist, 'embed'), { recursive: true });
  let pages = 0;
  for (const lang of ['en', 'ru', 'kk'] as const) {
    for (const ind of dataset.indicators) {
      const html = inject(
        embed
          .replace('<html lang="en">', `<html lang="${lang}">`)
          .replace('<title>Goalpost chart</title>', `<title>${ind.name[lang]} — Goalpost</title>`),
        `view=indicator;indicator=${ind.id};lang=${lang};embed=1`,
        entry.renderEmbed(dataset, ind.id, lang, dicts[lang]),
        // one folder down: every relative address (assets, boot.js, the dataset, links) resolves from the app's folder
        '<base href="../" />\n    ',
      );
      writeFileSync(join(dist, 'embed', `${ind.id}.${lang}.html`), html);
      pages++;
    }
  }
  console.log(
    `prerender: overview in dist/index.html, ${pages} indicator pages in dist/view/ and ${pages} embed pages in dist/embed/`,
  );
} finally {
  await vite.close();
}
