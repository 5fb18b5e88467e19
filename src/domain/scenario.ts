import { figureInterval } from './claim-check';
import type { Figure, Indicator } from './dataset-schema';
import { projectPoints, rateRangeBetween, requiredRateRange, valueAt, yearReached } from './pace';
import type { PaceModel, PacePoint, RangePoint, RateRange } from './pace';
import { isPartialSpan, periodEnd } from './periods';

/**
 * The scenario explorer's arithmetic: "what pace does the goal take, and where does a pace lead?".
 * Built on pace.ts (decimal years, compound or linear pace) and, like it, returns null instead of
 * NaN or ±Infinity.
 *
 * Rates are stored as pace.ts reads them: compound = fraction per year (0.05), linear = indicator
 * units per year. Sign convention (both models, stored and shown): the sign is the direction the
 * indicator moves. +5 is 5 % growth a year, −2 is two days cut a year from a transit time. For a
 * lower-is-better linear indicator (transit days) a positive rate adds days every year and never
 * reaches a lower goal; validateRateInput rejects it as 'wrong-direction' so the UI can ask for
 * "−2" instead of silently drawing the opposite of what a student meant. A negative growth rate
 * is accepted: trade falling is a real scenario (it fell 11.2 % in 2020).
 */

/** A named pace to try: compound = fraction per year (0.05), linear = units per year (−2 = cut). */
export type Scenario = { name: string; rate: number };
/** Where a scenario starts: a value, or an interval (a range, an approximate value) at a decimal year. */
export type ScenarioBase = PacePoint | RangePoint;
/**
 * First and last deadline year considered (equal for a stated deadline), as calendar years: "by
 * 2030" is reached when the figure for 2030 meets the goal, so the deadline's position on the time
 * axis is the end of that year (`endOfYear`), like every figure's (see periods.ts).
 */
export type DeadlineRange = { from: number; to: number };

/** Where a deadline year sits on the time axis: its end (2030 → 2031.0). */
export const endOfYear = (year: number): number => year + 1;
type Better = Indicator['better'];

/** How far ahead a scenario looks for the goal before saying "not within N years". */
export const DEFAULT_HORIZON_YEARS = 30;

export interface ScenarioInput {
  base: ScenarioBase;
  goal: number;
  rate: number;
  model: PaceModel;
  deadline: DeadlineRange;
  horizonYears?: number;
  /** when given, a base already at or past the goal counts as reached in the base year */
  better?: Better;
}

export interface ScenarioResult {
  /** from the base (central value of a range) to max(deadline.to, reachedYear); at least the base */
  path: PacePoint[];
  /** decimal year the central value reaches the goal, null if not within horizonYears */
  reachedYear: number | null;
  /** for an interval base: earliest and latest year its ends reach the goal (both within the horizon) */
  reachedRange?: [number, number];
  /** horizonYears when the goal is not reached within it, else null */
  notWithin: number | null;
  /** projected central value at each deadline; null before the base or at a non-positive value */
  valueAtDeadline: { from: number | null; to: number | null };
}

const finite = (...xs: number[]) => xs.every((x) => Number.isFinite(x));
const asRange = (b: ScenarioBase): RangePoint =>
  'value' in b ? { year: b.year, low: b.value, high: b.value } : { year: b.year, low: b.low, high: b.high };

/** A figure as a scenario base: its period end and interval (a range or approx value carried). */
export function baseFromFigure(f: Figure): ScenarioBase | null {
  const year = periodEnd(f.period);
  const interval = figureInterval(f);
  if (year === null || !interval) return null;
  return interval.low === interval.high ? { year, value: interval.low } : { year, ...interval };
}

function reach(from: PacePoint, goal: number, rate: number, model: PaceModel, limit: number, better?: Better) {
  const met = better === 'higher' ? from.value >= goal : better === 'lower' ? from.value <= goal : false;
  const year = met ? from.year : yearReached(from, goal, rate, model);
  return year !== null && year <= limit ? year : null;
}

