import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../domain/dataset-schema';
import type { Dictionary } from '../lib/i18n/en';
import { I18nProvider } from '../lib/i18n/i18n';
import { DEFAULT_STATE, fullViewSearch, serializeUrlState, type Locale, type UrlState } from '../lib/url-state';
import { fromPage } from '../lib/page-address';
import { PrerenderedPage } from '../components/page-here';
import { ScenarioPage } from '../features/scenario/scenario-page';
import { OverviewPage } from '../features/overview/overview-page';
import { EmbedView } from '../features/embed/embed-view';
import { IndicatorPage } from '../features/indicator/indicator-page';
import { AppHeader } from './app-header';
import { AppFooter } from './app-footer';
import { SkipLink } from '../components/skip-link';
import { SourcesPage } from '../features/sources/sources-page';
import { PrerenderFit } from '../components/fit-set';
import { DEFAULT_DATASET_URL } from '../lib/dataset-url';

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
        {children}
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
