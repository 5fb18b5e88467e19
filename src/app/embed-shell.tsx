import type { DatasetSource } from '../lib/dataset-source';
import { ForeignDatasetBanner } from '../components/foreign-dataset';
import { useI18n } from '../lib/i18n/i18n';
import type { useRecord } from './use-record';
import { TimeBanner } from '../components/time-banner';
import type { UrlState } from '../lib/url-state';
import { DatasetErrorPanel } from '../components/dataset-error';
import { UrlNotices, type Notice } from '../components/url-notices';
import { EmbedView } from '../features/embed/embed-view';
import { HandOff } from './hand-off';

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
        <>
          <EmbedView dataset={dataset} state={state} />
          <HandOff />
        </>
      )}
    </div>
  );
}