/**
 * Projects `base` at `rate`: the path, when the goal is reached (within `horizonYears`, default
 * 30) and the value at both ends of the deadline range. An interval base is projected from its
 * centre; `reachedRange` gives the years its low and high ends reach the goal. Null for inputs
 * the model cannot project (non-finite numbers, low > high, a non-positive value or goal or a rate
 * of −100 % or less under the compound model).
 */
export function evaluateScenario(input: ScenarioInput): ScenarioResult | null {
  const { goal, rate, model, better, horizonYears = DEFAULT_HORIZON_YEARS } = input;
  const { year, low, high } = asRange(input.base);
  const from = endOfYear(Math.min(input.deadline.from, input.deadline.to));
  const to = endOfYear(Math.max(input.deadline.from, input.deadline.to));
  if (!finite(year, low, high, goal, rate, from, to, horizonYears) || low > high || horizonYears < 0) return null;
  if (model === 'compound' && (low <= 0 || goal <= 0 || rate <= -1)) return null;
  const start: PacePoint = { year, value: 'value' in input.base ? input.base.value : (low + high) / 2 };
  const limit = year + horizonYears;
  const reachedYear = reach(start, goal, rate, model, limit, better);
  const [a, b] = [low, high].map((value) => reach({ year, value }, goal, rate, model, limit, better));
  const reachedRange: [number, number] | undefined =
    'value' in input.base || a == null || b == null ? undefined : [Math.min(a, b), Math.max(a, b)];
  const at = (y: number) => {
    const v = y < year ? null : valueAt(start, rate, y, model);
    return v !== null && v > 0 ? v : null;
  };
  return {
    path: projectPoints(start, rate, Math.max(to, reachedYear ?? to), model) ?? [start],
    reachedYear,
    ...(reachedRange ? { reachedRange } : {}),
    notWithin: reachedYear === null ? horizonYears : null,
    valueAtDeadline: { from: at(from), to: at(to) },
  };
}

function band(base: ScenarioBase, goal: number, model: PaceModel, deadline: DeadlineRange): RateRange | null {
  const range = asRange(base);
  const first = requiredRateRange(range, goal, endOfYear(deadline.from), model);
  const last = requiredRateRange(range, goal, endOfYear(deadline.to), model);
  if (!first || !last) return null;
  return [Math.min(first[0], last[0]), Math.max(first[1], last[1])];
}

/**
 * The band of rates that reaches `goal` by the deadline range, from the base and from the latest
 * figure: [slowest, fastest] over both deadline ends and both ends of an interval (the required
 * rate is monotone in each, so the corners bound it). Null when a deadline is not after the start
 * or the model cannot compute it (see requiredRateRange).
 */
export function requiredRates(input: {
  base: ScenarioBase;
  latest?: ScenarioBase | null;
  goal: number;
  model: PaceModel;
  deadline: DeadlineRange;
}): { fromBase: RateRange | null; fromLatest: RateRange | null } {
  const { goal, model, deadline } = input;
  return {
    fromBase: band(input.base, goal, model, deadline),
    fromLatest: input.latest ? band(input.latest, goal, model, deadline) : null,
  };
}

/**
 * The pace between two figures as [slowest, fastest], oldest first whatever the argument order,
 * carrying ranges and approximate values through (figureInterval; an "at least" figure counts as
 * its stated value). Null if either is undated, both end at the same time, only one is a part-year
 * span (January–October is not comparable with a full year), or the model cannot compute it.
 */
export function historicalRate(a: Figure, b: Figure, model: PaceModel): RateRange | null {
  const ya = periodEnd(a.period);
  const yb = periodEnd(b.period);
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  if (ya === null || yb === null || ya === yb || !ia || !ib) return null;
  if (isPartialSpan(a.period) !== isPartialSpan(b.period)) return null;
  const pa: RangePoint = { year: ya, ...ia };
  const pb: RangePoint = { year: yb, ...ib };
  return ya < yb ? rateRangeBetween(pa, pb, model) : rateRangeBetween(pb, pa, model);
}

