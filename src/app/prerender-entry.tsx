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

/**
 * Build-time prerendering (scripts/prerender.ts): the same components as the live app, rendered to
 * HTML so the first chart is on screen before any JavaScript runs. The app replaces this markup
 * (it does not hydrate it) once it has rendered.
 */
/** The app's frame around a page, as the live shell draws it: skip link, header, main. */
function AppFrame({
  state,
  search,
  dict,
  children,
}: {
  state: UrlState;
  search: string;
  dict: Dictionary;
  children: ReactNode;
}) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {dict['nav.skip']}
      </a>
      <AppHeader state={state} search={search} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function renderOverview(dataset: Dataset, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, lang: null };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <AppFrame state={state} search="" dict={dict}>
        <OverviewPage dataset={dataset} />
      </AppFrame>
    </I18nProvider>,
  );
}

export function renderIndicator(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <AppFrame state={state} search={`?view=indicator&indicator=${indicator}&lang=${locale}`} dict={dict}>
        <IndicatorPage dataset={dataset} indicatorId={indicator} state={state} datasetUrl="data/dataset.json" />
      </AppFrame>
    </I18nProvider>,
  );
}

export function renderEmbed(dataset: Dataset, indicator: string, locale: Locale, dict: Dictionary): string {
  const state: UrlState = { ...DEFAULT_STATE, view: 'indicator', indicator, lang: locale, embed: true };
  return renderToString(
    <I18nProvider locale={locale} initial={dict}>
      <div className="app app-embed">
        <EmbedView
          dataset={dataset}
          state={state}
          fullHref={`./?view=indicator&indicator=${indicator}&lang=${locale}`}
        />
      </div>
    </I18nProvider>,
  );
}
