import { queryOptions } from '@tanstack/react-query';
import type { ReleaseLogEntry } from '../domain/release-log';
import { fromAppRoot } from './app-folder';

/** What each release changed, made by the build from the releases (scripts/build/releases.ts). */
export const CHANGES_URL = 'data/changes.json';

export const changesQueryOptions = () =>
  queryOptions({
    queryKey: ['changes'],
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<ReleaseLogEntry[]> => {
      const response = await fetch(fromAppRoot(CHANGES_URL), { signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${CHANGES_URL}`);
      const data = (await response.json()) as { releases?: unknown };
      if (!Array.isArray(data.releases)) throw new Error('not a log of releases');
      return data.releases as ReleaseLogEntry[];
    },
  });
