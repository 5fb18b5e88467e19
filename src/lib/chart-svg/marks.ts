import { num } from '../chart-layout/scale';
import { escapeAttr } from './escape';
import type { Palette } from './palette';

/** Attribute values; undefined and false are left out, numbers are rounded by `num`. */
export type Attrs = Record<string, string | number | undefined | false>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeAttr(v)}"`)
    .join('');
}

/** One element; self-closing when it has no content. `content` must already be markup. */
export function el(tag: string, a: Attrs, content?: string): string {
  return content === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${content}</${tag}>`;
}

/** Colour attributes only when a palette is given: without one, the app's CSS paints the marks. */
const paint = (p: Palette | undefined, f: (p: Palette) => Attrs): Attrs => (p ? f(p) : {});

export interface DotStyle {
  tier: 'primary' | 'context';
  hollow: boolean;
  palette?: Palette;
}

const tierColour = (p: Palette, tier: 'primary' | 'context') => (tier === 'context' ? p.context : p.actual);

const fillOrHollow = (s: DotStyle) =>
  paint(s.palette, (p) =>
    s.hollow
      ? { fill: p.background, stroke: tierColour(p, s.tier), 'stroke-width': 2.5 }
      : { fill: tierColour(p, s.tier), stroke: p.background, 'stroke-width': 1.5 },
  );

/** A figure: a filled dot, or a hollow one for an approximate or "over" value. */
export function dot(cx: number, cy: number, r: number, s: DotStyle): string {
  return el('circle', { cx, cy, r, ...fillOrHollow(s) });
}

/** A part-year figure: a hollow square. */
export function square(cx: number, cy: number, half: number, s: DotStyle): string {
  return el('rect', {
    x: cx - half,
    y: cy - half,
    width: half * 2,
    height: half * 2,
    ...fillOrHollow({ ...s, hollow: true }),
  });
}

/** A stated range: a vertical bar from low to high with short caps. */
export function rangeBar(x: number, yLow: number, yHigh: number, cap: number, palette?: Palette): string {
  const stroke = paint(palette, (p) => ({ stroke: p.actual, 'stroke-width': 2 }));
  return el(
    'g',
    { class: 'range' },
    el('line', { x1: x, x2: x, y1: yLow, y2: yHigh, ...stroke }) +
      el('line', { x1: x - cap, x2: x + cap, y1: yLow, y2: yLow, ...stroke }) +
      el('line', { x1: x - cap, x2: x + cap, y1: yHigh, y2: yHigh, ...stroke }),
  );
}

/** A goal at its deadline: a diamond, filled for the goal in force, hollow for older ones. */
export function diamond(cx: number, cy: number, r: number, current: boolean, palette?: Palette): string {
  const d = `M${num(cx)},${num(cy - r)}L${num(cx + r)},${num(cy)}L${num(cx)},${num(cy + r)}L${num(cx - r)},${num(cy)}Z`;
  return el('path', {
    d,
    ...paint(palette, (p) =>
      current
        ? { fill: p.goal, stroke: p.background, 'stroke-width': 1.5 }
        : { fill: p.background, stroke: p.goal, 'stroke-width': 2 },
    ),
  });
}

/** The dashed line at a goal's deadline. Not covered by the card CSS, so it is painted with a var() fallback. */
export function deadlineLine(x: number, y1: number, y2: number, palette?: Palette): string {
  return el('line', {
    x1: x,
    x2: x,
    y1,
    y2,
    'stroke-dasharray': '4 4',
    ...(palette ? { stroke: palette.goal, 'stroke-width': 1.5 } : { style: 'stroke:var(--goal);stroke-width:1.5' }),
  });
}

/** A goal with no date: a shaded band. */
export function band(x: number, y: number, width: number, height: number, current: boolean, palette?: Palette): string {
  return el('rect', {
    x,
    y,
    width: Math.max(0, width),
    height,
    class: `goal-band${current ? ' current' : ''}`,
    ...paint(palette, (p) => ({ fill: p.goal, 'fill-opacity': current ? 0.32 : 0.18, stroke: 'none' })),
  });
}

/** A forecast by others: a cross. */
export function cross(cx: number, cy: number, r: number, palette?: Palette): string {
  const d = `M${num(cx - r)},${num(cy - r)}L${num(cx + r)},${num(cy + r)}M${num(cx - r)},${num(cy + r)}L${num(cx + r)},${num(cy - r)}`;
  return el('path', { d, ...paint(palette, (p) => ({ fill: 'none', stroke: p.context, 'stroke-width': 2.5 })) });
}

/** A polyline path: the actual line (solid) or the projection (dotted). */
export function seriesPath(d: string, kind: 'actual-line' | 'projection', palette?: Palette): string {
  return el('path', {
    d,
    class: kind,
    ...paint(palette, (p) =>
      kind === 'actual-line'
        ? { fill: 'none', stroke: p.actual, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }
        : { fill: 'none', stroke: p.projection, 'stroke-width': 2, 'stroke-dasharray': '2 5' },
    ),
  });
}
