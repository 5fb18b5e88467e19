import type { Dataset, Figure } from './dataset-schema';
import { isLowerBound } from './localized';
import { periodEnd, periodStart } from './periods';

/**
 * Checks a stated change ("fell 11.2 %", "grew 3 times", "halved") against the arithmetic of the
 * two figures it relates.
 *
 * - The pair is ordered by period; an undated figure ("from 53 days") paired with a dated one is
 *   the earlier one. Two undated figures keep the order of `relates`.
 * - Each figure is an interval: a range is [low, high]; an approximate value is the numbers that
 *   round to it at its precision (about 7 → [6.5, 7.5], about 7.8 → [7.75, 7.85]); an exact value
 *   (and an "at least" value) is itself.
 * - computed is the change in the stated direction: % change ((1 − to/from)·100 for a decrease) or
 *   a multiple (to/from for an increase, from/to for a decrease), as [low, high].
 * - The stated precision is the step of its last decimal, but at least 0.1: a whole number is read
 *   as exact to one decimal, so "3 times" for 2.87 is a rounding, not a match.
 * - holds: the stated value lies in the computed interval rounded to the stated precision;
 *   rounded: within 10 % (relative) of the nearer end of the computed interval; an "at least"
 *   claim holds only if the whole computed interval (rounded) is at or above the stated value and
 *   does not hold otherwise; does-not-hold: anything else.
 * - not-checkable: fewer than two related figures with values, different units, or a
 *   non-positive base.
 */
export type ClaimVerdict = 'holds' | 'rounded' | 'does-not-hold' | 'not-checkable';

export type ClaimReason =
  | 'not-a-change'
  | 'needs-two-figures'
  | 'units-differ'
  | 'non-positive-value'
  | 'within-computed'
  | 'within-ten-percent'
  | 'outside-computed'
  | 'at-least-holds'
  | 'at-least-fails';

/** A closed interval of numbers. */
export interface Interval {
  low: number;
  high: number;
}

export interface ClaimCheck {
  verdict: ClaimVerdict;
  stated: { value: number | null; unit: Figure['unit']; direction: Figure['direction']; atLeast: boolean };
  computed: Interval | null;
  reasonKey: ClaimReason;
  from?: Figure;
  to?: Figure;
}

const ROUNDED_WITHIN = 0.1;

/** Digits after the decimal point as the number is written: 7 → 0, 7.8 → 1, 11.25 → 2. */
export function decimals(x: number): number {
  const [mantissa = '', exp = '0'] = String(Math.abs(x)).split('e');
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp));
}

/** The interval of numbers a figure stands for, or null when it has no value. */
export function figureInterval(f: Figure): Interval | null {
  if (f.value === null) return f.low !== undefined && f.high !== undefined ? { low: f.low, high: f.high } : null;
  if (f.qualifier === 'almost') {
    // "almost 3": below 3, by less than one step of its last digit (2.5 up to 3)
    const step = Math.pow(10, -decimals(f.value));
    return { low: f.value - step / 2, high: f.value };
  }
  if (f.qualifier !== 'about') return { low: f.value, high: f.value };
  const half = Math.pow(10, -decimals(f.value)) / 2;
  return { low: f.value - half, high: f.value + half };
}

/** Orders two figures in time; an undated figure is the earlier one, two undated keep their order. */
export function orderPair(a: Figure, b: Figure): [from: Figure, to: Figure] {
  const ea = periodEnd(a.period);
  const eb = periodEnd(b.period);
  if (ea === null || eb === null) return eb === null && ea !== null ? [b, a] : [a, b];
  const later = eb - ea || (periodStart(b.period) ?? 0) - (periodStart(a.period) ?? 0);
  return later < 0 ? [b, a] : [a, b];
}

/** The change from one interval to another in the stated unit and direction, or null if undefined. */
export function computeChange(
  from: Interval,
  to: Interval,
  unit: '%' | 'x',
  direction: 'increase' | 'decrease',
): Interval | null {
  if (from.low <= 0 || (unit === 'x' && direction === 'decrease' && to.low <= 0)) return null;
  if (unit === '%') {
    return direction === 'increase'
      ? { low: (to.low / from.high - 1) * 100, high: (to.high / from.low - 1) * 100 }
      : { low: (1 - to.high / from.low) * 100, high: (1 - to.low / from.high) * 100 };
  }
  return direction === 'increase'
    ? { low: to.low / from.high, high: to.high / from.low }
    : { low: from.low / to.high, high: from.high / to.low };
}

/** Rounds to a step (0.1, 1, …) without leaving float noise such as 11.200000000000001. */
function roundTo(x: number, step: number): number {
  return Number((Math.round(x / step) * step).toFixed(Math.max(0, decimals(step))));
}

/** Judges a stated value (or range) against a computed interval; see the rules at the top. */
export function judge(
  stated: Interval,
  atLeast: boolean,
  computed: Interval,
): { verdict: ClaimVerdict; reasonKey: ClaimReason } {
  const step = Math.pow(10, -Math.max(1, decimals(stated.low), decimals(stated.high)));
  const low = roundTo(computed.low, step);
  const high = roundTo(computed.high, step);
  if (atLeast) {
    return low >= stated.low
      ? { verdict: 'holds', reasonKey: 'at-least-holds' }
      : { verdict: 'does-not-hold', reasonKey: 'at-least-fails' };
  }
  if (stated.high >= low && stated.low <= high) return { verdict: 'holds', reasonKey: 'within-computed' };
  const end = stated.low > computed.high ? computed.high : computed.low;
  const gap = stated.low > computed.high ? stated.low - computed.high : computed.low - stated.high;
  if (end !== 0 && gap / Math.abs(end) <= ROUNDED_WITHIN)
    return { verdict: 'rounded', reasonKey: 'within-ten-percent' };
  return { verdict: 'does-not-hold', reasonKey: 'outside-computed' };
}

/** Checks a change figure against the two figures it `relates`. */
export function checkClaim(change: Figure, ds: Dataset): ClaimCheck {
  const stated = {
    value: change.value,
    unit: change.unit,
    direction: change.direction,
    atLeast: isLowerBound(change.qualifier),
  };
  const out = (verdict: ClaimVerdict, reasonKey: ClaimReason, extra: Partial<ClaimCheck> = {}): ClaimCheck => ({
    verdict,
    stated,
    computed: null,
    reasonKey,
    ...extra,
  });
  const statedInterval = figureInterval(change);
  const { unit, direction } = change;
  if (change.kind !== 'change' || !direction || (unit !== '%' && unit !== 'x') || !statedInterval) {
    return out('not-checkable', 'not-a-change');
  }
  const related = (change.relates ?? [])
    .map((id) => ds.figures.find((f) => f.id === id))
    .filter((f): f is Figure => f !== undefined && figureInterval(f) !== null);
  const [a, b] = related;
  if (!a || !b) return out('not-checkable', 'needs-two-figures');
  const [from, to] = orderPair(a, b);
  if (from.unit !== to.unit) return out('not-checkable', 'units-differ', { from, to });
  const fi = figureInterval(from);
  const ti = figureInterval(to);
  const computed = fi && ti ? computeChange(fi, ti, unit, direction) : null;
  if (!computed) return out('not-checkable', 'non-positive-value', { from, to });
  return {
    ...out('not-checkable', 'needs-two-figures', { from, to }),
    computed,
    ...judge(statedInterval, stated.atLeast, computed),
  };
}
