import type { Indicator } from './dataset-schema';

/**
 * Pace arithmetic on a decimal-year axis (2023-09 → 2023.667, see periods.ts).
 *
 * - compound: a rate r is growth per year, value(t) = v0 · (1 + r)^(t − t0). Needs positive values.
 * - linear: a rate r is indicator units per year, value(t) = v0 + r · (t − t0). Used for transit
 *   times in days, where "days cut per year" is the natural reading (a 53 → 19 day cut is not
 *   a percentage that compounds).
 *
 * Every function returns null instead of NaN or ±Infinity: non-finite inputs, a zero or negative
 * time span, non-positive values under the compound model and a pace that never arrives all
 * give null.
 */
export type PaceModel = 'compound' | 'linear';

/** A value at a decimal year. */
export interface PacePoint {
  year: number;
  value: number;
}

/** A value interval [low, high] at a decimal year (a range such as 19–23 days). */
export interface RangePoint {
  year: number;
  low: number;
  high: number;
}

/** The slowest and fastest rate an interval allows. */
export type RateRange = readonly [min: number, max: number];

const finite = (...xs: number[]): boolean => xs.every((x) => Number.isFinite(x));
const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Lower-is-better indicators in days move linearly (days cut per year); everything else compounds. */
export function paceModelFor(indicator: Pick<Indicator, 'better' | 'unit'>): PaceModel {
  return indicator.better === 'lower' && indicator.unit === 'days' ? 'linear' : 'compound';
}

/** The pace between two points: CAGR (0.1 = +10 %/yr) or units per year (−2 = two days cut a year). */
export function rateBetween(from: PacePoint, to: PacePoint, model: PaceModel): number | null {
  if (!finite(from.year, from.value, to.year, to.value)) return null;
  const span = to.year - from.year;
  if (span <= 0) return null;
  if (model === 'linear') return orNull((to.value - from.value) / span);
  if (from.value <= 0 || to.value <= 0) return null;
  return orNull(Math.pow(to.value / from.value, 1 / span) - 1);
}

/** The pace needed to go from `base` to `goal` by `deadlineYear`. */
export function requiredRate(base: PacePoint, goal: number, deadlineYear: number, model: PaceModel): number | null {
  return rateBetween(base, { year: deadlineYear, value: goal }, model);
}

/** The value reached at `year` when moving from `base` at `rate` (the year may be before the base). */
export function valueAt(base: PacePoint, rate: number, year: number, model: PaceModel): number | null {
  if (!finite(base.year, base.value, rate, year)) return null;
  const t = year - base.year;
  if (model === 'linear') return orNull(base.value + rate * t);
  if (base.value <= 0 || rate <= -1) return null;
  return orNull(base.value * Math.pow(1 + rate, t));
}

/**
 * The decimal year when `goal` is reached from `base` at `rate`: the base year if the goal is the
 * base value, null if the rate is zero or heads away from the goal.
 */
export function yearReached(base: PacePoint, goal: number, rate: number, model: PaceModel): number | null {
  if (!finite(base.year, base.value, goal, rate)) return null;
  if (goal === base.value) return base.year;
  if (rate === 0) return null;
  let t: number;
  if (model === 'linear') t = (goal - base.value) / rate;
  else {
    if (base.value <= 0 || goal <= 0 || rate <= -1) return null;
    t = Math.log(goal / base.value) / Math.log(1 + rate);
  }
  if (!Number.isFinite(t) || t < 0) return null;
  return orNull(base.year + t);
}

/**
 * Points from `base` at `rate` up to `untilYear`: the base, every whole year after it, and the end.
 * Stops before a value would become non-positive (a transit time of 0 days is not a projection).
 * Null when the end is not after the base or the first step cannot be computed.
 */
export function projectPoints(base: PacePoint, rate: number, untilYear: number, model: PaceModel): PacePoint[] | null {
  if (!finite(base.year, base.value, rate, untilYear) || untilYear <= base.year) return null;
  const years: number[] = [base.year];
  for (let y = Math.floor(base.year) + 1; y < untilYear; y++) years.push(y);
  years.push(untilYear);
  const points: PacePoint[] = [];
  for (const year of years) {
    const value = valueAt(base, rate, year, model);
    if (value === null || value <= 0) break;
    points.push({ year, value });
  }
  return points.length >= 2 ? points : null;
}

function ordered(a: number | null, b: number | null): RateRange | null {
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

/**
 * The slowest and fastest pace between two intervals. The rate rises with the end value and falls
 * with the start value in both models, so the slowest runs high → low and the fastest low → high.
 */
export function rateRangeBetween(from: RangePoint, to: RangePoint, model: PaceModel): RateRange | null {
  if (from.low > from.high || to.low > to.high) return null;
  const slowest = rateBetween({ year: from.year, value: from.high }, { year: to.year, value: to.low }, model);
  const fastest = rateBetween({ year: from.year, value: from.low }, { year: to.year, value: to.high }, model);
  return ordered(slowest, fastest);
}

/** The [min, max] pace needed to reach `goal` by `deadlineYear` from anywhere in the base interval. */
export function requiredRateRange(
  base: RangePoint,
  goal: number,
  deadlineYear: number,
  model: PaceModel,
): RateRange | null {
  return rateRangeBetween(base, { year: deadlineYear, low: goal, high: goal }, model);
}
