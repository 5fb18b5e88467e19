import type { Source } from './dataset-schema';
import { assessGoal, goalTarget } from './goal-status';
import { projectPoints, yearReached, type PacePoint } from './pace';
import { deadlineEnd } from './periods';
import type { IndicatorFigures } from './series';

/** With no deadline, a projection stops where the goal is reached, but never more than this far out. */
export const MAX_PROJECTION_YEARS = 15;
/** With no deadline and a pace that never reaches the goal, a projection runs this far. */
export const NEVER_PROJECTION_YEARS = 5;

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
  const end = projectionEndYear(base, achieved.rate, model, { target, deadlineYear }, untilYear);
  return projectPoints(base, achieved.rate, end, model);
}
