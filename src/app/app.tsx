import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, DEFAULT_DATASET_URL } from '../lib/dataset-query';
import { I18nProvider, pickLocale, useI18n } from '../lib/i18n/i18n';
import { navigate, useUrlState } from '../lib/use-url-state';
import type { UrlNotice } from '../lib/url-state';
import { DatasetErrorPanel } from '../components/dataset-error';
import { UrlNotices, type Notice } from '../components/url-notices';
import { OverviewPage } from '../features/overview/overview-page';
import { formatDate } from '../lib/format';
import { AppHeader } from './app-header';

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

function toNotice(n: UrlNotice): Notice {
  return { key: `notice.${n.reason}`, vars: { param: shorten(n.param), value: shorten(n.value) } };
}

function Shell() {
  const { state, notices, search } = useUrlState();
  const { locale, t } = useI18n();
  const dataUrl = state.data ?? DEFAULT_DATASET_URL;
  const query = useQuery(datasetQueryOptions(dataUrl));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppHeader search={search} onNavigate={(s) => navigate(s)} />
      <UrlNotices notices={notices.map(toNotice)} />
      <main id="main" tabIndex={-1}>
        {query.isPending && (
          <p role="status" className="loading">
            {t('loading.dataset')}
          </p>
        )}
        {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && (
          <>
            {query.data.warnings.map((w) => (
              <p key={w} className="notice" role="status">
                {w}
              </p>
            ))}
            <OverviewPage dataset={query.data.dataset} />
          </>
        )}
      </main>
      {query.isSuccess && (
        <footer className="app-footer">
          <p>
            {t('footer.data', { date: formatDate(locale, query.data.dataset.updated) })} ·{' '}
            <a href={dataUrl} download="goalpost-dataset.json">
              {t('footer.download')}
            </a>
          </p>
        </footer>
      )}
    </div>
  );
}

export function App() {
  const { state } = useUrlState();
  useEffect(() => {
    if (state.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);
  const locale = pickLocale(state.lang, typeof navigator === 'undefined' ? [] : navigator.languages);
  return (
    <I18nProvider locale={locale}>
      <Shell />
    </I18nProvider>
  );
}
