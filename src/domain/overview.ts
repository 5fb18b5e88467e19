import type { Dataset, Indicator, Localized, Source, Topic } from './dataset-schema';
import { assessGoal, type GoalStatus } from './goal-status';
import { slug } from './ids';
import { figuresFor } from './series';

/**
 * The overview's rows and what a reader narrows them by: a search across the names in the three
 * languages, the verdict, the country, bloc or route, the topic and the speaker; and the grouping.
 * Pure: the overview page, its prerendering and the benchmark use the same functions.
 */

export const GROUPINGS = ['none', 'area', 'topic'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface OverviewFilter {
  /** words to find in a name, as typed */
  q: string | null;
  /** verdicts to show; empty: every verdict */
  verdict: GoalStatus[];
  /** a country, bloc or route code */
  area: string | null;
  topic: Topic | null;
  /** a speaker's id (`speakerId`) */
  speaker: string | null;
  group: Grouping;
}

export const NO_FILTER: OverviewFilter = {
  q: null,
  verdict: [],
  area: null,
  topic: null,
  speaker: null,
  group: 'none',
};

/** Whether a filter narrows anything (the grouping alone does not). */
export const isFiltered = (f: OverviewFilter) =>
  Boolean(f.q?.trim()) || f.verdict.length > 0 || f.area !== null || f.topic !== null || f.speaker !== null;

export interface OverviewRow {
  indicator: Indicator;
  status: GoalStatus;
  /** the speakers of its figures, by id */
  speakers: string[];
  /** its names in the three languages, folded for search */
  text: string;
}

/**
 * Text as a search compares it: lower case, "ё" as "е", and Kazakh letters as the Russian letters a
 * reader types for them on a Russian keyboard ("казакстан" finds «Қазақстан», "озбек" «Өзбекстан»).
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/gu, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** A speaker's id: their English name as letters and hyphens ("kassym-jomart-tokayev"). */
export function speakerId(name: Localized): string {
  return slug(name.en);
}

export function overviewRows(ds: Dataset, sources: Map<string, Source>): OverviewRow[] {
  const speakersBy = new Map<string, Set<string>>();
  for (const f of ds.figures) {
    const speaker = sources.get(f.source)?.speaker;
    if (!speaker) continue;
    const set = speakersBy.get(f.indicator) ?? new Set<string>();
    set.add(speakerId(speaker));
    speakersBy.set(f.indicator, set);
  }
  return ds.indicators.flatMap((indicator) => {
    const figs = figuresFor(ds, indicator.id);
    if (!figs) return [];
    return [
      {
        indicator,
        status: assessGoal(figs, sources, ds.updated).status,
        speakers: [...(speakersBy.get(indicator.id) ?? [])],
        text: foldForSearch(`${indicator.name.en} ${indicator.name.ru} ${indicator.name.kk}`),
      },
    ];
  });
}

/** Every word typed is found at the start of a word of a name ("uzbe" finds "Uzbekistan"). */
export function matchesQuery(row: OverviewRow, q: string | null): boolean {
  const words = foldForSearch(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (!words.length) return true;
  const names = ` ${row.text}`;
  return words.every((w) => names.includes(` ${w}`));
}

export function matches(row: OverviewRow, f: OverviewFilter, except?: 'verdict'): boolean {
  return (
    matchesQuery(row, f.q) &&
    (except === 'verdict' || !f.verdict.length || f.verdict.includes(row.status)) &&
    (f.area === null || row.indicator.countries.includes(f.area)) &&
    (f.topic === null || row.indicator.topic === f.topic) &&
    (f.speaker === null || row.speakers.includes(f.speaker))
  );
}

/**
 * How many indicators have each verdict, among those the other filters leave: the tally at the top,
 * which is also the verdict filter (so it never counts away what it would show).
 */
export function tally(rows: readonly OverviewRow[], f: OverviewFilter): Map<GoalStatus, number> {
  const out = new Map<GoalStatus, number>();
  for (const r of rows) if (matches(r, f, 'verdict')) out.set(r.status, (out.get(r.status) ?? 0) + 1);
  return out;
}