/** 12 significant digits: enough for any typed rate, and drops float noise (7.000000000000001 → 7). */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * A rate as the UI shows it: compound → percent a year (0.05 → 5), linear → units a year
 * (unchanged). The percent is rounded to 12 significant digits, so a rate typed with up to 12
 * digits round-trips exactly through displayToRate.
 */
export function rateToDisplay(rate: number, model: PaceModel): number {
  return model === 'compound' ? clean(rate * 100) : rate;
}

/** A shown rate back to a stored one: compound → percent / 100, rounded to 12 significant digits. */
export function displayToRate(display: number, model: PaceModel): number {
  return model === 'compound' ? clean(display / 100) : display;
}

export type RateInputReason = 'empty' | 'not-a-number' | 'too-high' | 'too-low' | 'wrong-direction';
export type RateInput = { ok: true; rate: number } | { ok: false; reasonKey: RateInputReason };

/** What the URL keeps (url-scenario.ts): an optional sign, digits, at most 8 decimals after . or ,. */
const NUMBER = /^[+-]?\d+(?:[.,]\d{1,8})?$/;

/**
 * Reads a typed rate in display units: "5", "5.25", "5,25", "-3", "+2". Rejects an empty field,
 * anything else ("abc", "1e3", "5%", ".5", more than 8 decimals), a compound rate above 100 % a
 * year ('too-high') or at −100 % or below ('too-low'), a linear rate of more than `baseValue`
 * units a year either way, and a positive (days added) rate for a lower-is-better linear
 * indicator ('wrong-direction', checked first; see the sign convention at the top).
 */
export function validateRateInput(text: string, model: PaceModel, better: Better, baseValue?: number): RateInput {
  const fail = (reasonKey: RateInputReason): RateInput => ({ ok: false, reasonKey });
  const s = text.trim();
  if (s === '') return fail('empty');
  if (!NUMBER.test(s)) return fail('not-a-number');
  const display = Number(s.replace(',', '.'));
  if (model === 'linear' && better === 'lower' && display > 0) return fail('wrong-direction');
  const limit = model === 'compound' ? 100 : baseValue !== undefined && baseValue > 0 ? baseValue : Infinity;
  if (display > limit || display === Infinity) return fail('too-high');
  if ((model === 'compound' ? display <= -limit : display < -limit) || display === -Infinity) return fail('too-low');
  const rate = displayToRate(display, model);
  return { ok: true, rate: rate === 0 ? 0 : rate };
}

export type DeadlineInputReason = 'empty' | 'not-a-year' | 'before-base' | 'out-of-range';
export type DeadlineInput = { ok: true; year: number } | { ok: false; reasonKey: DeadlineInputReason };

/** First and last year a deadline may be typed as. */
export const DEADLINE_YEARS = { min: 1990, max: 2100 } as const;

/**
 * Reads a typed deadline year: a whole number ("2030") from 1990 to 2100, not before `baseYear`.
 * On the decimal axis a year Y is the start of Y, so for a base dated 2023-09 (2023.667) "2023" is
 * 'before-base'. Checks in order: 'empty', 'not-a-year', 'out-of-range', 'before-base'.
 */
export function validateDeadlineInput(text: string, baseYear: number): DeadlineInput {
  const s = text.trim();
  if (s === '') return { ok: false, reasonKey: 'empty' };
  if (!/^\d+$/.test(s)) return { ok: false, reasonKey: 'not-a-year' };
  const year = Number(s);
  if (year < DEADLINE_YEARS.min || year > DEADLINE_YEARS.max) return { ok: false, reasonKey: 'out-of-range' };
  if (year < baseYear) return { ok: false, reasonKey: 'before-base' };
  return { ok: true, year };
}
