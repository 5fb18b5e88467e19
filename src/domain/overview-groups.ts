import type { Grouping, OverviewRow } from './overview';
import type { Topic } from './topics';

/** The overview's groups and its filters' choices (loaded with the overview's tools, not with the page). */

export interface RowGroup {
  /** an area code, a topic, or '' for "all" */
  key: string;
  rows: OverviewRow[];
}

/**
 * The rows in groups: by the first of each indicator's areas (the one it is filed under; none:
 * key ''), largest group first, or by topic in a fixed order. `none`: one group of them all.
 */
export function groupRows(rows: readonly OverviewRow[], group: Grouping, topics: readonly Topic[]): RowGroup[] {
  if (group === 'none') return [{ key: '', rows: [...rows] }];
  const by = new Map<string, OverviewRow[]>();
  for (const r of rows) {
    const key = group === 'area' ? (r.indicator.countries[0] ?? '') : r.indicator.topic;
    by.set(key, [...(by.get(key) ?? []), r]);
  }
  const groups = [...by].map(([key, list]) => ({ key, rows: list }));
  if (group === 'topic') return groups.sort((a, b) => topics.indexOf(a.key as Topic) - topics.indexOf(b.key as Topic));
  // the unplaced last; else the largest first, then by code
  return groups.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') || b.rows.length - a.rows.length || a.key.localeCompare(b.key),
  );
}

/** The areas and speakers the dataset names, most used first: the filters' choices. */
export function filterChoices(rows: readonly OverviewRow[]): { areas: string[]; speakers: string[] } {
  const count = (keys: string[]) => {
    const n = new Map<string, number>();
    for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  };
  return {
    areas: count(rows.flatMap((r) => r.indicator.countries)),
    speakers: count(rows.flatMap((r) => r.speakers)),
  };
}
