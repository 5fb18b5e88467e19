import { el, type Attrs } from './marks';
import type { Palette } from './palette';
import { linearScale } from './scale';
import { lastWholeYear, valueAxis, yearAxis, yearLabelX } from '../../domain/axis';
import { textWidth } from './text-measure';

/** Where the plot sits in its box, and the scales of both axes. */
export interface PlotFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  sx: (x: number) => number;
  sy: (y: number) => number;
  yTicks: number[];
}

export interface AxesStyle {
  width: number;
  height: number;
  compact: boolean;
  fontSize: number;
  formatY: (v: number) => string;
  palette?: Palette;
}

/** The grid is not covered by the card CSS: without a palette it is painted from the theme variables. */
const gridPaint = (p?: Palette): Attrs =>
  p ? { stroke: p.grid, 'stroke-width': 1 } : { style: 'stroke:var(--border);stroke-width:1;opacity:0.6' };

const tickText = (x: number, y: number, anchor: string, text: string, s: AxesStyle) =>
  el(
    'text',
    { x, y, 'text-anchor': anchor, class: 'tick', 'font-size': s.fontSize, fill: s.palette?.muted },
    // text content is escaped by the caller
    text,
  );

/** The years labelled, thinned so they never overlap (axis.ts); only the first and last when compact. */
function xTickYears(f: PlotFrame, s: AxesStyle): number[] {
  const labelW = textWidth('2030', s.fontSize);
  const pxPerYear = (f.right - f.left) / (f.x1 - f.x0);
  const all = yearAxis(f.x0, f.x1, f.right - f.left, labelW);
  if (!s.compact) return all;
  const first = Math.ceil(f.x0 - 1e-9);
  const last = lastWholeYear(f.x1);
  if (first > last) return [];
  return last > first && (last - first) * pxPerYear > labelW + 6 ? [first, last] : [first];
}

/** Grid, axis line and tick labels. `esc` escapes text content. */
export function renderAxes(f: PlotFrame, s: AxesStyle, esc: (t: string) => string): string {
  const out: string[] = [];
  const grid = gridPaint(s.palette);
  const years = xTickYears(f, s);
  if (!s.compact) {
    for (const v of f.yTicks) {
      if (v === f.y0) continue;
      out.push(
        el('line', {
          class: 'grid',
          x1: f.left,
          x2: f.right,
          y1: f.sy(v),
          y2: f.sy(v),
          'stroke-dasharray': '2 4',
          ...grid,
        }),
      );
    }
    for (const yr of years) {
      out.push(
        el('line', {
          class: 'grid',
          x1: f.sx(yr),
          x2: f.sx(yr),
          y1: f.top,
          y2: f.bottom,
          'stroke-dasharray': '2 4',
          ...grid,
        }),
      );
    }
    for (const v of f.yTicks) {
      out.push(tickText(f.left - 6, f.sy(v) + s.fontSize * 0.35, 'end', esc(s.formatY(v)), s));
    }
  }
  const half = textWidth('2030', s.fontSize) / 2;
  for (const yr of years) {
    // in the middle of the year's band, its gridline (drawn above) where the year begins
    const cx = Math.min(Math.max(f.sx(yearLabelX(yr)), half), s.width - half);
    out.push(tickText(cx, s.height - (s.compact ? 2 : 4), 'middle', esc(String(yr)), s));
  }
  out.push(
    el('line', {
      class: 'axis',
      x1: f.left,
      x2: f.right,
      y1: f.bottom,
      y2: f.bottom,
      ...(s.palette ? { stroke: s.palette.grid } : {}),
    }),
  );
  return out.join('');
}

/** Lays the plot out in a width × height box: room for the y labels on the left, the years below. */
export function plotFrame(
  domains: { x: [number, number]; y: [number, number]; yTicks?: readonly number[] },
  s: Omit<AxesStyle, 'palette'>,
): PlotFrame {
  const [x0, x1] = domains.x;
  const [y0, y1] = domains.y;
  // the model's ticks (axis.ts), so every renderer writes the same ones; fitted here only for a bare domain
  const yTicks = domains.yTicks?.length ? [...domains.yTicks] : valueAxis(y1).ticks;
  const yLabelW = Math.max(0, ...yTicks.map((v) => textWidth(s.formatY(v), s.fontSize)));
  const pad = s.compact
    ? { l: 4, r: 8, t: 8, b: s.fontSize + 5 }
    : { l: Math.min(Math.max(28, yLabelW + 10), s.width * 0.35), r: 16, t: 12, b: s.fontSize + 14 };
  const left = pad.l;
  const right = Math.max(left + 1, s.width - pad.r);
  const top = pad.t;
  const bottom = Math.max(top + 1, s.height - pad.b);
  const sx = linearScale(x0, x1, left, right);
  const sy = linearScale(y0, y1, bottom, top);
  return { left, right, top, bottom, x0, x1, y0, y1, sx, sy, yTicks };
}
