import { useDeferredValue, useLayoutEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../lib/dataset-query';
import { dropPrerender } from '../lib/prerender';

/**
 * The dataset at `url`, for a shell (the app's or the embed's): the query, a deferred copy to render
 * from (React renders the page in a transition, in slices that leave the main thread free, while the
 * prerendered view stays on screen), and the hand-off: the prerendered view goes once the data (or
 * its error) is there to replace it.
 */
export function useDataset(url: string) {
  const query = useQuery(datasetQueryOptions(url));
  const loaded = useDeferredValue(query.data);
  const settled = loaded !== undefined || query.isError;
  useLayoutEffect(() => {
    if (settled) dropPrerender();
  }, [settled]);
  return { query, loaded };
}
