import type { Figure, Indicator, Source } from './dataset-schema';
import { assumedDeadlines, type AssumedDeadlines } from './horizons';
import { outOfScope } from './localized';
import { paceModelFor, rateBetween, requiredRate, type PaceModel, type PacePoint } from './pace';
import { deadlineEnd, isPartialSpan, periodEnd } from './periods';
import { centralValue, currentGoal, latestActual, type IndicatorFigures } from './series';

/**
 * How a goal is judged (as docs/statuses.md states it). Rules apply in this order; a verdict is never
 * stronger than the figures: "Missed" and "Behind" always rest on a figure that shows them.
 *
 * 1. no-goal: the indicator states no goal.
 * 2. not-enough / 'no-actual': no dated figure of the indicator's own scope to compare with.
 * 3. met / 'latest-meets-goal': the latest figure (latestActual: full periods before part-year
 *    spans, the indicator's own scope, primary before context) meets the goal: ≥ for
 *    higher-is-better, ≤ for lower-is-better (transit days). A range meets it only if the whole
 *    range does; an "over" figure counts as its stated value.
 * 4. A goal with a deadline whose deadline is over on `asOf` ("2023-12" from 2024-01-01):
 *    missed / 'figure-after-deadline-misses' when a figure dated at or after the deadline misses
 *    it; no-figure-since-deadline / 'deadline-passed-no-figure' when every known figure comes
 *    before the deadline: nobody has said whether it was met, so Goalpost does not either.
 * 5. A goal with a deadline still ahead: not-enough / 'no-comparable-pair' with fewer than two
 *    comparable figures (the pace so far is unknown; being behind is never assumed); else the pace
 *    so far (earliest → latest comparable figure) against the pace needed from the latest
 *    comparable figure to the deadline: on-track / 'fast-enough' if at least as fast, else
 *    behind / 'slower-than-required' (moving toward the goal) or 'wrong-direction'.
 * 6. no-date / 'no-date': the goal names no year ("medium term"). It gets a conditional verdict
 *    (`conditional`): the horizon read as a range of years (horizons.ts), the pace needed for each
 *    year of it, and the first year from which the pace so far would be enough. Always marked as a
 *    reading, never as a stated year.
 *
 * Comparable figures are dated full-period figures of the indicator's own scope and of the same
 * kind of period as the latest one, one per period (primary first, then the latest stated), at
 * their central value. Pace is compound yearly growth, or days cut per year for transit times.
 *
 * `remaining` is how far the latest figure still is from the goal in indicator units, positive while
 * short of it (for a range, from its worse end). `progress` is, for a goal to rise, the latest figure
 * as a share of the goal, from zero (11.5 of 20 is 0.575); null for a goal to fall (days), where the
 * distance still to cut (`remaining`) says it.
 */
export type GoalStatus =
  'met' | 'on-track' | 'behind' | 'missed' | 'no-figure-since-deadline' | 'no-date' | 'no-goal' | 'not-enough';

export type GoalReason =
  | 'no-goal'
  | 'no-actual'
  | 'latest-meets-goal'
  | 'figure-after-deadline-misses'
  | 'deadline-passed-no-figure'
  | 'no-comparable-pair'
  | 'no-required-pace'
  | 'fast-enough'
  | 'slower-than-required'
  | 'wrong-direction'
  | 'no-date';

/** A point on the time axis with the figure it came from. */
export interface AnchoredPoint extends PacePoint {
  figure: Figure;
}

export interface AchievedPace {
  rate: number;
  from: AnchoredPoint;
  to: AnchoredPoint;
}

/** What a goal with no year needs under each reading of its horizon (see horizons.ts). */
export interface ConditionalVerdict {
  /** the horizon read as deadline years (calendar years), and the key of the reason */
  reading: AssumedDeadlines;
  /** where the pace needed is measured from: the latest comparable figure (or the latest figure) */
  base: AnchoredPoint;
  /** the pace needed to arrive by the end of each year of the reading, first to last */
  required: { year: number; rate: number }[];
  /** the first year of the reading by which the pace so far arrives in time; null if none, or no pace */
  onTrackFrom: number | null;
}

export interface GoalAssessment {
  status: GoalStatus;
  goal: Figure | null;
  latest: Figure | null;
  progress: number | null;
  remaining: number | null;
  pace: { achieved: AchievedPace | null; required: { rate: number } | null; model: PaceModel };
  reasonKey: GoalReason;
  conditional: ConditionalVerdict | null;
}

const EPS = 1e-9;
const sign = (better: Indicator['better']): 1 | -1 => (better === 'higher' ? 1 : -1);

/** The number a goal asks for: its value, or for a range goal the nearer end (low if higher is better). */
export function goalTarget(goal: Figure, better: Indicator['better']): number | null {
  if (goal.value !== null) return goal.value;
  const end = better === 'higher' ? goal.low : goal.high;
  return end ?? null;
}

/** The end of a figure that must meet the goal: the whole range must, so the worse end. */
export function worseEnd(f: Figure, better: Indicator['better']): number | null {
  if (f.value !== null) return f.value;
  const end = better === 'higher' ? f.low : f.high;
  return end ?? null;
}

/** True when a deadline (YYYY or YYYY-MM) is over on `asOf` (YYYY-MM-DD). */
export function deadlinePassed(deadline: string, asOf: string): boolean {
  return asOf.slice(0, deadline.length) > deadline;
}

