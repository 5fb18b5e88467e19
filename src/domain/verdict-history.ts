import { datasetAsOf } from './as-of';
import type { Dataset, Figure, Source } from './dataset-schema';
import { assessGoal, type GoalStatus } from './goal-status';
import { currentGoal, figuresFor, goalMove, sourceMap } from './series';

/**
 * An indicator's verdict through time: every change of verdict and of goal, with what caused it.
 * Computed from the record itself: on each day something about the indicator was said (and on the
 * day after each deadline), the verdict is judged from what had been said by then.
 */

export type GoalEvent = 'stated' | 'raised' | 'lowered' | 'restated' | 'changed' | null;

export interface HistoryEvent {
  /** YYYY-MM-DD */
  date: string;
  /** the statements made that day about the indicator (none: a deadline passed) */
  statements: { figure: Figure; source: Source }[];
  /** the deadline that passed that day, when that is what changed the verdict */
  deadlinePassed: string | null;
  status: GoalStatus;
  /** the verdict before (null: the first) */
  previous: GoalStatus | null;
  goal: Figure | null;
  /** what happened to the goal in force that day */
  goalEvent: GoalEvent;
}

/** The day after a deadline (YYYY or YYYY-MM) ends: when a verdict may first say it has passed. */
export function dayAfter(deadline: string): string {
  if (/^\d{4}$/.test(deadline)) return `${Number(deadline) + 1}-01-01`;
  const [y, m] = deadline.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function goalEventOf(before: Figure | null, after: Figure | null): GoalEvent {
  if (!after || before?.id === after.id) return null;
  if (!before) return 'stated';
  const move = goalMove(before, after);
  if (move === 'raised' || move === 'lowered') return move;
  const sameTerms = before.deadline === after.deadline && before.horizon?.en === after.horizon?.en;
  return move === 'same' && sameTerms ? 'restated' : 'changed';
}

export function verdictHistory(dataset: Dataset, indicatorId: string): HistoryEvent[] {
  const all = figuresFor(dataset, indicatorId);
  if (!all) return [];
  const sources = sourceMap(dataset);
  const mine = dataset.figures.filter((f) => f.indicator === indicatorId);
  const said = mine.map((f) => sources.get(f.source)?.eventDate).filter((d): d is string => !!d);
  const deadlines = all.goals.flatMap((g) => (g.deadline ? [dayAfter(g.deadline)] : []));
  const days = [...new Set([...said, ...deadlines])].filter((d) => d <= dataset.updated).sort();
  const events: HistoryEvent[] = [];
  let previous: { status: GoalStatus; goal: Figure | null } | null = null;
  for (const day of days) {
    const then = datasetAsOf(dataset, day);
    const figs = figuresFor(then, indicatorId);
    if (!figs) continue;
    const thenSources = sourceMap(then);
    const a = assessGoal(figs, thenSources, day);
    const goal = currentGoal(figs);
    const goalEvent = goalEventOf(previous?.goal ?? null, goal);
    const statements = mine
      .filter((f) => thenSources.get(f.source)?.eventDate === day)
      .map((f) => ({ figure: f, source: thenSources.get(f.source)! }));
    const passed = previous?.goal?.deadline && dayAfter(previous.goal.deadline) === day ? previous.goal.deadline : null;
    if (!previous || previous.status !== a.status || goalEvent)
      events.push({
        date: day,
        statements,
        deadlinePassed: statements.length ? null : passed,
        status: a.status,
        previous: previous?.status ?? null,
        goal,
        goalEvent,
      });
    previous = { status: a.status, goal };
  }
  return events;
}
