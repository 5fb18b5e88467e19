/**
 * Build step: every indicator's picture in every language, as the app's own "Download" buttons make
 * it (the same chartSvg), with Noto Sans embedded in the SVG, and rasterised to PNG at 2× by resvg
 * (@resvg/resvg-js: Rust, its Linux binary inside the npm package; no browser, no download).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { chartSvg } from '../../src/components/share/chart-picture';
import { chartAlt } from '../../src/components/chart-alt';
import type { Dataset } from '../../src/domain/dataset-schema';
import { indicatorView } from '../../src/domain/indicator-view';
import { EXPORT_SIZES, snapshotPath, type ExportSize } from '../../src/lib/embed-snippet';
import { fontFaceCss } from '../../src/lib/export/font-faces';
import { translator } from '../../src/lib/i18n/i18n';
import { DICTS, LANGS } from './langs';

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

export function renderPictures(dist: string, dataset: Dataset, publicBase: URL | null): ManifestEntry[] {
  const fontCss = fontFaceCss((f) => `data:font/woff2;base64,${readFileSync(fontsource(f.file)).toString('base64')}`);
  mkdirSync(join(dist, 'snapshots'), { recursive: true });
  const manifest: ManifestEntry[] = [];
  for (const lang of LANGS) {
    const t = translator(DICTS[lang], lang);
    for (const { id } of dataset.indicators) {
      const view = indicatorView(dataset, id)!;
      const alt = chartAlt(view, lang, t);
      const permalink = publicBase
        ? new URL(`view/${id}.${lang}.html?view=indicator&indicator=${id}&lang=${lang}`, publicBase).href
        : '';
      for (const size of PICTURE_SIZES) {
        const { width, height } = EXPORT_SIZES[size];
        const svg = chartSvg(
          {
            dataset,
            indicator: view.figs.indicator,
            model: view.model,
            figures: view.shown,
            sources: view.sources,
            locale: lang,
            t,
            permalink,
            theme: 'light',
            alt,
          },
          size,
          fontCss,
        );
        const files = { svg: Buffer.from(svg, 'utf8'), png: rasterise(svg, width) };
        for (const format of ['png', 'svg'] as const) {
          const file = snapshotPath(id, lang, size, format);
          writeFileSync(join(dist, file), files[format]);
          manifest.push({
            file,
            indicator: id,
            language: lang,
            size,
            width,
            height,
            scale: format === 'png' ? PNG_SCALE : 1,
            format,
            datasetDate: dataset.updated,
            bytes: files[format].length,
            alt,
          });
        }
      }
    }
  }
  writeFileSync(
    join(dist, 'snapshots/manifest.json'),
    `${JSON.stringify({ datasetDate: dataset.updated, files: manifest }, null, 2)}\n`,
  );
  return manifest;
}
