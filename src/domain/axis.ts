/**
 * How every chart's axes look, decided once for the page (Recharts), the static SVG, the embed and
 * the pictures. Values: from 0 to the first round tick at or above the data and the goal, in steps of
 * 1, 2, 2.5 or 5 × 10ⁿ, 4 to 6 ticks, no tick above the last. Years: bands with the year written in
 * their middle, in steps of 1, 2, 5, 10… so that labels are at least 40 px (and their own width) apart.
 */

const STEPS = [1, 2, 2.5, 5] as const;
const round = (v: number) => Number(v.toPrecision(12));

export interface ValueAxis {
  /** the top of the axis: its last tick */
  top: number;
  ticks: number[];
}

/** The value axis for data whose largest value (goal included) is `max`. */
export function valueAxis(max: number): ValueAxis {
  const m = Number.isFinite(max) && max > 0 ? max : 1;
  const e0 = Math.floor(Math.log10(m));
  let best: { step: number; top: number; count: number } | null = null;
  for (let e = e0 - 2; e <= e0 + 1; e++) {
    for (const k of STEPS) {
      const step = round(k * 10 ** e);
      const top = round(Math.ceil(m / step - 1e-9) * step);
      const count = Math.round(top / step) + 1;
      if (count < 4 || count > 6) continue;
      // the least empty room above the data first, then five ticks
      if (
        !best ||
        top < best.top - 1e-12 ||
        (Math.abs(top - best.top) < 1e-12 && Math.abs(count - 5) < Math.abs(best.count - 5))
      )
        best = { step, top, count };
    }
  }
  const { step, top, count } = best ?? { step: m, top: m, count: 2 };
  return { top, ticks: Array.from({ length: count }, (_, i) => round(i * step)) };
}

/** Labels of years never come closer than this, whatever the font. */
export const MIN_LABEL_GAP = 40;

/*
 * Years are bands. A figure sits at the END of its period (periods.ts): the total for 2022 at the
 * end of 2022, September 2023 three quarters into 2023, a goal "by 2030" at the end of 2030. So the
 * axis draws a gridline where each labelled year begins and writes the year in the middle of its
 * band, not on the line: a label on the line would put the 2022 total above "2023".
 */

/** Where a year's label sits: the middle of its band. */
export const yearLabelX = (year: number) => year + 0.5;

/** The last year whose whole band lies within a domain ending at `x1`. */
export const lastWholeYear = (x1: number) => Math.floor(x1 + 1e-9) - 1;

/**
 * The years to label within [x0, x1]: those whose whole band is shown, in the smallest step of 1,
 * 2, 5, 10… whose labels are `labelWidth` + gap apart. Each one's gridline is at the year itself.
 */
export function yearAxis(x0: number, x1: number, plotWidth: number, labelWidth: number): number[] {
  const a = Number.isFinite(x0) ? x0 : 0;
  const b = Number.isFinite(x1) && x1 > a ? x1 : a + 1;
  const first = Math.ceil(a - 1e-9);
  const last = lastWholeYear(b);
  if (first > last) return [];
  const pxPerYear = Math.max(plotWidth, 1) / (b - a);
  const gap = Math.max(MIN_LABEL_GAP, labelWidth + 10);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000];
  const step = steps.find((s) => s * pxPerYear >= gap) ?? Math.max(1, last - first);
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last && ticks.length < 200; y += step) ticks.push(y);
  return ticks.length ? ticks : [first];
}

/**
 * The time span a chart shows for positions from `min` to `max`: from the start of the first
 * position's year (the year a total at its end belongs to) to half a year past the end of the last
 * one's, so the last year is labelled whole and its marks are not cut at the edge.
 */
export function yearDomain(min: number, max: number): [number, number] {
  const from = Math.floor(min - 1e-9);
  return [from, Math.max(Math.ceil(max - 1e-9), from + 1) + 0.5];
}
