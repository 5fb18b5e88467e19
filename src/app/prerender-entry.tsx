import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../domain/dataset-schema';
import type { Dictionary } from '../lib/i18n/en';
import { I18nProvider } from '../lib/i18n/i18n';
import { DEFAULT_STATE, type Locale, type UrlState } from '../lib/url-state';
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
function AppFrame({
  state,
  search,
  self,
  children,
  dataset,
}: {
  state: UrlState;
  search: string;
  /** the page's own address relative to the app's folder (pages in a folder set <base href="../">) */
  self?: string;
  children: ReactNode;
  dataset: Dataset;
}) {
  return (
    <div className="app">
      <SkipLink self={self} />
      <AppHeader state={state} search={search} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <AppFooter dataset={dataset} dataUrl={DEFAULT_DATASET_URL} />
    </div>
  );
}

export function renderOverview(dataset: Dataset, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, lang: null };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <AppFrame dataset={dataset} state={state} search="" self="">
        <OverviewPage dataset={dataset} />
      </AppFrame>
    </I18nProvider>,
  );
}

export function renderIndicator(
  dataset: Dataset,
  indicator: string,
  locale: Locale,
  dict: Dictionary,
  self: string,
): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <AppFrame
        dataset={dataset}
        state={state}
        search={`?view=indicator&indicator=${indicator}&lang=${locale}`}
        self={self}
      >
        <PrerenderFit value>
          <IndicatorPage dataset={dataset} indicatorId={indicator} state={state} datasetUrl={DEFAULT_DATASET_URL} />
        </PrerenderFit>
      </AppFrame>
    </I18nProvider>,
  );
}

export function renderSources(dataset: Dataset, locale: Locale, dict: Dictionary, self: string): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'sources', lang: locale };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <AppFrame dataset={dataset} state={state} search={`?view=sources&lang=${locale}`} self={self}>
        <SourcesPage dataset={dataset} />
      </AppFrame>
    </I18nProvider>,
  );
}

export function renderEmbed(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale, embed: true };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <div className="app app-embed">
        <PrerenderFit value>
          <EmbedView
            dataset={dataset}
            state={state}
            fullHref={`./?view=indicator&indicator=${indicator}&lang=${locale}`}
          />
        </PrerenderFit>
      </div>
    </I18nProvider>,
  );
}
