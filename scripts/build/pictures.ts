/**
 * Build step: every indicator's picture in every language, as the app's own "Download" buttons make
 * it (the same chartSvg), each scenario explorer's social card (its chart as the page first shows
 * it), and the overview's and the sources page's social cards (the verdicts, the sources at a
 * glance), with Noto Sans embedded in the SVG, and rasterised to PNG at 2× by resvg
 * (@resvg/resvg-js: Rust, its Linux binary inside the npm package; no browser, no download).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Dataset } from '../../src/domain/dataset-schema';
import { indicatorView } from '../../src/domain/indicator-view';
import type { ReleaseLogEntry } from '../../src/domain/release-log';
import { renderSummaryCard } from '../../src/lib/chart-svg/summary-card';
import { EXPORT_SIZES, snapshotPath, type ExportSize } from '../../src/lib/embed-snippet';
import { chartSvg, type PictureInput } from '../../src/lib/export/chart-picture';
import { fontFaceCss } from '../../src/lib/export/font-faces';
import { translator } from '../../src/lib/i18n/i18n';
import { pagePath, type Page } from '../../src/lib/page-address';
import { viewWords, type ViewWords } from '../../src/lib/words/view-words';
import type { BuildCache } from './build-cache';
import { DICTS, LANGS } from './langs';
import { changesCard, overviewCard, scenarioChart, sourcesCard } from './page-facts';
import { scenarioIndicators } from './pages';
import type { PicturePool } from './picture-pool';

const require = createRequire(import.meta.url);
const fontsource = (file: string) => require.resolve(`@fontsource/noto-sans/files/${file}`);
/** resvg reads TrueType, not WOFF2: the same Noto Sans as full TTF files, regular and bold. */
export const TTF_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

export const PICTURE_SIZES: ExportSize[] = ['column', 'social'];
export const PNG_SCALE = 2;

export interface ManifestEntry {
  file: string;
  /** the page whose picture it is: an indicator's chart, its scenario explorer, the overview or the sources */
  page: 'indicator' | 'scenario' | 'overview' | 'sources' | 'changes';
  /** the indicator ('' for the overview and the sources) */
  indicator: string;
  language: string;
  size: ExportSize;
  width: number;
  height: number;
  scale: number;
  format: 'png' | 'svg';
  datasetDate: string;
  bytes: number;
  alt: string;
}

/** The SVG → PNG step on its own, for the bench and the tests. */
export function rasterise(svg: string, width: number, scale = PNG_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * scale },
    font: { fontFiles: TTF_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}

/**
 * Draws every picture: the SVGs here, the PNGs on `pool` (every core, and the cache); resolves when
 * all are written, with the manifest in a fixed order.
 */
export async function renderPictures(
  dist: string,
  dataset: Dataset,
  publicBase: URL | null,
  log: ReleaseLogEntry[],
  pool: PicturePool,
  partOf: (indicator: string) => Dataset = () => dataset,
  /** an indicator's pictures in a language are kept under its part, and taken from there while it is unchanged */
  cache: BuildCache | null = null,
): Promise<ManifestEntry[]> {
  const fontCss = fontFaceCss((f) => `data:font/woff2;base64,${readFileSync(fontsource(f.file)).toString('base64')}`);
  mkdirSync(join(dist, 'snapshots'), { recursive: true });
  const manifest: ManifestEntry[] = [];
  // a few pictures per worker in flight: enough to keep every core busy, few SVGs held in memory
  const inFlight = new Set<Promise<void>>();
  const write = async (
    entry: Pick<ManifestEntry, 'page' | 'indicator' | 'language' | 'size' | 'alt'>,
    name: string,
    svg: string,
  ) => {
    const { width, height } = EXPORT_SIZES[entry.size];
    const at = manifest.length;
    const line = (format: 'png' | 'svg', bytes: number): ManifestEntry => ({
      file: snapshotPath(name, entry.language, entry.size, format),
      ...entry,
      width,
      height,
      scale: format === 'png' ? PNG_SCALE : 1,
      format,
      datasetDate: dataset.updated,
      bytes,
    });
    const text = Buffer.from(svg, 'utf8');
    manifest.push(line('png', 0), line('svg', text.length));
    writeFileSync(join(dist, manifest[at + 1]!.file), text);
    const job = pool.rasterise(svg, width * PNG_SCALE).then((png) => {
      writeFileSync(join(dist, manifest[at]!.file), png);
      manifest[at]!.bytes = png.length;
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job)).catch(() => {});
    if (inFlight.size >= 4 * pool.counts.workers) await Promise.race(inFlight);
  };
  const scenarios = new Set(scenarioIndicators(dataset));
  const toKeep: { key: string; from: number; to: number }[] = [];
  for (const lang of LANGS) {
    const t = translator(DICTS[lang], lang);
    const picture = (page: Page, words: ViewWords): PictureInput => ({
      words,
      dataset,
      permalink: publicBase ? new URL(pagePath(page), publicBase).href : '',
      theme: 'light',
    });
    for (const { id } of dataset.indicators) {
      const own = partOf(id);
      const key = cache?.key(
        'pictures',
        id,
        lang,
        JSON.stringify(own),
        publicBase?.href ?? '',
        String(scenarios.has(id)),
      );
      const kept = key ? cache!.files<ManifestEntry[]>('pictures', key) : null;
      if (kept) {
        kept.note.forEach((entry, i) => {
          kept.copyTo(i, join(dist, entry.file));
          manifest.push(entry);
        });
        continue;
      }
      const unit = { key, from: manifest.length, to: manifest.length };
      const view = indicatorView(own, id)!;
      const words = viewWords({ view, locale: lang, t });
      const page: Page = { view: 'indicator', indicator: id, lang, embed: false };
      for (const size of PICTURE_SIZES) {
        const svg = chartSvg(picture(page, words), size, fontCss);
        await write({ page: 'indicator', indicator: id, language: lang, size, alt: words.alt }, id, svg);
      }
      const s = scenarios.has(id) ? scenarioChart(own, id, lang) : null;
      if (s) {
        const scenarioPage: Page = { ...page, view: 'scenario' };
        const svg = chartSvg(
          picture(scenarioPage, viewWords({ view: s.view, model: s.model, locale: lang, t, title: s.title })),
          'social',
          fontCss,
        );
        await write(
          { page: 'scenario', indicator: id, language: lang, size: 'social', alt: s.alt },
          `${id}.scenario`,
          svg,
        );
      }
      unit.to = manifest.length;
      if (key) toKeep.push({ ...unit, key });
    }
    for (const [page, card] of [
      ['overview', overviewCard(dataset, lang, publicBase)],
      ['sources', sourcesCard(dataset, lang, publicBase)],
      ['changes', changesCard(log, dataset, lang, publicBase)],
    ] as const) {
      const svg = renderSummaryCard(card, { ...EXPORT_SIZES.social, theme: 'light', fontCss });
      await write({ page, indicator: '', language: lang, size: 'social', alt: card.alt }, page, svg);
    }
  }
  await Promise.all(inFlight);
  // each indicator's pictures in a language, kept together with their manifest lines
  for (const { key, from, to } of toKeep) {
    const lines = manifest.slice(from, to);
    cache!.keepFiles(
      'pictures',
      key,
      lines,
      lines.map((m) => join(dist, m.file)),
    );
  }
  writeFileSync(
    join(dist, 'snapshots/manifest.json'),
    `${JSON.stringify({ datasetDate: dataset.updated, files: manifest }, null, 2)}\n`,
  );
  return manifest;
}
