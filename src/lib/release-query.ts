import { queryOptions } from '@tanstack/react-query';
import type { ReleaseEntry, ReleaseIndex } from '../domain/releases';
import { fromAppRoot } from './app-folder';

/** The list of releases, beside the dataset in the app's folder: small, read only where a page needs it. */
export const RELEASE_INDEX_URL = 'data/releases/index.json';

/** A release's dataset file, relative to the app's folder. */
export const releaseFileUrl = (r: ReleaseEntry) => `data/releases/${r.file}`;

function isEntry(r: unknown): r is ReleaseEntry {
  const e = r as ReleaseEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    Number.isInteger(e.id) &&
    /^\d{4}-\d{2}-\d{2}$/.test(String(e.date)) &&
    /^[0-9]+\.json$/.test(String(e.file)) &&
    ['en', 'ru', 'kk'].every((l) => typeof e.note?.[l as 'en'] === 'string')
  );
}

async function fetchIndex(signal?: AbortSignal): Promise<ReleaseIndex> {
  const response = await fetch(fromAppRoot(RELEASE_INDEX_URL), { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${RELEASE_INDEX_URL}`);
  const data = (await response.json()) as { releases?: unknown };
  if (!Array.isArray(data.releases) || !data.releases.every(isEntry)) throw new Error('not a list of releases');
  return { releases: data.releases };
}

export const releaseIndexQueryOptions = () =>
  queryOptions({ queryKey: ['releases'], queryFn: ({ signal }) => fetchIndex(signal), staleTime: Infinity });
