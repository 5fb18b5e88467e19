import type { Figure, Indicator, Source } from './dataset-schema';
import { paceModelFor, rateBetween, requiredRate, type PaceModel, type PacePoint } from './pace';
import { deadlineEnd, isPartialSpan, periodEnd } from './periods';
import { outOfScope } from './localized';
import { centralValue, currentGoal, latestActual, type IndicatorFigures } from './series';

/**
 * How a goal is judged (quoted in the README). Rules apply in this order:
 *
 * 1. no-data / 'no-goal' or 'no-actual': nothing to compare.
 * 2. met / 'latest-meets-goal': the latest actual (latestActual: full periods before part-year
 *    spans, primary before context) meets the goal: ≥ for higher-is-better, ≤ for lower-is-better
 *    (transit days). A range meets it only if the whole range does; an "at least" figure counts as
 *    its stated value. A range goal is met at its nearer end. Capacity figures are judged the same.
 * 3. no-deadline / 'no-deadline': not met and the goal states no year. Vague horizons ("medium
 *    term", "not stated") are a status of their own; no year is ever guessed.
 * 4. off-track / 'deadline-passed-not-met': the deadline period is over on `asOf` ("2023-12" is
 *    over from 2024-01-01, "2023" from 2024-01-01) and the goal is not met.
 * 5. off-track / 'no-time-left': the latest comparable actual already sits at or after the
 *    deadline on the time axis, so no pace can close the gap.
 * 6. no-data / 'no-comparable-pair' or 'no-required-pace': fewer than two comparable actuals, so
 *    the achieved pace is unknown (being behind is never assumed), or the required pace cannot be
 *    computed. Comparable actuals are dated full-period figures (part-year spans such as
 *    "2022-01/2022-10" are skipped), one per period (primary first, then the latest stated),
 *    placed at their central value.
 * 7. Otherwise the achieved pace (earliest → latest comparable actual) is compared with the pace
 *    required from the latest comparable actual to the deadline, both measured toward the goal:
 *    on-track / 'fast-enough' if achieved ≥ required; behind / 'slower-than-required' if moving
 *    the right way at ≥ half the required pace; off-track / 'too-slow' or 'wrong-direction'
 *    otherwise. Pace is compound (growth per year), linear (days per year) for transit days.
 *
 * `remaining` is how far the latest actual still is from the goal in indicator units, positive
 * while short of it (for a range, from its worse end); `progress` is the share of the way from the
 * earliest comparable actual (baseline) to the goal covered by the latest one (null without two).
 */
export type GoalStatus = 'met' | 'on-track' | 'behind' | 'off-track' | 'no-deadline' | 'no-data';

export type GoalReason =
  | 'no-goal'
  | 'no-actual'
  | 'latest-meets-goal'
  | 'no-deadline'
  | 'deadline-passed-not-met'
  | 'no-time-left'
  | 'no-comparable-pair'
  | 'no-required-pace'
  | 'fast-enough'
  | 'slower-than-required'
  | 'too-slow'
  | 'wrong-direction';

/** A point on the time axis with the figure it came from. */
export interface AnchoredPoint extends PacePoint {
  figure: Figure;
}

export interface AchievedPace {
  rate: number;
  from: AnchoredPoint;
  to: AnchoredPoint;
}

export interface GoalAssessment {
  status: GoalStatus;
  goal: Figure | null;
  latest: Figure | null;
  progress: number | null;
  remaining: number | null;
  pace: { achieved: AchievedPace | null; required: { rate: number } | null; model: PaceModel };
  reasonKey: GoalReason;
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
  const baseline = points[0];
  const progress =
    baseline && base && baseline !== base && target !== null && target !== baseline.value
      ? (base.value - baseline.value) / (target - baseline.value)
      : null;
  const result = (status: GoalStatus, reasonKey: GoalReason): GoalAssessment => ({
    status,
    goal,
    latest,
    progress,
    remaining,
    pace: { achieved, required: reqRate === null ? null : { rate: reqRate }, model },
    reasonKey,
  });

  if (!goal || target === null) return result('no-data', 'no-goal');
  if (!latest || remaining === null) return result('no-data', 'no-actual');
  if (remaining <= EPS) return result('met', 'latest-meets-goal');
  if (!goal.deadline || deadlineYear === null) return result('no-deadline', 'no-deadline');
  if (deadlinePassed(goal.deadline, asOf)) return result('off-track', 'deadline-passed-not-met');
  if (base && deadlineYear <= base.year) return result('off-track', 'no-time-left');
  if (!achieved) return result('no-data', 'no-comparable-pair');
  if (reqRate === null) return result('no-data', 'no-required-pace');
  const got = sign(better) * achieved.rate;
  const need = sign(better) * reqRate;
  if (got >= need - EPS) return result('on-track', 'fast-enough');
  if (got > 0 && got >= 0.5 * need - EPS) return result('behind', 'slower-than-required');
  return result('off-track', got > 0 ? 'too-slow' : 'wrong-direction');
}
