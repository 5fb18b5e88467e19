import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { publishedRelease, type ReleaseInfo } from '../components/release-context';
import type { Notice } from '../components/url-notices';
import { datasetAsOf, firstStatement, withoutRetracted } from '../domain/as-of';
import { indicatorPartAddress, OVERVIEW_PART } from '../domain/dataset-parts';
import type { Dataset } from '../domain/dataset-schema';
import type { ReleaseEntry } from '../domain/releases';
import type { DatasetSource } from '../lib/dataset-source';
import { formatDate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { releaseFileUrl, releaseIndexQueryOptions } from '../lib/release-query';
import type { UrlState } from '../lib/url-state';
import { useDataset } from './use-dataset';

/** Which release a page shows, and the newest one (a pinned page says a newer one exists). */
export interface ReleaseView {
  shown: ReleaseEntry;
  latest: ReleaseEntry;
}

/**
 * The record a page shows: the live dataset, or a release (`release=`), without its retracted
 * figures, as it stood on a date (`asof=`). A release or date the record does not have gets a
 * notice and the live record, never an empty page.
 */
export function useRecord(state: UrlState, source: DatasetSource) {
  const { locale } = useI18n();
  const wantsRelease = state.release !== null && source.foreign === null;
  // the list of releases, for a pinned one (its file, and whether a newer one exists)
  const index = useQuery({ ...releaseIndexQueryOptions(), enabled: wantsRelease });
  const notices: Notice[] = [];
  let release: ReleaseView | null = null;
  let url: string | null = source.url;
  if (wantsRelease) {
    const list = index.data?.releases ?? [];
    const shown = list.find((r) => r.id === state.release);
    if (index.isPending) url = null;
    else if (shown) release = { shown, latest: list[list.length - 1]! };
    else notices.push({ key: 'notice.release-unknown', vars: { value: String(state.release) } });
    if (release) url = releaseFileUrl(release.shown);
  }
  // the published record's pages read only their part of it; a past view or a release reads the whole
  const part = !wantsRelease && source.foreign === null && state.asof === null ? partFor(state) : null;
  const { query, loaded } = useDataset(url, part);
  const base = loaded?.dataset;
  const shown = useMemo(() => (base ? timeView(base, state.asof) : null), [base, state.asof]);
  if (shown?.problem === 'early')
    notices.push({
      key: 'notice.asof-early',
      vars: { value: state.asof!, first: formatDate(locale, firstStatement(base!) ?? state.asof!) },
    });
  if (shown?.problem === 'late')
    notices.push({ key: 'notice.asof-late', vars: { value: state.asof!, latest: formatDate(locale, base!.updated) } });
  // the live record is the release the build published, named in the page (no request for it)
  const live = source.foreign === null ? publishedRelease() : null;
  const info: ReleaseInfo | null = release
    ? { shown: release.shown, latest: release.latest, pinned: true }
    : live && live.date === loaded?.dataset.updated
      ? { shown: live, latest: live, pinned: false }
      : null;
  const asof = shown?.asof ?? null;
  // one object while nothing changes, so the pages under its context do not render again for it
  const context = useMemo(() => ({ release: info, asof }), [info?.shown, info?.pinned, asof]); // eslint-disable-line react-hooks/exhaustive-deps
  return { query, loaded, dataset: shown?.dataset ?? null, asof, release, context, notices };
}

/** The part of the published dataset a page reads (dataset-parts.ts), or null for the whole. */
function partFor(state: UrlState): string | null {
  if (state.view === 'overview') return OVERVIEW_PART;
  if ((state.view === 'indicator' || state.view === 'scenario') && state.indicator)
    return indicatorPartAddress(state.indicator);
  return null;
}

/** The record shown for `asof`: retracted figures out; a date before the first statement or after the record's latest is refused. */
function timeView(d: Dataset, asof: string | null) {
  const live = withoutRetracted(d);
  if (asof === null || asof === live.updated) return { dataset: live, asof: null, problem: null };
  const first = firstStatement(live);
  if (first === null || asof < first) return { dataset: live, asof: null, problem: 'early' as const };
  if (asof > live.updated) return { dataset: live, asof: null, problem: 'late' as const };
  return { dataset: datasetAsOf(live, asof), asof, problem: null };
}
