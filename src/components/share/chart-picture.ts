import type { ChartModel } from '../../domain/chart-model';
import { legendKeys, type LegendKey } from '../../domain/chart-model';
import type { Dataset, Figure, Indicator, Source } from '../../domain/dataset-schema';
import { renderExportSvg } from '../../lib/chart-svg/export-svg';
import { EXPORT_SIZES, type ExportSize } from '../../lib/embed-snippet';
import { formatDate, formatQuantity, unitName } from '../../lib/format';
import type { Translate } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/en';
import type { Locale } from '../../lib/url-state';
import { chartLabels } from '../chart-labels';
import { sourceLine } from '../source-line';

/** The order of a picture's one-row legend: what the reader needs first; the row drops keys from the end. */
const PICTURE_ORDER: readonly LegendKey[] = [
  'scenario1',
  'scenario2',
  'scenario3',
  'primary',
  'context',
  'goal',
  'horizon',
  'projection',
  'fan',
  'assumed',
  'forecast',
  'range',
  'approx',
  'partial',
  'apart',
];

export interface PictureInput {
  dataset: Dataset;
  indicator: Indicator;
  model: ChartModel;
  figures: Figure[];
  sources: Map<string, Source>;
  locale: Locale;
  t: Translate;
  /** the public address of this exact view, printed as plain text; empty when none is configured */
  permalink: string;
  theme: 'light' | 'dark';
  /** the text alternative written from the figures (the SVG's <desc>) */
  alt: string;
  /** a title other than the indicator's name (a scenario chart's, or the reader's headline) */
  title?: string;
  /** legend labels that replace the defaults (e.g. scenario names) */
  legendLabels?: Partial<Record<LegendKey, string>>;
  /** the address of a dataset that is not the published one: said at the top of the picture */
  foreign?: string | null;
  /** not today's record: "Past view: the record as it stood on …" or "Archived release: …" (at the top and in the footer) */
  stamp?: string | null;
}

/**
 * The chart as a standalone SVG: title, subtitle, a one-row legend in plain words, the chart with
 * its direct labels, "Sources: … · Chart: Goalpost", the dataset date, and the public address when
 * there is one. `fontCss` embeds Noto Sans (the browser and the build each supply it). The same
 * function makes the reader's downloads and the build's pictures.
 */
export function chartSvg(input: PictureInput, size: ExportSize, fontCss: string): string {
  const { dataset, indicator, model, figures, sources, locale, t } = input;
  const { width, height } = EXPORT_SIZES[size];
  const byId = new Map(figures.map((f) => [f.id, f]));
  return renderExportSvg(
    model,
    {
      title: input.title ?? indicator.name[locale],
      subtitle: [
        input.stamp ?? '',
        input.foreign ? t('dataset.foreignPicture', { address: input.foreign }) : '',
        t('embed.subtitle', { unit: unitName(locale, indicator.unit) }),
      ]
        .filter(Boolean)
        .join(' — '),
      legend: [...legendKeys(model)]
        .sort((a, b) => PICTURE_ORDER.indexOf(a) - PICTURE_ORDER.indexOf(b))
        .map((key) => ({
          key,
          label: input.legendLabels?.[key] ?? t(`picture.${key}` as MessageKey),
        })),
      source: `${sourceLine(figures, sources, locale, t)} · ${t('export.credit')}`,
      dataset: [
        t('export.dataset', { date: formatDate(locale, dataset.updated) }),
        input.foreign ? t('dataset.foreignPicture', { address: input.foreign }) : '',
        input.stamp ?? '',
      ]
        .filter(Boolean)
        .join(' · '),
      link: input.permalink,
      lang: locale,
      alt: input.alt,
    },
    {
      width,
      height,
      theme: input.theme,
      formatY: (v) => formatQuantity(locale, indicator.unit, v),
      ...chartLabels({ model, figures: byId, sources, locale, t }),
      fontCss,
    },
  );
}
