import { useEffect, useMemo, useState } from 'react';
import { ChartLegend } from '../../components/chart-legend';
import { FitSet } from '../../components/fit-set';
import { StaticChart } from '../../components/static-chart';
import { VerdictLine } from '../../components/verdict-line';
import type { Dataset } from '../../domain/dataset-schema';
import { indicatorView } from '../../domain/indicator-view';
import { sourceMap } from '../../domain/series';
import { appFolder } from '../../lib/app-folder';
import { postHeightToParent } from '../../lib/embed-height';
import { formatDate, formatQuantity, unitName } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { fullViewSearch } from '../../lib/url-moves';
import { type UrlState } from '../../lib/url-state';
import { prerenderedChartWidth, useElementWidth } from '../../lib/use-element-width';
import { currentAddress } from '../../lib/use-url-state';
import { chartLabels } from '../../lib/words/chart-labels';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import { sourceLine } from '../../lib/words/source-line';
import type * as ScenarioModel from './scenario-model';

/** Scenario embeds load their math on demand; indicator embeds never download it. */
function useScenarioModule(wanted: boolean): typeof ScenarioModel | null {
  const [mod, setMod] = useState<typeof ScenarioModel | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./scenario-model').then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [wanted]);
  return mod;
}

/** The chart keeps a sensible shape on a phone and stays within the default iframe height. */
const chartHeight = (width: number) => Math.round(Math.min(300, Math.max(200, width * 0.55)));

/** One chart for a host page: title, chart, legend, source line and a link to the full view. */
/** The full view of this embed: its page, with the embed's options. */
function fullViewHref(): string {
  return `${appFolder()}${fullViewSearch(currentAddress())}`;
}

export function EmbedView({
  dataset,
  state,
  fullHref = fullViewHref(),
}: {
  dataset: Dataset;
  state: UrlState;
  fullHref?: string;
}) {
  const { locale, t } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>(600, prerenderedChartWidth);
  useEffect(() => postHeightToParent(), []);
  const sources = useMemo(() => sourceMap(dataset), [dataset]);
  const scenarioModule = useScenarioModule(state.view === 'scenario');
  const isScenario = state.view === 'scenario';
  const view = state.indicator
    ? indicatorView(
        dataset,
        state.indicator,
        { hide: isScenario ? [...state.hide, 'projection'] : state.hide, from: state.from, to: state.to },
        sources,
      )
    : null;
  if (!view) {
    return (
      <main className="embed">
        <p role="alert">{t('embed.noIndicator')}</p>
        <a href={fullHref} target="_blank" rel="noopener">
          {t('embed.open')}
        </a>
      </main>
    );
  }
  if (state.view === 'scenario' && !scenarioModule) {
    return (
      <p role="status" className="loading">
        {t('loading.page')}
      </p>
    );
  }
  const { figs, shown, assessment, model: plain } = view;
  const names = (i: number) => t('scenario.defaultName', { n: i + 1 });
  const scenarioModel = scenarioModule?.scenarioEmbedModel(plain, figs, sources, state, names) ?? null;
  const model = scenarioModel ?? plain;
  const legendLabels = Object.fromEntries(model.scenarios?.map((s) => [`scenario${s.index + 1}`, s.name]) ?? []);
  const indicatorName = figs.indicator.name[locale];
  const name = scenarioModel ? t('scenario.chartTitle', { name: indicatorName }) : indicatorName;
  const listed = [...figs.dated, ...figs.undated, ...figs.goals].filter((f) => shown.includes(f));
  // the labels and source line only: an embed has no picture or share panel (viewWords has those)
  const labels = (compact: boolean) => chartLabels({ model, figures: view.byId, sources, locale, t, compact });
  return (
    <main>
      <figure className="embed" aria-labelledby="embed-title">
        <figcaption>
          <h1 id="embed-title" className="embed-title">
            {name}
          </h1>
          <p className="muted">{t('embed.subtitle', { unit: unitName(locale, figs.indicator.unit) })}</p>
          <VerdictLine a={assessment} compact />
        </figcaption>
        <div ref={ref}>
          <FitSet
            width={width}
            max={Infinity}
            draw={(w) => (
              <StaticChart
                model={model}
                width={w}
                height={chartHeight(w)}
                label={t('chart.title', { name, unit: unitName(locale, figs.indicator.unit) })}
                formatY={(v) => formatQuantity(locale, figs.indicator.unit, v)}
                labels={labels(w < 480)}
              />
            )}
          />
        </div>
        {/* the chart's text alternative: every figure drawn, in words */}
        <ul className="visually-hidden" aria-label={t('table.caption', { name })}>
          {listed.map((f) => (
            <li key={f.id}>
              {figureWhen(f, locale, t)}: {formatFigure(f, f.unit, locale, t)} ({t(`kind.${f.kind}` as MessageKey)})
            </li>
          ))}
        </ul>
        <ChartLegend model={model} labels={legendLabels} />
        <p className="embed-source">{sourceLine(shown, sources, locale, t)}</p>
        <p className="embed-source">
          {t('footer.data', { date: formatDate(locale, dataset.updated) })} ·{' '}
          <a href={fullHref} target="_blank" rel="noopener">
            {t('embed.open')}
          </a>
        </p>
      </figure>
    </main>
  );
}
