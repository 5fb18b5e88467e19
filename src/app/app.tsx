import { useEffect, useLayoutEffect } from 'react';
import { DatasetErrorPanel } from '../components/dataset-error';
import { ForeignDatasetBanner } from '../components/foreign-dataset';
import { RecordContext } from '../components/release-context';
import { SkipLink } from '../components/skip-link';
import { TimeBanner } from '../components/time-banner';
import { UrlNotices } from '../components/url-notices';
import { datasetSource } from '../lib/dataset-source';
import { formatDate } from '../lib/format';
import { I18nProvider, useI18n } from '../lib/i18n/i18n';
import { canonicalAddress } from '../lib/url-state';
import { browserLocale, navigate, useUrlState } from '../lib/use-url-state';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { EmbedShell, preloadEmbedView } from './embed-shell';
import { isUnknownIndicator, PageSwitch, preloadPage } from './page-switch';
import { linkNotices, shorten } from './url-notice';
import { useDocumentTitle } from './use-document-title';
import { useLocaleAndTheme } from './use-locale-and-theme';
import { useRecord } from './use-record';

function Shell() {
  const { state, notices, address } = useUrlState();
  const { locale, t } = useI18n();
  // only the published dataset, or one from an origin the publisher listed; anything else is never fetched
  const source = datasetSource(state.data);
  // the live record, or a release, as it stood on a date: what every page shows
  const record = useRecord(state, source);
  const { query, loaded, dataset } = record;
  // the language the page will be in (the dictionary shown may still be English while it loads)
  const wanted = state.lang ?? browserLocale();
  useEffect(() => {
    // an embed draws no page of the site: its own view only
    if (state.embed) preloadEmbedView();
    else preloadPage(state.view, wanted);
  }, [state.embed, state.view, wanted]);
  const allNotices = [...linkNotices(notices, source), ...record.notices];
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
  } else if (dataset && record.asof && isUnknownIndicator(state, dataset)) {
    allNotices.push({
      key: 'notice.asof-indicator',
      vars: { value: shorten(state.indicator ?? ''), date: formatDate(locale, record.asof) },
    });
  }
  if (state.embed)
    return <EmbedShell state={state} notices={allNotices} search={address} source={source} record={record} />;
  return (
    <div className="app">
      <SkipLink />
      <AppHeader state={state} />
      <TimeBanner asof={record.asof} release={record.release} />
      <UrlNotices key={address} notices={allNotices} />
      <ForeignDatasetBanner address={source.foreign} />
      <main id="main" tabIndex={-1}>
        {!loaded && !query.isError && (
          <p role="status" className="loading">
            {t('loading.dataset')}
          </p>
        )}
        {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
        {loaded && dataset && (
          <>
            {loaded.notices.map((n) => (
              <p key={n.code} className="notice" role="status">
                {t(`datasetNotice.${n.code}`, n)}
              </p>
            ))}
            <RecordContext.Provider value={record.context}>
              <PageSwitch state={state} dataset={dataset} datasetUrl={loaded.url} />
            </RecordContext.Provider>
          </>
        )}
      </main>
      {loaded && dataset && <AppFooter dataset={dataset} dataUrl={loaded.url} release={record.release?.shown} />}
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