/**
 * Dated full-period actuals (or capacities) that a pace may join: of the indicator's own scope,
 * of the same kind of period as the latest figure (calendar years with calendar years, figures
 * as of a month with their like), one per period, at their central values, oldest first.
 */
export function comparableActuals(figs: IndicatorFigures, sources: Map<string, Source>): AnchoredPoint[] {
  const rank = (f: Figure) => (sources.get(f.source)?.tier === 'primary' ? 1 : 0);
  const stated = (f: Figure) => sources.get(f.source)?.eventDate ?? '';
  const kind = latestActual(figs, sources)?.periodKind;
  const best = new Map<number, AnchoredPoint>();
  for (const figure of figs.dated) {
    const year = periodEnd(figure.period);
    const value = centralValue(figure);
    if (year === null || value === null || isPartialSpan(figure.period)) continue;
    if (outOfScope(figure) || figure.periodKind !== kind) continue;
    const held = best.get(year)?.figure;
    const wins =
      !held || rank(figure) - rank(held) > 0 || (rank(figure) === rank(held) && stated(figure) > stated(held));
    if (wins) best.set(year, { year, value, figure });
  }
  return [...best.values()].sort((a, b) => a.year - b.year);
}

/** A figure as a point on the time axis at its central value (null when it has no period or value). */
function anchorOf(figure: Figure): AnchoredPoint | null {
  const year = periodEnd(figure.period);
  const value = centralValue(figure);
  return year === null || value === null ? null : { year, value, figure };
}

/**
 * A goal with no year, read with the documented readings of its horizon: the pace needed to arrive
 * by the end of each year of the reading, and the first such year the pace so far would make.
 */
export function conditionalVerdict(
  goal: Figure,
  target: number,
  base: AnchoredPoint,
  achieved: AchievedPace | null,
  model: PaceModel,
  better: Indicator['better'],
  stated: string,
): ConditionalVerdict {
  const reading = assumedDeadlines(goal.horizon ?? null, Number(stated.slice(0, 4)));
  const required: { year: number; rate: number }[] = [];
  for (let year = reading.from; year <= reading.to; year++) {
    const rate = requiredRate(base, target, year + 1, model);
    if (rate !== null) required.push({ year, rate });
  }
  const got = achieved ? sign(better) * achieved.rate : null;
  const first = got === null ? undefined : required.find((r) => got >= sign(better) * r.rate - EPS);
  return { reading, base, required, onTrackFrom: first?.year ?? null };
}

/** The pace between the earliest and the latest comparable actual, or null without two of them. */
export function achievedPace(points: AnchoredPoint[], model: PaceModel): AchievedPace | null {
  const from = points[0];
  const to = points[points.length - 1];
  if (!from || !to || from === to) return null;
  const rate = rateBetween(from, to, model);
  return rate === null ? null : { rate, from, to };
}

/** Judges one goal (by default the one in force) on `asOf`, an ISO date. */
export function assessGoal(
  figs: IndicatorFigures,
  sources: Map<string, Source>,
  asOf: string,
  goal: Figure | null = currentGoal(figs),
): GoalAssessment {
  const { better } = figs.indicator;
  const model = paceModelFor(figs.indicator);
  const latest = latestActual(figs, sources);
  const points = comparableActuals(figs, sources);
  const achieved = achievedPace(points, model);
  const base = points[points.length - 1];
  const target = goal ? goalTarget(goal, better) : null;
  const deadlineYear = goal?.deadline ? deadlineEnd(goal.deadline) : null;
  const reqRate =
    base && target !== null && deadlineYear !== null ? requiredRate(base, target, deadlineYear, model) : null;
  const worse = latest ? worseEnd(latest, better) : null;
  const remaining = target !== null && worse !== null ? (better === 'higher' ? target - worse : worse - target) : null;
  const progress = better === 'higher' && target !== null && target > 0 && worse !== null ? worse / target : null;
  const result = (status: GoalStatus, reasonKey: GoalReason): GoalAssessment => ({
    status,
    goal,
    latest,
    progress,
    remaining,
    pace: { achieved, required: reqRate === null ? null : { rate: reqRate }, model },
    reasonKey,
    conditional: null,
  });

  if (!goal || target === null) return result('no-goal', 'no-goal');
  if (!latest || remaining === null) return result('not-enough', 'no-actual');
  if (remaining <= EPS) return result('met', 'latest-meets-goal');
  if (!goal.deadline || deadlineYear === null) {
    const stated = sources.get(goal.source)?.eventDate;
    const latestPoint = anchorOf(latest);
    const from = base ?? latestPoint;
    return {
      ...result('no-date', 'no-date'),
      conditional: from && stated ? conditionalVerdict(goal, target, from, achieved, model, better, stated) : null,
    };
  }
  // a figure dated at or after the deadline that falls short shows the goal missed
  const latestAt = periodEnd(latest.period);
  if (latestAt !== null && latestAt >= deadlineYear - EPS) return result('missed', 'figure-after-deadline-misses');
  if (deadlinePassed(goal.deadline, asOf)) return result('no-figure-since-deadline', 'deadline-passed-no-figure');
  if (!achieved) return result('not-enough', 'no-comparable-pair');
  if (reqRate === null) return result('not-enough', 'no-required-pace');
  const got = sign(better) * achieved.rate;
  const need = sign(better) * reqRate;
  if (got >= need - EPS) return result('on-track', 'fast-enough');
  return result('behind', got > 0 ? 'slower-than-required' : 'wrong-direction');
}
