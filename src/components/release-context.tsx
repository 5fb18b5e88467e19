import { createContext, useContext } from 'react';

/** A release as a page names it: its number and date. */
export interface ReleaseName {
  id: number;
  date: string;
}

/**
 * The release a page shows (the pinned one, or the latest for the live record) and the newest:
 * "Cite this" names it and links to its pinned view, and the embed code can pin it. Null where it
 * is not known (another dataset, or the list of releases has not loaded).
 */
export interface ReleaseInfo {
  shown: ReleaseName;
  latest: ReleaseName;
  /** true when the page shows a release pinned by its link (`release=`) */
  pinned: boolean;
}

/** Which record the page shows: its release, and the date it is seen as of (null: today's). */
export interface RecordInfo {
  release: ReleaseInfo | null;
  asof: string | null;
}

export const RecordContext = createContext<RecordInfo>({ release: null, asof: null });

export const useRelease = () => useContext(RecordContext).release;

/**
 * The release the build published, as each page of the build names it in
 * <meta name="goalpost:release" content="<number> <date>"> (null in dev, or on a page without it):
 * the live record's release, known with no request.
 */
export function publishedRelease(): ReleaseName | null {
  if (typeof document === 'undefined') return null;
  const m = /^(\d+) (\d{4}-\d{2}-\d{2})$/.exec(
    document.querySelector('meta[name="goalpost:release"]')?.getAttribute('content') ?? '',
  );
  return m ? { id: Number(m[1]), date: m[2]! } : null;
}
export const useAsOf = () => useContext(RecordContext).asof;
