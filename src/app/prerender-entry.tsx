import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { PrerenderFit } from '../components/fit-set';
import { PrerenderedPage } from '../components/page-here';
import { RecordContext, type ReleaseInfo, type ReleaseName } from '../components/release-context';
import { SkipLink } from '../components/skip-link';
import type { Dataset } from '../domain/dataset-schema';
import type { ReleaseLogEntry } from '../domain/release-log';
import { ChangesView } from '../features/changes/changes-page';
import { EmbedView } from '../features/embed/embed-view';
import { IndicatorPage } from '../features/indicator/indicator-page';
import { OverviewPage } from '../features/overview/overview-page';
import { ScenarioPage } from '../features/scenario/scenario-page';
import { SourcesPage } from '../features/sources/sources-page';
import { DEFAULT_DATASET_URL } from '../lib/dataset-url';
import { withKkCase } from '../lib/grammar/kk-case';
import { registerKkCase } from '../lib/grammar/kk-case-hook';
import type { Dictionary } from '../lib/i18n/en';
import { enPages } from '../lib/i18n/en-pages';
import { I18nProvider } from '../lib/i18n/i18n';
import { kkPages } from '../lib/i18n/kk-pages';
import { providePageWords } from '../lib/i18n/page-words';
import { ruPages } from '../lib/i18n/ru-pages';
import { fromPage } from '../lib/page-address';
import { fullViewSearch } from '../lib/url-moves';
import { DEFAULT_STATE, serializeUrlState, type Locale, type UrlState } from '../lib/url-state';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

// the build draws every language at once: the record's words are at hand, not loaded on demand
providePageWords('en', enPages);
providePageWords('ru', ruPages);
providePageWords('kk', kkPages);

// the dictionaries come from the build, so the Kazakh case endings that load with the app's own
// Kazakh dictionary are registered here, for this bundle's pages
registerKkCase(withKkCase);

/**
 * Build-time prerendering (scripts/build/prerender.ts): the same components as the live app, rendered to
 * HTML so the first chart is on screen before any JavaScript runs. The app replaces this markup
 * (it does not hydrate it) once it has rendered.
 */
/** The app's frame around a page, as the live shell draws it: skip link, header, main, footer. */
function AppFrame({ state, children, dataset }: { state: UrlState; children: ReactNode; dataset: Dataset }) {
  return (
    <div className="app">
      <SkipLink />
      <AppHeader state={state} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <AppFooter dataset={dataset} dataUrl={DEFAULT_DATASET_URL} />
    </div>
  );
}

let published: ReleaseInfo | null = null;
/** The release the build publishes: its pages cite it (the live app reads it from the page's meta). */
export function setPublishedRelease(r: ReleaseName | null): void {
  published = r ? { shown: r, latest: r, pinned: false } : null;
}

/** A page of the build: its state, drawn as the file that is its address (links relative to it). */
function Page({
  state,
  file,
  dict,
  children,
}: {
  state: UrlState;
  file: string;
  dict: Dictionary;
  children: ReactNode;
}) {
  const locale = state.lang ?? 'en';
  return (
    <I18nProvider locale={locale} initial={dict}>
      <PrerenderedPage file={file} address={serializeUrlState(state)}>
        <RecordContext.Provider value={{ release: published, asof: null }}>{children}</RecordContext.Provider>
      </PrerenderedPage>
    </I18nProvider>
  );
}

/** The file a state's page is written to ('index.html' for the front door). */
export const pageFile = (state: UrlState) => serializeUrlState(state) || 'index.html';

/** The overview: the front door (`lang` null: index.html, drawn in English) or its page in a language. */
export function renderOverview(dataset: Dataset, lang: Locale | null, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, lang };
  return renderToString(
    <Page state={state} file={pageFile(state)} dict={dict}>
      <AppFrame dataset={dataset} state={state}>
        <OverviewPage dataset={dataset} />
      </AppFrame>
    </Page>,
  );
}

export function renderIndicator(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale };
  return renderToString(
    <Page state={state} file={pageFile(state)} dict={dict}>
      <AppFrame dataset={dataset} state={state}>
        <PrerenderFit value>
          <IndicatorPage dataset={dataset} indicatorId={indicator} state={state} datasetUrl={DEFAULT_DATASET_URL} />
        </PrerenderFit>
      </AppFrame>
    </Page>,
  );
}

export function renderScenario(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'scenario', indicator, lang: locale };
  return renderToString(
    <Page state={state} file={pageFile(state)} dict={dict}>
      <AppFrame dataset={dataset} state={state}>
        <ScenarioPage dataset={dataset} indicatorId={indicator} state={state} />
      </AppFrame>
    </Page>,
  );
}

export function renderSources(dataset: Dataset, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'sources', lang: locale };
  return renderToString(
    <Page state={state} file={pageFile(state)} dict={dict}>
      <AppFrame dataset={dataset} state={state}>
        <SourcesPage dataset={dataset} />
      </AppFrame>
    </Page>,
  );
}

export function renderEmbed(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale, embed: true };
  const file = pageFile(state);
  return renderToString(
    <Page state={state} file={file} dict={dict}>
      <div className="app app-embed">
        <PrerenderFit value>
          <EmbedView
            dataset={dataset}
            state={state}
            fullHref={fromPage(file, fullViewSearch(serializeUrlState(state)))}
          />
        </PrerenderFit>
      </div>
    </Page>,
  );
}

export function renderChanges(dataset: Dataset, log: ReleaseLogEntry[], locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'changes', lang: locale };
  return renderToString(
    <Page state={state} file={pageFile(state)} dict={dict}>
      <AppFrame dataset={dataset} state={state}>
        <ChangesView dataset={dataset} entries={log} />
      </AppFrame>
    </Page>,
  );
}
