/**
 * How every chart's axes look, decided once for the page (Recharts), the static SVG, the embed and
 * the pictures. Values: from 0 to the first round tick at or above the data and the goal, in steps of
 * 1, 2, 2.5 or 5 × 10ⁿ, 4 to 6 ticks, no tick above the last. Years: bands with the year written in
 * their middle. Which years are written depends on pixels, and is the layout's (lib/chart-layout).
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
 * The time span a chart shows for positions from `min` to `max`: from the start of the first
 * position's year (the year a total at its end belongs to) to half a year past the end of the last
 * one's, so the last year is labelled whole and its marks are not cut at the edge.
 */
export function yearDomain(min: number, max: number): [number, number] {
  const from = Math.floor(min - 1e-9);
  return [from, Math.max(Math.ceil(max - 1e-9), from + 1) + 0.5];
}
