import type { ChartModel } from '../../domain/chart-model';
import { legendKeys, type LegendKey } from '../../domain/chart-model';
import type { Dataset, Figure, Indicator, Source } from '../../domain/dataset-schema';
import { renderExportSvg } from '../../lib/chart-svg/export-svg';
import { embeddedFontCss } from '../../lib/export/font-css';
import { svgToPng } from '../../lib/export/rasterize';
import { EXPORT_SIZES, type ExportSize } from '../../lib/embed-snippet';
import { formatDate, formatQuantity, unitName } from '../../lib/format';
import type { Translate } from '../../lib/i18n/i18n';
import type { Locale } from '../../lib/url-state';
import { chartLabels } from '../chart-labels';
import { sourceLine } from '../source-line';

export interface PictureInput {
  dataset: Dataset;
  indicator: Indicator;
  model: ChartModel;
  figures: Figure[];
  sources: Map<string, Source>;
  locale: Locale;
  t: Translate;
  /** the permalink to this exact view, printed in the picture */
  permalink: string;
  theme: 'light' | 'dark';
  /** a title other than the indicator's name (e.g. a scenario chart's) */
  title?: string;
  /** legend labels that replace the defaults (e.g. scenario names) */
  legendLabels?: Partial<Record<LegendKey, string>>;
  /** the address of a dataset that is not the published one: said at the top of the picture */
  foreign?: string | null;
}

/** The chart as a standalone SVG: title, subtitle, legend, chart, source line, dataset date, link. */
export async function chartSvg(input: PictureInput, size: ExportSize): Promise<string> {
  const { dataset, indicator, model, figures, sources, locale, t } = input;
  const { width, height } = EXPORT_SIZES[size];
  const byId = new Map(figures.map((f) => [f.id, f]));
  return renderExportSvg(
    model,
    {
      title: input.title ?? indicator.name[locale],
      subtitle: [
        input.foreign ? t('dataset.foreignPicture', { address: input.foreign }) : '',
        t('embed.subtitle', { unit: unitName(locale, indicator.unit) }),
      ]
        .filter(Boolean)
        .join(' — '),
      legend: legendKeys(model).map((key) => ({ key, label: input.legendLabels?.[key] ?? t(`legend.${key}`) })),
      source: sourceLine(figures, sources, locale, t),
      dataset: [
        t('export.dataset', { date: formatDate(locale, dataset.updated) }),
        input.foreign ? t('dataset.foreignPicture', { address: input.foreign }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      link: input.permalink,
      lang: locale,
    },
    {
      width,
      height,
      theme: input.theme,
      formatY: (v) => formatQuantity(locale, indicator.unit, v),
      ...chartLabels({ model, figures: byId, sources, locale, t }),
      fontCss: await embeddedFontCss(),
    },
  );
}

/** The same picture as PNG at `scale`× density (2× by default). */
export async function chartPng(input: PictureInput, size: ExportSize, scale = 2): Promise<Blob> {
  const { width, height } = EXPORT_SIZES[size];
  return svgToPng(await chartSvg(input, size), width, height, scale);
}
