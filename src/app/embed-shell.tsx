import { lazy, Suspense } from 'react';
import { DatasetErrorPanel } from '../components/dataset-error';
import { ForeignDatasetBanner } from '../components/foreign-dataset';
import { TimeBanner } from '../components/time-banner';
import { UrlNotices, type Notice } from '../components/url-notices';
import type { DatasetSource } from '../lib/dataset-source';
import { useI18n } from '../lib/i18n/i18n';
import type { UrlState } from '../lib/url-state';
import { HandOff } from './hand-off';
import type { useRecord } from './use-record';

// an embed's live view is its own chunk: the prerendered chart is on screen meanwhile, and readers of
// the site's own pages never download it
const embedView = () => import('../features/embed/embed-view');
const EmbedView = lazy(() => embedView().then((m) => ({ default: m.EmbedView })));
/** Starts the embed view's download at once, beside the dataset's. */
export const preloadEmbedView = () => void embedView().catch(() => {});

/** Embed mode: only the chart, its title, source line and a link back; no navigation chrome. */
export function EmbedShell({
  state,
  notices,
  search,
  source,
  record,
}: {
  state: UrlState;
  notices: Notice[];
  search: string;
  source: DatasetSource;
  record: ReturnType<typeof useRecord>;
}) {
  const { t } = useI18n();
  const { query, loaded, dataset } = record;
  return (
    <div className="app app-embed">
      <TimeBanner asof={record.asof} release={record.release} compact />
      <UrlNotices key={search} notices={notices} />
      <ForeignDatasetBanner address={source.foreign} />
      {!loaded && !query.isError && (
        <p role="status" className="loading">
          {t('loading.dataset')}
        </p>
      )}
      {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {loaded && dataset && (
        <Suspense fallback={null}>
          <EmbedView dataset={dataset} state={state} />
          <HandOff />
        </Suspense>
      )}
    </div>
  );
}
