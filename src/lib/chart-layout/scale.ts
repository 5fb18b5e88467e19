/** Scales and ticks for the SVG renderer. Every function here is total: no NaN or Infinity comes out. */

/** A number as it is written into markup: one decimal at most, and 0 for anything not finite. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** Maps [d0, d1] onto [r0, r1]; an empty or invalid domain is widened to one unit so nothing divides by 0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const a = Number.isFinite(d0) ? d0 : 0;
  const span = Number.isFinite(d1) && d1 - a !== 0 ? d1 - a : 1;
  return (v: number) => {
    const out = r0 + ((v - a) / span) * (r1 - r0);
    return Number.isFinite(out) ? out : r0;
  };
}

/** A domain that is finite and not empty: [v, v] becomes [v, v + 1]. */
export function safeDomain([d0, d1]: [number, number]): [number, number] {
  const a = Number.isFinite(d0) ? d0 : 0;
  const b = Number.isFinite(d1) ? d1 : a + 1;
  return b > a ? [a, b] : [a, a + 1];
}
