import type { Source } from './dataset-schema';
import { assessGoal, goalTarget } from './goal-status';
import { projectPoints, yearReached, type PacePoint } from './pace';
import { deadlineEnd } from './periods';
import type { IndicatorFigures } from './series';

/** With no deadline, a projection stops where the goal is reached, but never more than this far out. */
export const MAX_PROJECTION_YEARS = 15;
/** With no deadline and a pace that never reaches the goal, a projection runs this far. */
export const NEVER_PROJECTION_YEARS = 5;
/** A pace resting on fewer years than this is shown but not carried past the next deadline or reading. */
export const SHORT_PACE_YEARS = 3;

/**
 * Where a projection of the achieved pace ends: `untilYear` if given; else the goal's deadline
 * (when it lies after the latest comparable actual); else the year the goal is reached at that pace,
 * at most MAX_PROJECTION_YEARS after the latest actual; else NEVER_PROJECTION_YEARS after it.
 */
export function projectionEndYear(
  base: PacePoint,
  rate: number,
  model: Parameters<typeof yearReached>[3],
  goal: { target: number | null; deadlineYear: number | null },
  untilYear?: number,
): number {
  if (untilYear !== undefined) return untilYear;
  if (goal.deadlineYear !== null && goal.deadlineYear > base.year) return goal.deadlineYear;
  const reached = goal.target === null ? null : yearReached(base, goal.target, rate, model);
  if (reached === null) return base.year + NEVER_PROJECTION_YEARS;
  return Math.min(reached, base.year + MAX_PROJECTION_YEARS);
}

/**
 * The achieved pace (earliest → latest comparable actual, as in assessGoal) carried forward from
 * the latest comparable actual: points for every whole year and the end year. Null when the pace
 * is unknown (fewer than two comparable actuals), the goal is already met, or the end is not after
 * the latest actual.
 */
export function historicalProjection(
  figs: IndicatorFigures,
  sources: Map<string, Source>,
  asOf: string,
  untilYear?: number,
): PacePoint[] | null {
  const assessment = assessGoal(figs, sources, asOf);
  const { achieved, model } = assessment.pace;
  // A goal already met is not being approached: there is nothing to project toward.
  if (!achieved || assessment.status === 'met') return null;
  const base: PacePoint = { year: achieved.to.year, value: achieved.to.value };
  const goal = assessment.goal;
  const target = goal ? goalTarget(goal, figs.indicator.better) : null;
  const deadlineYear = goal?.deadline ? deadlineEnd(goal.deadline) : null;
  let end = projectionEndYear(base, achieved.rate, model, { target, deadlineYear }, untilYear);
  // A pace from one or two years is a weak guide: it stops at the deadline, or at the end of the
  // first year a vague horizon is read as, rather than running on for a decade.
  const reading = assessment.conditional?.reading;
  if (untilYear === undefined && achieved.to.year - achieved.from.year < SHORT_PACE_YEARS) {
    const stop = deadlineYear ?? (reading ? reading.from + 1 : base.year + NEVER_PROJECTION_YEARS);
    if (stop > base.year) end = Math.min(end, stop);
  }
  return projectPoints(base, achieved.rate, end, model);
}
