import { lazy, Suspense } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import type { UrlState } from '../lib/url-state';
import { useI18n } from '../lib/i18n/i18n';
import { OverviewPage } from '../features/overview/overview-page';
import { HandOff } from './hand-off';

// The overview is the first view and ships in the first chunk; the other pages load on demand
// (the indicator page brings the export code with it, about 18 KB gzip: too much for the first chunk).
const chunks = {
  indicator: () => import('../features/indicator/indicator-page'),
  scenario: () => import('../features/scenario/scenario-page'),
  sources: () => import('../features/sources/sources-page'),
};
const IndicatorPage = lazy(() => chunks.indicator().then((m) => ({ default: m.IndicatorPage })));
const ScenarioPage = lazy(() => chunks.scenario().then((m) => ({ default: m.ScenarioPage })));
const SourcesPage = lazy(() => chunks.sources().then((m) => ({ default: m.SourcesPage })));

/** Starts loading the page's chunk at once, in parallel with the dataset, not after it. */
export function preloadPage(view: UrlState['view']): void {
  if (view !== 'overview') void chunks[view]().catch(() => {}); // a failure is shown when the page renders
}

/** Which page the URL asks for. An unknown indicator falls back to the overview (the shell says so). */
export function PageSwitch({ state, dataset, datasetUrl }: { state: UrlState; dataset: Dataset; datasetUrl: string }) {
  const { t } = useI18n();
  const loading = (
    <p role="status" className="loading">
      {t('loading.page')}
    </p>
  );
  if (state.view === 'sources') {
    return (
      <Suspense fallback={loading}>
        <SourcesPage dataset={dataset} />
        <HandOff />
      </Suspense>
    );
  }
  const known = state.indicator !== null && dataset.indicators.some((i) => i.id === state.indicator);
  if (state.view === 'scenario' && known && state.indicator) {
    return (
      <Suspense fallback={loading}>
        <ScenarioPage dataset={dataset} indicatorId={state.indicator} state={state} />
        <HandOff />
      </Suspense>
    );
  }
  if (state.view === 'indicator' && known && state.indicator) {
    return (
      <Suspense fallback={loading}>
        <IndicatorPage dataset={dataset} indicatorId={state.indicator} state={state} datasetUrl={datasetUrl} />
        <HandOff />
      </Suspense>
    );
  }
  return (
    <>
      <OverviewPage dataset={dataset} />
      <HandOff />
    </>
  );
}

export function isUnknownIndicator(state: UrlState, dataset: Dataset): boolean {
  return (
    (state.view === 'indicator' || state.view === 'scenario') &&
    state.indicator !== null &&
    !dataset.indicators.some((i) => i.id === state.indicator)
  );
}
