import { lazy, Suspense } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import type { UrlState } from '../lib/url-state';
import { useI18n } from '../lib/i18n/i18n';
import { OverviewPage } from '../features/overview/overview-page';

// The overview is the first view and ships in the first chunk; the other pages load on demand
// (the indicator page brings the export code with it, about 18 KB gzip: too much for the first chunk).
const IndicatorPage = lazy(() =>
  import('../features/indicator/indicator-page').then((m) => ({ default: m.IndicatorPage })),
);
const ScenarioPage = lazy(() =>
  import('../features/scenario/scenario-page').then((m) => ({ default: m.ScenarioPage })),
);
const SourcesPage = lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })));

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
      </Suspense>
    );
  }
  const known = state.indicator !== null && dataset.indicators.some((i) => i.id === state.indicator);
  if (state.view === 'scenario' && known && state.indicator) {
    return (
      <Suspense fallback={loading}>
        <ScenarioPage dataset={dataset} indicatorId={state.indicator} state={state} />
      </Suspense>
    );
  }
  if (state.view === 'indicator' && known && state.indicator) {
    return (
      <Suspense fallback={loading}>
        <IndicatorPage dataset={dataset} indicatorId={state.indicator} state={state} datasetUrl={datasetUrl} />
      </Suspense>
    );
  }
  return <OverviewPage dataset={dataset} />;
}

export function isUnknownIndicator(state: UrlState, dataset: Dataset): boolean {
  return (
    (state.view === 'indicator' || state.view === 'scenario') &&
    state.indicator !== null &&
    !dataset.indicators.some((i) => i.id === state.indicator)
  );
}
