import { legendKeys, type ChartModel, type LegendKey } from '../../domain/chart-model';
import type { Dataset } from '../../domain/dataset-schema';
import type { IndicatorView } from '../../domain/indicator-view';
import type { ExportTexts } from '../chart-svg/export-layout';
import { formatDate, formatQuantity, unitName } from '../format';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';
import { chartAlt } from './chart-alt';
import { chartLabels, type ChartLabels } from './chart-labels';
import { sourceLine } from './source-line';

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

export interface WordsInput {
  view: IndicatorView;
  /** a chart other than the view's own (the scenario explorer's) */
  model?: ChartModel;
  locale: Locale;
  t: Translate;
  /** a title other than the indicator's name (a scenario chart's) */
  title?: string;
  /** the reader's own headline, which replaces the title in a picture */
  headline?: string | null;
  /** legend labels that replace the defaults (e.g. scenario names) */
  legendLabels?: Partial<Record<LegendKey, string>>;
  /** the address of a dataset that is not the published one: said at the top of a picture */
  foreign?: string | null;
  /** not today's record: "Past view: the record as it stood on …" (at the top of a picture and in its footer) */
  stamp?: string | null;
}

/** Everything a view of one indicator writes, in the page's language. */
export interface ViewWords {
  lang: Locale;
  /** the chart the words are for */
  model: ChartModel;
  title: string;
  /** the value axis' numbers ("$15B", "15 млрд $") */
  formatY: (v: number) => string;
  /** the words on the chart: the goal in force, the latest value, where the goal moved, earlier goals */
  labels: ChartLabels;
  /** the same on a small chart (an overview card, a narrow embed) */
  compactLabels: ChartLabels;
  /** the chart's text alternative, written from its figures */
  alt: string;
  /** "Sources: speaker, event, date; 2 context sources" */
  sourceLine: string;
  /** the words around a picture's chart (the dataset's date needs the dataset) */
  picture: (dataset: Pick<Dataset, 'updated'>) => Omit<ExportTexts, 'link' | 'lang'>;
}

/**
 * The one place a view's words are put together: the chart's labels, its text alternative, its source
 * line and the texts of its picture, from the builders beside this file. The indicator page, the
 * scenario explorer, the share panel, the desk's preview and the build's pictures and page facts take
 * their words from here. The overview's cards and the embed show only a chart's labels and source
 * line, and take those two builders directly (chartLabels, sourceLine), so the first screen does not
 * carry the text alternative's and the picture's words. The texts a view may not show are written
 * when first read.
 */
export function viewWords(input: WordsInput): ViewWords {
  const { view, locale, t } = input;
  const model = input.model ?? view.model;
  const { indicator } = view.figs;
  const figures = view.byId;
  const { sources } = view;
  const title = input.title ?? indicator.name[locale];
  let alt: string | undefined;
  let line: string | undefined;
  const words: ViewWords = {
    lang: locale,
    model,
    title,
    formatY: (v) => formatQuantity(locale, indicator.unit, v),
    get labels() {
      return chartLabels({ model, figures, sources, locale, t });
    },
    get compactLabels() {
      return chartLabels({ model, figures, sources, locale, t, compact: true });
    },
    get alt() {
      return (alt ??= chartAlt(view, locale, t, input.title));
    },
    get sourceLine() {
      return (line ??= sourceLine(view.shown, sources, locale, t));
    },
    picture(dataset) {
      const foreign = input.foreign ? t('dataset.foreignPicture', { address: input.foreign }) : '';
      return {
        title: input.headline ?? title,
        subtitle: [input.stamp ?? '', foreign, t('embed.subtitle', { unit: unitName(locale, indicator.unit) })]
          .filter(Boolean)
          .join(' — '),
        legend: [...legendKeys(model)]
          .sort((a, b) => PICTURE_ORDER.indexOf(a) - PICTURE_ORDER.indexOf(b))
          .map((key) => ({ key, label: input.legendLabels?.[key] ?? t(`picture.${key}` as MessageKey) })),
        source: `${words.sourceLine} · ${t('export.credit')}`,
        dataset: [t('export.dataset', { date: formatDate(locale, dataset.updated) }), foreign, input.stamp ?? '']
          .filter(Boolean)
          .join(' · '),
        alt: words.alt,
      };
    },
  };
  return words;
}
