import { valueAxis, yearLabelX } from '../../domain/axis';
import type { ChartModel } from '../../domain/chart-model';
import { bounds, padded, type Bounds } from './bounds';
import { TICK_SIZE, labelSize, type LayoutOptions } from './layout-options';
import { placeLabels, type PlacedText } from './place-labels';
import { linearScale, safeDomain } from './scale';
import { textWidth } from './text-measure';
import { compactYears, yearAxis } from './year-ticks';

export type { Bounds } from './bounds';
export type { PlacedText } from './place-labels';

/** A point in pixels. */
export interface Pt {
  x: number;
  y: number;
}

/** A figure's mark: a dot, or a square for a part-year figure; with its stated range, if any. */
export interface PointMark {
  figureId: string;
  cx: number;
  cy: number;
  /** the radius of a dot, half the side of a square */
  r: number;
  shape: 'dot' | 'square';
  /** approximate, "over" or of another scope: drawn as a ring (a square is always hollow) */
  hollow: boolean;
  /** of another or uncertain scope: the ring is dashed */
  apart: boolean;
  tier: 'primary' | 'context';
  partial: boolean;
  range: { x: number; top: number; bottom: number; cap: number } | null;
}

/** What lies under the series: a goal with no date as a band, a deadline as a dashed line. */
export type GoalArea =
  | { kind: 'band'; figureId: string; box: Bounds; current: boolean }
  | { kind: 'deadline'; figureId: string; x: number; top: number; bottom: number; current: boolean };

export type LineKind = 'projection' | 'scenario' | 'actual-line' | 'goal-line';

/**
 * Everything a chart draws, placed: the one description both renderers (the static SVG and the
 * Recharts view) draw from, so they cannot disagree. Pixels, with 0,0 at the top left of the box.
 * Plain data (JSON), so a renderer can compare two layouts by their content.
 */
export interface ChartLayout {
  width: number;
  height: number;
  compact: boolean;
  /** tick label size in px */
  fontSize: number;
  /** the plot area: the domains map onto it */
  plot: Bounds;
  /** lines are clipped to the plot widened above and below, so a stroke at the top is not cut */
  clip: Bounds;
  x: { domain: [number, number]; ticks: { year: number; x: number; label: PlacedText }[] };
  y: { domain: [number, number]; ticks: { value: number; y: number; label: PlacedText | null }[] };
  /** dashed gridlines: across at each value tick but the zero line, down where each labelled year begins */
  grid: { horizontal: number[]; vertical: number[] };
  goalAreas: GoalArea[];
  /** the scenario explorer's assumed deadline span */
  assumed: { left: number; right: number; top: number; bottom: number } | null;
  /** the scenario explorer's band between the slowest and fastest required paths */
  fan: { low: Pt[]; high: Pt[] } | null;
  /** in drawing order: projection, scenarios, the actual line, the goal line */
  lines: { kind: LineKind; index: number; points: Pt[] }[];
  /** the goal line's stroke, thinner on a small chart */
  goalLineWidth: number;
  points: PointMark[];
  diamonds: { figureId: string; cx: number; cy: number; r: number; current: boolean }[];
  crosses: { figureId: string; cx: number; cy: number; r: number }[];
  /** a short tick on the goal line each time a goal was stated */
  statedTicks: { x: number; top: number; bottom: number }[];
  /** every direct label, after collision handling and shortening */
  labels: PlacedText[];
}

const finite = (...vs: number[]) => vs.every(Number.isFinite);
const positive = (v: number, fallback: number) => (Number.isFinite(v) && v > 0 ? v : fallback);

/** The plot box in a width × height box: room for the value labels on the left, the years below. */
function plotBox(width: number, height: number, compact: boolean, fs: number, yLabelW: number): Bounds {
  const pad = compact
    ? { l: 4, r: 8, t: 8, b: fs + 5 }
    : { l: Math.min(Math.max(28, yLabelW + 10), width * 0.35), r: 16, t: 12, b: fs + 14 };
  const top = pad.t;
  return bounds(pad.l, top, Math.max(pad.l + 1, width - pad.r), Math.max(top + 1, height - pad.b));
}

/** A tick label: its box is not needed, ticks never collide by construction (year-ticks.ts). */
const tick = (text: string, x: number, y: number, anchor: PlacedText['anchor'], size: number): PlacedText => ({
  text,
  x,
  y,
  anchor,
  size,
  bold: false,
  cls: 'tick',
});

/**
 * Lays a chart model out in a width × height box, in the font the charts are drawn in (Noto Sans,
 * measured by text-measure.ts): the plot box, the ticks of both axes, every mark, the goal's line,
 * bands, deadlines and steps, and every label. Pure: the same input gives the same layout in the
 * browser and in Node.
 */
