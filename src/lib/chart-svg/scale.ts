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

const round = (v: number) => Number(v.toPrecision(12));

/** 4–6 "nice" ticks (steps of 1, 2, 2.5 or 5 × 10^n) covering [y0, y1], as close to five as possible. */
export function niceTicks(y0: number, y1: number): number[] {
  const [a, b] = safeDomain([y0, y1]);
  const range = b - a;
  const e0 = Math.floor(Math.log10(range));
  let best: { step: number; count: number } | null = null;
  for (let e = e0 - 2; e <= e0 + 1; e++) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * 10 ** e;
      const count = Math.floor(b / step + 1e-9) - Math.ceil(a / step - 1e-9) + 1;
      if (!best || Math.abs(count - 5) < Math.abs(best.count - 5)) best = { step, count };
    }
  }
  if (!best || best.count < 1) return [a];
  const first = Math.ceil(a / best.step - 1e-9);
  return Array.from({ length: best.count }, (_, i) => round((first + i) * best.step));
}

/**
 * Whole years within [x0, x1], thinned to every 1, 2, 5, 10… years so that labels at least `minGap`
 * pixels apart do not collide.
 */
export function yearTicks(x0: number, x1: number, pxPerYear: number, minGap: number): number[] {
  const [a, b] = safeDomain([x0, x1]);
  const first = Math.ceil(a - 1e-9);
  const last = Math.floor(b + 1e-9);
  if (first > last) return [];
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000];
  const step = steps.find((s) => s * pxPerYear >= minGap) ?? Math.max(1, Math.ceil(last - first));
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last && ticks.length < 200; y += step) ticks.push(y);
  return ticks.length ? ticks : [first];
}
