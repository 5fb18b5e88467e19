import { lazy, Suspense } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import { OverviewPage } from '../features/overview/overview-page';
import { useI18n } from '../lib/i18n/i18n';
import { preloadPageWords } from '../lib/i18n/page-words';
import type { Locale, UrlState } from '../lib/url-state';
import { HandOff } from './hand-off';

// The overview is the first view and ships in the first chunk; the other pages load on demand
// (the indicator page brings the export code with it, which the overview does not need).
const chunks = {
  indicator: () => import('../features/indicator/indicator-page'),
  scenario: () => import('../features/scenario/scenario-page'),
  sources: () => import('../features/sources/sources-page'),
  changes: () => import('../features/changes/changes-page'),
};
const IndicatorPage = lazy(() => chunks.indicator().then((m) => ({ default: m.IndicatorPage })));
const ScenarioPage = lazy(() => chunks.scenario().then((m) => ({ default: m.ScenarioPage })));
const SourcesPage = lazy(() => chunks.sources().then((m) => ({ default: m.SourcesPage })));
const ChangesPage = lazy(() => chunks.changes().then((m) => ({ default: m.ChangesPage })));

/**
 * Starts loading the page's chunk at once, in parallel with the dataset, not after it, and the
 * record's words beside it for the pages that show them.
 */
export function preloadPage(view: UrlState['view'], locale: Locale): void {
  if (view === 'overview') return;
  void chunks[view]().catch(() => {}); // a failure is shown when the page renders
  void preloadPageWords(locale).catch(() => {});
}

/** Which page the URL asks for. An unknown indicator falls back to the overview (the shell says so). */
function chosenPage(state: UrlState, dataset: Dataset, datasetUrl: string) {
  if (state.view === 'sources') return <SourcesPage dataset={dataset} />;
  if (state.view === 'changes') return <ChangesPage dataset={dataset} />;
  const id = dataset.indicators.some((i) => i.id === state.indicator) ? state.indicator : null;
  if (state.view === 'scenario' && id) return <ScenarioPage dataset={dataset} indicatorId={id} state={state} />;
  if (state.view === 'indicator' && id)
    return <IndicatorPage dataset={dataset} indicatorId={id} state={state} datasetUrl={datasetUrl} />;
  return <OverviewPage dataset={dataset} filter={state.overview} />;
}

/** The page, and the hand-off from the prerendered view once it (and its chunk) is there. */
export function PageSwitch({ state, dataset, datasetUrl }: { state: UrlState; dataset: Dataset; datasetUrl: string }) {
  const { t } = useI18n();
  const loading = (
    <p role="status" className="loading">
      {t('loading.page')}
    </p>
  );
  // one boundary per page: a new page replaces the old one rather than hiding it behind a fallback
  return (
    <Suspense key={state.view} fallback={loading}>
      {chosenPage(state, dataset, datasetUrl)}
      <HandOff />
    </Suspense>
  );
}

export function isUnknownIndicator(state: UrlState, dataset: Dataset): boolean {
  return (
    (state.view === 'indicator' || state.view === 'scenario') &&
    state.indicator !== null &&
    !dataset.indicators.some((i) => i.id === state.indicator)
  );
}
