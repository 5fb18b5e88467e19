import { withoutRetracted } from './as-of';
import type { Dataset, Figure, Localized } from './dataset-schema';
import type { GoalStatus } from './goal-status';
import { DEFAULT_VIEW_OPTIONS, indicatorView } from './indicator-view';
import { diffReleases, type RecordChange, type ReleaseEntry } from './releases';
import { sourceMap } from './series';

/**
 * What each release changed, for the "what changed" page and the feed: its record changes, and what
 * they did to the verdicts and the goals in force (each judged as the release stood on its date).
 * Built from the releases alone, newest first.
 */

export interface VerdictChange {
  indicator: string;
  /** null: the indicator is new in this release */
  from: GoalStatus | null;
  to: GoalStatus;
}

export interface GoalChange {
  indicator: string;
  from: Figure | null;
  to: Figure;
}

export interface ReleaseLogEntry {
  id: number;
  date: string;
  note: Localized;
  changes: RecordChange[];
  verdicts: VerdictChange[];
  goals: GoalChange[];
  /** the release's figures by id (corrected and added ones), for showing them in words */
  figures: Record<string, Figure>;
  /** how many figures, sources and indicators the release holds */
  totals: { figures: number; sources: number; indicators: number };
}

function judged(d: Dataset): Map<string, { status: GoalStatus; goal: Figure | null }> {
  const live = withoutRetracted(d);
  const sources = sourceMap(live);
  const out = new Map<string, { status: GoalStatus; goal: Figure | null }>();
  for (const i of live.indicators) {
    const v = indicatorView(live, i.id, DEFAULT_VIEW_OPTIONS, sources);
    if (v) out.set(i.id, { status: v.assessment.status, goal: v.assessment.goal });
  }
  return out;
}

/** What a goal asks for and by when: a new wording of its horizon does not move it. */
const goalTerms = (g: Figure | null) => (g ? JSON.stringify([g.id, g.value, g.low, g.high, g.deadline ?? null]) : null);

const EMPTY: Dataset = {
  schemaVersion: 2,
  title: '',
  updated: '0000-01-01',
  sources: [],
  indicators: [],
  figures: [],
};

/** The log of `releases` (oldest first, each with its dataset), newest first. */
export function releaseLog(releases: { entry: ReleaseEntry; dataset: Dataset }[]): ReleaseLogEntry[] {
  const log: ReleaseLogEntry[] = [];
  let prev = EMPTY;
  let before = new Map<string, { status: GoalStatus; goal: Figure | null }>();
  for (const { entry, dataset } of releases) {
    const { changes } = diffReleases(prev, dataset);
    const now = judged(dataset);
    const verdicts: VerdictChange[] = [];
    const goals: GoalChange[] = [];
    for (const [indicator, { status, goal }] of now) {
      const was = before.get(indicator);
      if (!was || was.status !== status) verdicts.push({ indicator, from: was?.status ?? null, to: status });
      if (goal && goalTerms(goal) !== goalTerms(was?.goal ?? null))
        goals.push({ indicator, from: was?.goal ?? null, to: goal });
    }
    const mentioned = new Set(changes.filter((c) => c.record === 'figure' && c.kind !== 'edited').map((c) => c.id));
    for (const g of goals) mentioned.add(g.to.id);
    log.push({
      id: entry.id,
      date: entry.date,
      note: entry.note,
      // an edit is named by its fields; their old and new wording stays in the releases themselves
      changes: changes.map((c) =>
        c.kind === 'edited' ? { ...c, fields: c.fields.map((f) => ({ field: f.field, old: null, new: null })) } : c,
      ),
      verdicts,
      goals,
      figures: Object.fromEntries(dataset.figures.filter((f) => mentioned.has(f.id)).map((f) => [f.id, f])),
      totals: {
        figures: withoutRetracted(dataset).figures.length,
        sources: dataset.sources.length,
        indicators: dataset.indicators.length,
      },
    });
    prev = dataset;
    before = now;
  }
  return log.reverse();
}