export function layoutChart(model: ChartModel, opts: LayoutOptions): ChartLayout {
  const width = positive(opts.width, 300);
  const height = positive(opts.height, 150);
  const compact = opts.compact ?? false;
  const fs = opts.fontSize ?? TICK_SIZE;
  const [x0, x1] = safeDomain(model.xDomain);
  const [y0, y1] = safeDomain(model.yDomain);
  // the model's ticks (domain/axis.ts), so every renderer writes the same ones; fitted here only for a bare domain
  const yValues = model.yTicks.length ? [...model.yTicks] : valueAxis(y1).ticks;
  const yTexts = yValues.map((v) => opts.formatY(v));
  const plot = plotBox(width, height, compact, fs, Math.max(0, ...yTexts.map((t) => textWidth(t, fs))));
  const sx = linearScale(x0, x1, plot.left, plot.right);
  const sy = linearScale(y0, y1, plot.bottom, plot.top);
  const inX = (x: number) => Number.isFinite(x) && x >= x0 - 1e-9 && x <= x1 + 1e-9;
  const px = (pts: readonly Pt[]) => pts.filter((q) => finite(q.x, q.y)).map((q) => ({ x: sx(q.x), y: sy(q.y) }));

  // years: thinned so their labels never overlap; on a small chart only the first and last
  const yearW = textWidth('2030', fs);
  const plotW = plot.right - plot.left;
  const years = compact ? compactYears(x0, x1, plotW, yearW) : yearAxis(x0, x1, plotW, yearW);
  const half = yearW / 2;
  const yearBase = height - (compact ? 2 : 4);
  const xTicks = years.map((year) => ({
    year,
    x: sx(year),
    // in the middle of the year's band, its gridline where the year begins (domain/axis.ts)
    label: tick(String(year), Math.min(Math.max(sx(yearLabelX(year)), half), width - half), yearBase, 'middle', fs),
  }));
  const yTicks = yValues.map((value, i) => ({
    value,
    y: sy(value),
    label: compact ? null : tick(yTexts[i] ?? '', plot.left - 6, sy(value) + fs * 0.35, 'end', fs),
  }));

  const goalAreas: GoalArea[] = [];
  for (const g of model.goals) {
    if (!finite(g.y, g.statedX)) continue;
    if (g.deadlineX === null) {
      const from = Math.max(g.statedX, x0);
      if (from >= x1) continue;
      const h = compact ? 6 : 8;
      const y = sy(g.y) - h / 2;
      goalAreas.push({
        kind: 'band',
        figureId: g.figureId,
        box: bounds(sx(from), y, sx(x1), y + h),
        current: g.current,
      });
    } else if (inX(g.deadlineX)) {
      const x = sx(g.deadlineX);
      goalAreas.push({
        kind: 'deadline',
        figureId: g.figureId,
        x,
        top: plot.top,
        bottom: plot.bottom,
        current: g.current,
      });
    }
  }

  const a = model.assumedDeadline;
  const assumed =
    a && finite(a.from, a.to) && Math.max(a.from, x0) <= Math.min(a.to, x1)
      ? { left: sx(Math.max(a.from, x0)), right: sx(Math.min(a.to, x1)), top: plot.top, bottom: plot.bottom }
      : null;
  const fan = model.requiredFan;
  const lines: ChartLayout['lines'] = [];
  if (model.projection.length > 1) lines.push({ kind: 'projection', index: 0, points: px(model.projection) });
  for (const sc of model.scenarios ?? [])
    if (sc.points.length > 1) lines.push({ kind: 'scenario', index: sc.index, points: px(sc.points) });
  if (model.line.length > 1) lines.push({ kind: 'actual-line', index: 0, points: px(model.line) });
  const goalPath = model.goalPath ?? [];
  if (goalPath.length > 1) lines.push({ kind: 'goal-line', index: 0, points: px(goalPath) });

  const r = compact ? 4 : 5;
  const points: PointMark[] = model.points
    .filter((pt) => inX(pt.x) && Number.isFinite(pt.y))
    .map((pt) => {
      const cx = sx(pt.x);
      const ranged = pt.low !== null && pt.high !== null && finite(pt.low, pt.high);
      return {
        figureId: pt.figureId,
        cx,
        cy: sy(pt.y),
        r,
        shape: pt.partial ? 'square' : 'dot',
        hollow: pt.approx || pt.atLeast || pt.apart,
        apart: pt.apart,
        tier: pt.tier,
        partial: pt.partial,
        range: ranged ? { x: cx, top: sy(pt.high!), bottom: sy(pt.low!), cap: compact ? 3 : 4 } : null,
      };
    });
  const diamonds = model.goals
    .filter((g) => g.deadlineX !== null && inX(g.deadlineX) && Number.isFinite(g.y))
    .map((g) => ({ figureId: g.figureId, cx: sx(g.deadlineX!), cy: sy(g.y), r: compact ? 5 : 7, current: g.current }));
  const crosses = model.forecasts
    .filter((fc) => inX(fc.x) && Number.isFinite(fc.y))
    .map((fc) => ({ figureId: fc.figureId, cx: sx(fc.x), cy: sy(fc.y), r: compact ? 4 : 5 }));

  const frame = { plot, x0, x1, sx, sy };
  const { labels, statedTicks } = placeLabels(model, frame, opts, labelSize(fs));
  return {
    width,
    height,
    compact,
    fontSize: fs,
    plot,
    clip: padded(plot, 0, 8),
    x: { domain: [x0, x1], ticks: xTicks },
    y: { domain: [y0, y1], ticks: yTicks },
    grid: {
      horizontal: compact ? [] : yTicks.filter((t) => t.value !== y0).map((t) => t.y),
      vertical: compact ? [] : xTicks.map((t) => t.x),
    },
    goalAreas,
    assumed,
    fan: fan && fan.low.length > 1 && fan.high.length > 1 ? { low: px(fan.low), high: px(fan.high) } : null,
    lines,
    goalLineWidth: compact ? 2 : 2.5,
    points,
    diamonds,
    crosses,
    statedTicks,
    labels,
  };
}
