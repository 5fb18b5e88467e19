import { useMemo } from 'react';
import { AppLink } from '../../components/app-link';
import { ChartLegend } from '../../components/chart-legend';
import { PanelBoundary } from '../../components/panel-boundary';
import { SharePanel } from '../../components/share/share-panel';
import { StaticChart } from '../../components/static-chart';
import type { Dataset } from '../../domain/dataset-schema';
import { horizonReading } from '../../domain/horizons';
import { indicatorView } from '../../domain/indicator-view';
import { withScenarios } from '../../domain/scenario-chart';
import { scenarioSetup } from '../../domain/scenario-setup';
import { sourceMap } from '../../domain/series';
import { formatQuantity, unitName } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { openIndicator, setScenario } from '../../lib/url-moves';
import type { ScenarioUrl } from '../../lib/url-scenario';
import { type UrlState } from '../../lib/url-state';
import { useElementWidth } from '../../lib/use-element-width';
import { changeUrl } from '../../lib/use-url-state';
import { figureWhen, formatFigure, horizonText } from '../../lib/words/figure-words';
import { ScenarioInputs } from './scenario-inputs';
import { ScenarioResults } from './scenario-results';

/** "What yearly growth does the goal take, and where does a pace lead?" for one indicator. */
export function ScenarioPage({
  dataset,
  indicatorId,
  state,
}: {
  dataset: Dataset;
  indicatorId: string;
  state: UrlState;
}) {
  usePageWords(); // the explorer's own words come with its page
  const { locale, t } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const sources = useMemo(() => sourceMap(dataset), [dataset]);
  // the scenario chart is the indicator's view without the pace-so-far line (the scenarios replace it)
  const view = indicatorView(
    dataset,
    indicatorId,
    { hide: [...state.hide.filter((h) => h !== 'goals'), 'projection'], from: state.from, to: state.to },
    sources,
  );
  if (!view) return null;
  const { figs } = view;
  const { indicator } = figs;
  const name = indicator.name[locale];
  const setup = scenarioSetup(figs, sources, state.scenario);
  const back = (
    <p className="breadcrumb">
      <AppLink to={(s) => openIndicator(s, indicatorId)}>← {name}</AppLink>
    </p>
  );
  if (!setup) {
    return (
      <article className="scenario-page">
        {back}
        <h2>{t('scenario.title', { name })}</h2>
        <p role="status">{t('scenario.noGoal')}</p>
      </article>
    );
  }
  const names = (i: number) => t('scenario.defaultName', { n: i + 1 });
  const change = (patch: Partial<ScenarioUrl>, replace = false) => changeUrl((q) => setScenario(q, patch), { replace });
  const model = withScenarios(view.model, setup, names);
  const title = t('scenario.chartTitle', { name });
  const legendLabels = Object.fromEntries(model.scenarios?.map((s) => [`scenario${s.index + 1}`, s.name]) ?? []);
  const goal = setup.goal;
  return (
    <article className="scenario-page" aria-labelledby="scenario-title">
      {back}
      <h2 id="scenario-title">{t('scenario.title', { name })}</h2>
      <p className="lede">
        {t('scenario.goalLine', {
          goal: formatFigure(goal, goal.unit, locale, t),
          when: figureWhen(goal, locale, t),
          latest: `${formatFigure(setup.latest, setup.latest.unit, locale, t)} (${figureWhen(setup.latest, locale, t)})`,
        })}
      </p>
      {setup.assumed && (
        <p className="assumption">
          {t(setup.deadline.from === setup.deadline.to ? 'scenario.assumptionOne' : 'scenario.assumption', {
            horizon: horizonText(goal.horizon, locale),
            from: setup.deadline.from,
            to: setup.deadline.to,
          })}{' '}
          <span className="muted">{t(`horizonReason.${horizonReading(goal.horizon).reasonKey}` as MessageKey)}</span>
        </p>
      )}
      <div className="scenario-layout">
        <ScenarioInputs setup={setup} indicator={indicator} url={state.scenario} names={names} change={change} />
        <div>
          <div ref={ref} className="chart">
            <PanelBoundary name={title}>
              <StaticChart
                model={model}
                width={width}
                height={340}
                label={`${title}, ${unitName(locale, indicator.unit)}`}
                formatY={(v) => formatQuantity(locale, indicator.unit, v)}
              />
            </PanelBoundary>
          </div>
          <ChartLegend model={model} labels={legendLabels} />
          <ScenarioResults setup={setup} indicator={indicator} names={names} />
        </div>
      </div>
      <PanelBoundary name={t('share.title')}>
        <SharePanel
          dataset={dataset}
          view={view}
          model={model}
          state={state}
          title={title}
          legendLabels={legendLabels}
        />
      </PanelBoundary>
    </article>
  );
}
