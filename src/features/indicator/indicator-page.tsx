import { useEffect, useMemo } from 'react';
import { AppLink } from '../../components/app-link';
import { ChartLegend } from '../../components/chart-legend';
import { CiteThis } from '../../components/cite-this';
import { ChartDataDownload } from '../../components/download-buttons';
import { ConditionalVerdict, PaceList, ProgressLine, ReadingReason } from '../../components/goal-status';
import { PanelBoundary } from '../../components/panel-boundary';
import { SharePanel } from '../../components/share/share-panel';
import { VerdictLine } from '../../components/verdict-line';
import { lastWholeYear } from '../../domain/axis';
import type { Figure, Dataset } from '../../domain/dataset-schema';
import { indicatorView } from '../../domain/indicator-view';
import { unitName } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { pagePath } from '../../lib/page-address';
import { publicUrl } from '../../lib/public-url';
import { openOverview, openScenario } from '../../lib/url-moves';
import type { UrlState } from '../../lib/url-state';
import { projectionLabel } from '../../lib/words/goal-words';
import { viewWords } from '../../lib/words/view-words';
import { ChartControls } from './chart-controls';
import { ClaimChecks } from './claim-checks';
import { FiguresTable } from './figures-table';
import { GoalHistory } from './goal-history';
import { IndicatorChart } from './indicator-chart';
import { ProvenancePanel } from './provenance-panel';
import { resetSelection, useSelection } from './selection-store';
import { VerdictHistory } from './verdict-history';

/**
 * The source panel of the chosen point (or of the latest figure): the only part of the page that
 * follows the selection, so hovering a point re-renders this panel, not the page.
 */
function SelectedProvenance({
  dataset,
  byId,
  fallback,
}: {
  dataset: Dataset;
  byId: Map<string, Figure>;
  fallback: Figure | null;
}) {
  const selectedId = useSelection((s) => s.selectedId);
  return <ProvenancePanel dataset={dataset} figure={(selectedId ? byId.get(selectedId) : undefined) ?? fallback} />;
}

interface Props {
  dataset: Dataset;
  indicatorId: string;
  state: UrlState;
  datasetUrl: string;
}

export function IndicatorPage({ dataset, indicatorId, state }: Props) {
  usePageWords(); // the verdict history's and corrections' words come with the page
  const { locale, t } = useI18n();
  // the view depends on the options the URL carries, not on the state object's identity
  const hide = state.hide.join();
  const { from, to } = state;
  const view = useMemo(
    () => indicatorView(dataset, indicatorId, { hide: hide.split(','), from, to }),
    [dataset, indicatorId, hide, from, to],
  );
  useEffect(() => resetSelection, [indicatorId]);
  if (!view) return null;
  const { figs, assessment, projection, model, byId, tableFigures } = view;
  const { indicator } = figs;
  const projectionNote = projectionLabel(projection, assessment, indicator.unit, locale, t);
  const all = [...byId.values()];
  const name = indicator.name[locale];
  const title = t('chart.title', { name, unit: unitName(locale, indicator.unit) });
  return (
    <article className="indicator-page" aria-labelledby="indicator-title">
      <p className="breadcrumb">
        <AppLink to={openOverview}>← {t('nav.overview')}</AppLink>
      </p>
      <h2 id="indicator-title">{name}</h2>
      {/* the verdict first, then the chart: a watcher's answer is on the first screen */}
      <section className="status-panel" aria-label={t('indicator.status')}>
        <VerdictLine a={assessment} />
        <ProgressLine a={assessment} unit={indicator.unit} />
        <ConditionalVerdict a={assessment} unit={indicator.unit} />
      </section>
      <div className="chart-area">
        <div>
          <PanelBoundary name={title}>
            <IndicatorChart view={view} words={viewWords({ view, locale, t, title })} />
          </PanelBoundary>
          <ChartLegend model={model} />
          {projectionNote && <p className="projection-note">{projectionNote}</p>}
          {model.undated.length > 0 && <p className="muted">{t('chart.undated', { count: model.undated.length })}</p>}
        </div>
        {/* opens on the latest figure's source, not on an instruction */}
        <SelectedProvenance dataset={dataset} byId={byId} fallback={assessment.latest ?? figs.dated.at(-1) ?? null} />
      </div>
      <section aria-labelledby="history-title">
        <h3 id="history-title">{t('history.title')}</h3>
        <PanelBoundary name={t('history.title')}>
          <GoalHistory dataset={dataset} goals={figs.goals} />
        </PanelBoundary>
      </section>
      <PanelBoundary name={t('history.title')}>
        <VerdictHistory dataset={dataset} indicatorId={indicator.id} />
      </PanelBoundary>
      <p className="lede">{indicator.description[locale]}</p>
      <p className="measures muted">
        <strong>{t('indicator.measures')}</strong> {indicator.measures[locale]}
      </p>
      <section className="pace-panel" aria-label={t('indicator.pace')}>
        <ReadingReason a={assessment} />
        <PaceList a={assessment} unit={indicator.unit} />
        {assessment.status !== 'no-date' && assessment.status !== 'no-goal' && (
          <p className="reason">{t(`reason.${assessment.reasonKey}` as MessageKey)}</p>
        )}
        {assessment.goal && (
          <p>
            <AppLink to={(s) => openScenario(s, indicator.id)}>{t('nav.scenario')} →</AppLink>
          </p>
        )}
      </section>
      <ChartControls state={state} dataFrom={Math.floor(model.xDomain[0])} dataTo={lastWholeYear(model.xDomain[1])} />
      <PanelBoundary name={t('share.title')}>
        <SharePanel dataset={dataset} view={view} state={state} />
      </PanelBoundary>
      <CiteThis
        citation={{
          title: name,
          version: dataset.updated,
          url: publicUrl(pagePath({ view: 'indicator', indicator: indicator.id, lang: locale, embed: false })),
          key: indicator.id,
        }}
      />
      <section aria-labelledby="figures-title">
        <h3 id="figures-title">{t('indicator.figures')}</h3>
        <FiguresTable dataset={dataset} figures={tableFigures} caption={t('table.caption', { name })} />
        <ChartDataDownload dataset={dataset} figures={all} filename={`goalpost-${indicator.id}.csv`} />
      </section>
      <section aria-labelledby="claims-title">
        <h3 id="claims-title">{t('claim.title')}</h3>
        <PanelBoundary name={t('claim.title')}>
          <ClaimChecks dataset={dataset} changes={figs.changes} />
        </PanelBoundary>
      </section>
    </article>
  );
}
