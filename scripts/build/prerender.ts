/**
 * Build step: writes the first view into the built HTML so its chart paints before any JavaScript
 * runs, with each page's own head (description, canonical, Open Graph and Twitter cards with the
 * chart's picture, language alternates, oEmbed, JSON-LD). dist/index.html gets the English overview;
 * view/<indicator>.<lang>.html is the app with that indicator's page (what permalinks open);
 * view/sources.<lang>.html the sources page (with the Dataset markup); embed/<indicator>.<lang>.html
 * the embed entry with that indicator's chart. Each page names what it shows in
 * <meta name="goalpost:prerender">, and public/boot.js shows it only when the URL asks for that view.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type * as Entry from '../../src/app/prerender-entry';
import type { Dataset } from '../../src/domain/dataset-schema';
import { claimReviews } from '../../src/features/indicator/claim-review';
import { datasetLd } from '../../src/features/sources/dataset-ld';
import { figuresFor } from '../../src/domain/series';
import { EXPORT_SIZES, snapshotPath } from '../../src/lib/embed-snippet';
import { translator } from '../../src/lib/i18n/i18n';
import { headTags } from '../../src/lib/publish/head-tags';
import { addresses, oembedPath, permalinkPath, sourcesPath } from './addresses';
import { DICTS, LANGS } from './langs';
import type { PageFacts } from './publish-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_DESCRIPTION = /\s*<meta\s+name="description"\s+content="[^"]*"\s*\/>/;

export async function prerender(
  out: string,
  dataset: Dataset,
  base: URL | null,
  facts: (id: string, lang: (typeof LANGS)[number]) => PageFacts,
): Promise<string> {
  if (dataset.indicators.some((i) => i.id === 'sources'))
    throw new Error('an indicator may not be called "sources": view/sources.<lang>.html is the sources page');
  const at = addresses(base);
  const vite = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const entry = (await vite.ssrLoadModule('/src/app/prerender-entry.tsx')) as typeof Entry;
    // <base> comes first in <head>, before any element with an address
    const inject = (html: string, meta: string, body: string, base = '') =>
      html
        .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />${base}`)
        .replace(
          '<meta name="viewport"',
          `<meta name="goalpost:prerender" content="${meta}" />\n    <meta name="viewport"`,
        )
        .replace('<!--prerender-->', `<div id="prerender">${body}</div>`);
    const localized = (html: string, lang: string, title: string, head: string) =>
      html
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
        .replace(DEFAULT_DESCRIPTION, '')
        .replace('<meta name="viewport"', `${head.trimStart()}    <meta name="viewport"`);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

    const index = readFileSync(join(out, 'index.html'), 'utf8');
    writeFileSync(
      join(out, 'index.html'),
      inject(index, 'view=overview;indicator=;lang=en', entry.renderOverview(dataset, 'en', DICTS.en)),
    );

    // one folder down: every relative address (assets, boot.js, the dataset, links) resolves from the app's folder
    const baseTag = '\n    <base href="../" />';
    mkdirSync(join(out, 'view'), { recursive: true });
    let pages = 0;
    for (const lang of LANGS) {
      const t = translator(DICTS[lang], lang);
      for (const ind of dataset.indicators) {
        const f = facts(ind.id, lang);
        const page = at.app(permalinkPath(ind.id, lang));
        const head = headTags({
          lang,
          title: `${f.title} — Goalpost`,
          description: f.description,
          url: at.meta(permalinkPath(ind.id, lang), 1),
          canonical: page,
          image: {
            url: at.meta(snapshotPath(ind.id, lang, 'social', 'png'), 1),
            alt: f.alt,
            ...EXPORT_SIZES.social,
          },
          alternates: LANGS.map((l) => ({ lang: l, url: at.app(permalinkPath(ind.id, l)) })),
          oembed: { url: at.app(oembedPath(ind.id, lang)), title: `${f.title} — Goalpost` },
          jsonLd: claimReviews(dataset, figuresFor(dataset, ind.id)?.changes ?? [], lang, t, {
            page,
            site: at.app(''),
          }),
        });
        const html = inject(
          localized(index, lang, `${esc(f.title)} — Goalpost`, head),
          `view=indicator;indicator=${ind.id};lang=${lang}`,
          entry.renderIndicator(dataset, ind.id, lang, DICTS[lang], permalinkPath(ind.id, lang)),
          baseTag,
        );
        writeFileSync(join(out, 'view', `${ind.id}.${lang}.html`), html);
        pages++;
      }
      const sourcesTitle = `${DICTS[lang]['sources.title']} — Goalpost`;
      const sourcesHead = headTags({
        lang,
        title: sourcesTitle,
        description: DICTS[lang]['sources.intro'],
        url: at.meta(sourcesPath(lang), 1),
        canonical: at.app(sourcesPath(lang)),
        alternates: LANGS.map((l) => ({ lang: l, url: at.app(sourcesPath(l)) })),
        jsonLd: [datasetLd(dataset, lang, DICTS[lang]['sources.intro'], at.app, at.app(sourcesPath(lang)))],
      });
      writeFileSync(
        join(out, 'view', `sources.${lang}.html`),
        inject(
          localized(index, lang, esc(sourcesTitle), sourcesHead),
          `view=sources;indicator=;lang=${lang}`,
          entry.renderSources(dataset, lang, DICTS[lang], sourcesPath(lang)),
          baseTag,
        ),
      );
    }

    // embeds are the same app (embed=1) on pages of their own, prerendered with the embed's view
    mkdirSync(join(out, 'embed'), { recursive: true });
    for (const lang of LANGS) {
      for (const ind of dataset.indicators) {
        const html = inject(
          index
            .replace('<html lang="en">', `<html lang="${lang}">`)
            .replace(/<title>[^<]*<\/title>/, `<title>${esc(ind.name[lang])} — Goalpost</title>`)
            .replace('<body>', '<body class="embed-body">'),
          `view=indicator;indicator=${ind.id};lang=${lang};embed=1`,
          entry.renderEmbed(dataset, ind.id, lang, DICTS[lang]),
          baseTag,
        );
        writeFileSync(join(out, 'embed', `${ind.id}.${lang}.html`), html);
      }
    }
    return `overview, ${pages} indicator pages and ${LANGS.length} sources pages in view/, ${pages} embed pages in embed/`;
  } finally {
    await vite.close();
  }
}
