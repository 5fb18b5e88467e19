import { useEffect, useLayoutEffect } from 'react';
import { useDataset } from './use-dataset';
import { datasetSource } from '../lib/dataset-source';
import { ForeignDatasetBanner } from '../components/foreign-dataset';
import { I18nProvider, useI18n } from '../lib/i18n/i18n';
import { browserLocale, navigate, useUrlState } from '../lib/use-url-state';
import { canonicalAddress } from '../lib/url-state';
import { DatasetErrorPanel } from '../components/dataset-error';
import { UrlNotices } from '../components/url-notices';
import { SkipLink } from '../components/skip-link';
import { AppHeader } from './app-header';
import { AppFooter } from './app-footer';
import { linkNotices, shorten } from './url-notice';
import { useLocaleAndTheme } from './use-locale-and-theme';
import { useDocumentTitle } from './use-document-title';
import { EmbedShell } from './embed-shell';
import { isUnknownIndicator, PageSwitch, preloadPage } from './page-switch';

function Shell() {
  const { state, notices, address } = useUrlState();
  const { t } = useI18n();
  // only the published dataset, or one from an origin the publisher listed; anything else is never fetched
  const source = datasetSource(state.data);
  const dataUrl = source.url;
  const { query, loaded } = useDataset(dataUrl);
  // an embed draws no lazy page
  useEffect(() => {
    if (!state.embed) preloadPage(state.view);
  }, [state.embed, state.view]);
  const allNotices = linkNotices(notices, source);
  useDocumentTitle(state, loaded?.dataset);
  // A link of an older form, or the front door in another language, is rewritten in place to the
  // page's own address (a file of the build), once the dataset says the page exists.
  useLayoutEffect(() => {
    if (!loaded || isUnknownIndicator(state, loaded.dataset)) return;
    const next = canonicalAddress(address, state.lang ?? browserLocale());
    if (next !== null) navigate(next, { replace: true });
  }, [address, loaded, state]);
  if (loaded && isUnknownIndicator(state, loaded.dataset)) {
    allNotices.push({ key: 'notice.unknown-indicator', vars: { value: shorten(state.indicator ?? '') } });
  }
  if (state.embed) return <EmbedShell state={state} notices={allNotices} search={address} source={source} />;
  return (
    <div className="app">
      <SkipLink />
      <AppHeader state={state} />
      <UrlNotices key={address} notices={allNotices} />
      <ForeignDatasetBanner address={source.foreign} />
      <main id="main" tabIndex={-1}>
        {!loaded && !query.isError && (
          <p role="status" className="loading">
            {t('loading.dataset')}
          </p>
        )}
        {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
        {loaded && (
          <>
            {loaded.notices.map((n) => (
              <p key={n.code} className="notice" role="status">
                {t(`datasetNotice.${n.code}`, n)}
              </p>
            ))}
            <PageSwitch state={state} dataset={loaded.dataset} datasetUrl={dataUrl} />
          </>
        )}
      </main>
      {loaded && <AppFooter dataset={loaded.dataset} dataUrl={dataUrl} />}
    </div>
  );
}

export function App() {
  const { state } = useUrlState();
  const locale = useLocaleAndTheme(state);
  return (
    <I18nProvider locale={locale}>
      <Shell />
    </I18nProvider>
  );
}
