/**
 * Build step: writes every page of the app as a file (scripts/build/pages.ts), with its first view
 * in the HTML so its chart paints before any JavaScript runs, and its own head: description,
 * canonical, Open Graph and Twitter cards with its picture, language alternates, oEmbed and JSON-LD.
 * Pages carry no <base>: the template's own addresses are rewritten for a page one folder down, and
 * every link is relative to the page's file. Each page names what it shows in
 * <meta name="goalpost:prerender">, and public/boot.js shows it only when the URL asks for that view.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type * as Entry from '../../src/app/prerender-entry';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { ReleaseLogEntry } from '../../src/domain/release-log';
import { figuresFor } from '../../src/domain/series';
import { EXPORT_SIZES } from '../../src/lib/embed-snippet';
import { translator } from '../../src/lib/i18n/i18n';
import { pageDepth } from '../../src/lib/page-address';
import { claimReviews } from '../../src/lib/publish/claim-review';
import { datasetLd } from '../../src/lib/publish/dataset-ld';
import { headTags } from '../../src/lib/publish/head-tags';
import { addresses, oembedPath } from './addresses';
import type { BuildCache } from './build-cache';
import { BUILD_WORDS } from './build-words';
import { DICTS, PAGE_DICTS } from './langs';
import type { BuiltPage } from './pages';
import type { PageFacts } from './publish-files';
import { feedPath } from './releases';
import { templateAt } from './template-at';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_DESCRIPTION = /\s*<meta\s+name="description"\s+content="[^"]*"\s*\/>/;
const NOSCRIPT = /<noscript\s+class="noscript"\s*>[\s\S]*?<\/noscript\s*>/;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function prerender(
  out: string,
  dataset: Dataset,
  base: URL | null,
  pages: BuiltPage[],
  facts: (page: BuiltPage) => PageFacts,
  log: ReleaseLogEntry[],
  /** the dataset an indicator's pages are drawn from: its part (parts.ts, partsOf) */
  partOf: (indicator: string | null | undefined) => Dataset = () => dataset,
  /** an indicator's pages are kept under its part, and taken from there while it is unchanged */
  cache: BuildCache | null = null,
  /** the app's built page, read before any page is written over it (the front door is index.html) */
  template: string = readFileSync(join(out, 'index.html'), 'utf8'),
): Promise<Map<string, number>> {
  const at = addresses(base);
  const vite = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    // no file watcher: the build reads each file once (a watcher per thread would exhaust the system's)
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const entry = (await vite.ssrLoadModule('/src/app/prerender-entry.tsx')) as typeof Entry;
    const latest = log[0] ? { id: log[0].id, date: log[0].date } : null;
    entry.setPublishedRelease(latest);
    // every page names the release it shows, so the live app knows it with no request
    const releaseMeta = latest ? `<meta name="goalpost:release" content="${latest.id} ${latest.date}" />\n    ` : '';
    const counts = new Map<string, number>();
    for (const page of pages) {
      const { lang, file, indicator } = page;
      const own = partOf(indicator);
      const key =
        cache && indicator ? cache.key('page', file, JSON.stringify(own), releaseMeta, base?.href ?? '') : null;
      if (key) mkdirSync(join(out, dirname(file)), { recursive: true });
      if (key && cache!.copyText('pages', key, join(out, file))) {
        counts.set(page.kind, (counts.get(page.kind) ?? 0) + 1);
        continue;
      }
      const dict = DICTS[lang];
      const t = translator(dict, lang);
      const f = facts(page);
      const on = at.on(file);
      const self = page.kind === 'embed' ? page.address.replace(/^embed\//, 'view/') : page.address;
      const head = headTags({
        lang,
        title: `${f.title} — Goalpost`,
        description: f.description,
        url: on(self),
        canonical: on(self),
        image: { url: on(page.picture), alt: f.alt, ...EXPORT_SIZES.social },
        alternates: page.kind === 'embed' ? [] : page.alternates.map((a) => ({ lang: a.hreflang, url: on(a.address) })),
        ...(page.kind === 'indicator'
          ? {
              oembed: { url: on(oembedPath(indicator!, lang)), title: `${f.title} — Goalpost` },
              jsonLd: claimReviews(own, figuresFor(own, indicator!)?.changes ?? [], lang, t, {
                page: on(self),
                site: on(''),
              }),
            }
          : {}),
        ...(page.kind === 'sources' ? { jsonLd: [datasetLd(dataset, lang, t('sources.intro'), on, on(self))] } : {}),
        feed: { url: on(feedPath(lang)), title: `${PAGE_DICTS[lang]['changes.title']} — Goalpost` },
      });
      const body =
        page.kind === 'front' || page.kind === 'overview'
          ? entry.renderOverview(dataset, page.state.lang, dict)
          : page.kind === 'indicator'
            ? entry.renderIndicator(own, indicator!, lang, dict)
            : page.kind === 'scenario'
              ? entry.renderScenario(own, indicator!, lang, dict)
              : page.kind === 'sources'
                ? entry.renderSources(dataset, lang, dict)
                : page.kind === 'changes'
                  ? entry.renderChanges(dataset, log, lang, dict)
                  : entry.renderEmbed(own, indicator!, lang, dict);
      const meta = `view=${page.state.view};indicator=${indicator ?? ''};lang=${lang}${page.kind === 'embed' ? ';embed=1' : ''}`;
      const html = templateAt(template, pageDepth(file))
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${esc(f.title)} — Goalpost</title>`)
        .replace(DEFAULT_DESCRIPTION, '')
        .replace('<meta name="viewport"', `${head.trimStart()}    <meta name="viewport"`)
        .replace(
          '<meta name="viewport"',
          `<meta name="goalpost:prerender" content="${meta}" />\n    ${releaseMeta}<meta name="viewport"`,
        )
        .replace(NOSCRIPT, `<noscript class="noscript"><p>${esc(BUILD_WORDS[lang].noscript)}</p></noscript>`)
        .replace('<body>', page.kind === 'embed' ? '<body class="embed-body">' : '<body>')
        .replace('<!--prerender-->', `<div id="prerender">${body}</div>`);
      mkdirSync(join(out, dirname(file)), { recursive: true });
      writeFileSync(join(out, file), html);
      if (key) cache!.keepText('pages', key, html);
      counts.set(page.kind, (counts.get(page.kind) ?? 0) + 1);
    }
    return counts;
  } finally {
    await vite.close();
  }
}
