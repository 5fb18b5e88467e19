import { useDeferredValue, useLayoutEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../lib/dataset-query';
import type { DatasetSource } from '../lib/dataset-source';
import { ForeignDatasetBanner } from '../components/foreign-dataset';
import { useI18n } from '../lib/i18n/i18n';
import { dropPrerender } from '../lib/prerender';
import type { UrlState } from '../lib/url-state';
import { DatasetErrorPanel } from '../components/dataset-error';
import { UrlNotices, type Notice } from '../components/url-notices';
import { EmbedView } from '../features/embed/embed-view';

/** Embed mode: only the chart, its title, source line and a link back; no navigation chrome. */
export function EmbedShell({
  state,
  notices,
  search,
  source,
}: {
  state: UrlState;
  notices: Notice[];
  search: string;
  source: DatasetSource;
}) {
  const { t } = useI18n();
  const query = useQuery(datasetQueryOptions(source.url));
  // rendered from a deferred copy: in a transition, in slices, while the prerendered chart stays up
  const loaded = useDeferredValue(query.data);
  const settled = loaded !== undefined || query.isError;
  useLayoutEffect(() => {
    if (settled) dropPrerender();
  }, [settled]);
  return (
    <div className="app app-embed">
      <UrlNotices key={search} notices={notices} />
      <ForeignDatasetBanner address={source.foreign} />
      {!loaded && !query.isError && (
        <p role="status" className="loading">
          {t('loading.dataset')}
        </p>
      )}
      {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {loaded && <EmbedView dataset={loaded.dataset} state={state} />}
    </div>
  );
}
