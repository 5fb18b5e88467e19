import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useLayoutEffect } from 'react';
import { datasetQueryOptions } from '../lib/dataset-query';
import { dropPrerender } from '../lib/prerender';

/**
 * The dataset at `url` (or only its `part`), for a shell (the app's or the embed's): the query, and a deferred copy to
 * render from (React renders the page in a transition, in slices that leave the main thread free,
 * while the prerendered view stays on screen). The prerendered view goes when the page replacing it
 * commits (`HandOff`), or here when the dataset failed and the page is its error.
 */
export function useDataset(url: string | null, part: string | null = null) {
  // null: the address is not known yet (a release waits for the list of releases)
  const query = useQuery({ ...datasetQueryOptions(url ?? '', part), enabled: url !== null });
  const loaded = useDeferredValue(query.data);
  const failed = query.isError;
  useLayoutEffect(() => {
    if (failed) dropPrerender();
  }, [failed]);
  return { query, loaded };
}
