import { lastWholeYear } from '../../domain/axis';

/** Labels of years never come closer than this, whatever the font. */
export const MIN_LABEL_GAP = 40;

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

/** On a small chart only the first and last whole years are written, the last when there is room. */
export function compactYears(x0: number, x1: number, plotWidth: number, labelWidth: number): number[] {
  const first = Math.ceil(x0 - 1e-9);
  const last = lastWholeYear(x1);
  if (first > last) return [];
  const pxPerYear = plotWidth / (x1 - x0);
  return last > first && (last - first) * pxPerYear > labelWidth + 6 ? [first, last] : [first];
}
