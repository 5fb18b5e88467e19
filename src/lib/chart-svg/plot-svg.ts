import type { ChartGoal, ChartModel } from '../../domain/chart-model';
import { plotFrame, renderAxes, type PlotFrame } from './axes-svg';
import { escapeText } from './escape';
import { band, cross, deadlineLine, diamond, dot, el, rangeBar, seriesPath, square } from './marks';
import type { Palette } from './palette';
import { num, safeDomain } from './scale';
import { assumedSpan, fanArea, scenarioPath } from './scenario-marks';
import { textWidth, truncate } from './text-measure';

export interface PlotOptions {
  width: number;
  height: number;
  compact?: boolean;
  formatY: (v: number) => string;
  /** explicit colours (for a standalone file); without one the marks are painted by the app's CSS */
  palette?: Palette;
  /** the label of a goal; goals are labelled only when this is given and the chart is not compact */
  goalLabel?: (figureId: string) => string;
  /** the goal in force, labelled directly ("Goal $23B · medium term · stated Sep 2023"), compact too */
  currentGoalLabel?: string;
  /** the latest figure's value, written beside its point ("$11.5B"), compact too */
  latestLabel?: string;
  /** where the goal moved ("Raised to $20B, Nov 2025"); not on compact charts */
  stepLabel?: (figureId: string) => string;
  /** tick label size in px (default 11; goal labels are one px larger) */
  fontSize?: number;
  /** prefix of ids in the markup (the clip path), unique per document */
  idPrefix?: string;
}

/** Tick labels on the page: 12 px, never smaller. */
export const TICK_SIZE = 12;

const finite = (...vs: number[]) => vs.every(Number.isFinite);
const size = (v: number, fallback: number) => (Number.isFinite(v) && v > 0 ? v : fallback);

/** The frame (box, scales, ticks) renderPlot draws into: exported so tests can compute positions. */
export function plotLayout(model: ChartModel, opts: PlotOptions): PlotFrame {
  return plotFrame(
    { x: safeDomain(model.xDomain), y: safeDomain(model.yDomain), yTicks: model.yTicks },
    {
      width: size(opts.width, 300),
      height: size(opts.height, 150),
      compact: opts.compact ?? false,
      fontSize: opts.fontSize ?? TICK_SIZE,
      formatY: opts.formatY,
    },
  );
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The direct labels alone, for a chart drawn by another renderer (the Recharts view) over the same
 * domains: `box` is that renderer's plot area in pixels. Same words, same placement rules.
 */
export function directLabelsSvg(
  model: ChartModel,
  box: { left: number; right: number; top: number; bottom: number },
  opts: PlotOptions,
): string {
  const [x0, x1] = safeDomain(model.xDomain);
  const [y0, y1] = safeDomain(model.yDomain);
  const f: PlotFrame = {
    ...box,
    x0,
    x1,
    y0,
    y1,
    sx: (x) => box.left + ((x - x0) / (x1 - x0)) * (box.right - box.left),
    sy: (y) => box.bottom - ((y - y0) / (y1 - y0)) * (box.bottom - box.top),
    yTicks: [],
  };
  return goalLabels(model, f, opts, (opts.fontSize ?? TICK_SIZE) + 1);
}

/** Goal labels beside their band or diamond, moved up or down a line when they would overlap. */
function goalLabels(model: ChartModel, f: PlotFrame, opts: PlotOptions, fs: number): string {
  const compact = opts.compact ?? false;
  const placed: Box[] = [];
  // a halo in the background colour keeps labels legible over lines and grid
  const fill = opts.palette
    ? { fill: opts.palette.text, stroke: opts.palette.background, 'stroke-width': 3, 'paint-order': 'stroke' }
    : { style: 'fill:var(--fg);stroke:var(--bg);stroke-width:3px;paint-order:stroke' };
  const place = (text: string, x: number, base: number, leftward: boolean, cls: string, bold = false) => {
    const room = leftward ? x - f.left : f.right - x;
    const fitted = truncate(text, Math.max(0, room), fs, bold);
    if (!fitted) return '';
    const w = textWidth(fitted, fs, bold);
    const x0 = leftward ? x - w : x;
    const tries = [0, -(fs + 3), fs + 3, 2 * (fs + 3), -2 * (fs + 3)].map((d) =>
      Math.min(f.bottom - 2, Math.max(f.top + fs, base + d)),
    );
    const y = tries.find((ty) => !placed.some((b) => overlaps(b, { x0, x1: x0 + w, y0: ty - fs, y1: ty + 2 }))) ?? base;
    placed.push({ x0, x1: x0 + w, y0: y - fs, y1: y + 2 });
    const a = {
      x,
      y,
      'text-anchor': leftward ? 'end' : 'start',
      class: cls,
      'font-size': fs,
      ...(bold ? { 'font-weight': 'bold' } : {}),
      ...fill,
    };
    return el('text', a, escapeText(fitted));
  };
  const out: string[] = [];
  // each time the goal was stated, a short tick on its line: a goal stated twice is one line, two dates
  const goalStroke = opts.palette ? { stroke: opts.palette.goal } : { style: 'stroke:var(--goal)' };
  for (const g of model.goals) {
    if (!finite(g.statedX, g.y) || g.statedX < f.x0 || g.statedX > f.x1) continue;
    const x = f.sx(g.statedX);
    const y = f.sy(g.y);
    out.push(
      el('line', { x1: x, x2: x, y1: y - 5, y2: y + 5, class: 'goal-stated', 'stroke-width': 2, ...goalStroke }),
    );
  }
  // the goal in force first: the clearest mark, labelled at the end of its line
  const path = model.goalPath ?? [];
  const end = path[path.length - 1];
  const current = model.goals.find((g) => g.current);
  const currentText = opts.currentGoalLabel ?? (current && !compact ? opts.goalLabel?.(current.figureId) : undefined);
  if (end && currentText && finite(end.x, end.y)) {
    const gx = f.sx(Math.min(Math.max(end.x, f.x0), f.x1));
    out.push(place(currentText, gx, f.sy(end.y) - 6, true, 'goal-label current', true));
  }
  if (opts.latestLabel && model.latest && finite(model.latest.x, model.latest.y)) {
    const lx = f.sx(model.latest.x);
    const leftward = f.right - lx < 60;
    out.push(place(opts.latestLabel, leftward ? lx - 8 : lx + 8, f.sy(model.latest.y) - 8, leftward, 'latest-label'));
  }
  if (!compact) {
    // each scenario named at the end of its line, so the picture needs no legend to tell them apart
    for (const sc of model.scenarios ?? []) {
      const end = [...sc.points].reverse().find((q) => finite(q.x, q.y) && q.x <= f.x1 && q.x >= f.x0);
      if (!end || sc.points.length < 2) continue;
      const ex = f.sx(end.x);
      const leftward = f.right - ex < textWidth(sc.name, fs) + 8;
      out.push(
        place(
          sc.name,
          leftward ? ex - 6 : ex + 6,
          f.sy(end.y) - 6,
          leftward,
          `scenario-label scenario-label-${sc.index + 1}`,
        ),
      );
    }
    for (const step of model.goalSteps ?? []) {
      const text = opts.stepLabel?.(step.figureId);
      if (!text || !finite(step.x, step.y) || step.x < f.x0 || step.x > f.x1) continue;
      const sx = f.sx(step.x);
      // beside the step, on whichever side has room for the words
      const leftward = textWidth(text, fs) > f.right - sx - 4 && sx - f.left > f.right - sx;
      out.push(place(text, leftward ? sx - 4 : sx + 4, f.sy(step.y) + fs + 4, leftward, 'goal-step-label'));
    }
    const label = opts.goalLabel;
    if (label)
      for (const g of model.goals) {
        if (g.current || !g.labelled || !finite(g.y, g.statedX)) continue;
        const gy = f.sy(g.y);
        const band = g.deadlineX === null;
        const gx = band ? f.sx(Math.max(g.statedX, f.x0)) : f.sx(g.deadlineX ?? f.x0);
        const leftward = !band && gx - f.left > 80;
        out.push(
          place(
            label(g.figureId),
            band ? gx + 4 : leftward ? gx - 11 : gx + 11,
            band ? gy - 7 : gy - 9,
            leftward,
            'goal-label',
          ),
        );
      }
  }
  return out.join('');
}

/**
 * The plot of a chart model as SVG markup (one `<g>`, no outer `<svg>`) in a width × height box at 0,0.
 * Pure string building: runs in the browser and in Node alike. Marks carry the app's CSS classes and,
 * when a palette is given, their colours as attributes too.
 */
export function renderPlot(model: ChartModel, opts: PlotOptions): string {
  const compact = opts.compact ?? false;
  const fs = opts.fontSize ?? TICK_SIZE;
  const p = opts.palette;
  const f = plotLayout(model, opts);
  const clipId = `${opts.idPrefix ?? 'gp'}-clip`;
  const inX = (x: number) => Number.isFinite(x) && x >= f.x0 - 1e-9 && x <= f.x1 + 1e-9;
  const path = (pts: { x: number; y: number }[]) =>
    pts
      .filter((q) => finite(q.x, q.y))
      .map((q, i) => `${i ? 'L' : 'M'}${num(f.sx(q.x))},${num(f.sy(q.y))}`)
      .join('');

  const under: string[] = [];
  for (const g of model.goals) {
    if (!finite(g.y, g.statedX)) continue;
    if (g.deadlineX === null) {
      const from = Math.max(g.statedX, f.x0);
      if (from >= f.x1) continue;
      const h = compact ? 6 : 8;
      const x = f.sx(from);
      under.push(el('g', { 'data-figure': g.figureId }, band(x, f.sy(g.y) - h / 2, f.sx(f.x1) - x, h, g.current, p)));
    } else if (inX(g.deadlineX)) {
      under.push(
        el(
          'g',
          { class: `goal-deadline${g.current ? ' current' : ''}` },
          deadlineLine(f.sx(g.deadlineX), f.top, f.bottom, p),
        ),
      );
    }
  }

  if (model.assumedDeadline && finite(model.assumedDeadline.from, model.assumedDeadline.to)) {
    const a = Math.max(model.assumedDeadline.from, f.x0);
    const b = Math.min(model.assumedDeadline.to, f.x1);
    if (a <= b) under.push(assumedSpan(f.sx(a), f.sx(b), f.top, f.bottom, p));
  }
  const fan = model.requiredFan;
  const lines: string[] = [];
  if (fan && fan.low.length > 1 && fan.high.length > 1) {
    lines.push(fanArea(`${path(fan.low)}L${path([...fan.high].reverse()).slice(1)}Z`, p));
  }
  if (model.projection.length > 1) lines.push(seriesPath(path(model.projection), 'projection', p));
  for (const sc of model.scenarios ?? [])
    if (sc.points.length > 1) lines.push(scenarioPath(path(sc.points), sc.index, p));
  if (model.line.length > 1) lines.push(seriesPath(path(model.line), 'actual-line', p));
  const goalPath = model.goalPath ?? [];
  if (goalPath.length > 1) {
    const stroke = p ? { stroke: p.goal, fill: 'none' } : {};
    lines.push(el('path', { d: path(goalPath), class: 'goal-line', 'stroke-width': compact ? 2 : 2.5, ...stroke }));
  }

  const r = compact ? 4 : 5;
  const points = model.points
    .filter((pt) => inX(pt.x) && Number.isFinite(pt.y))
    .map((pt) => {
      const cx = f.sx(pt.x);
      const hollow = pt.approx || pt.atLeast || pt.apart;
      const cls = `point tier-${pt.tier}${pt.partial ? ' partial' : ''}${hollow ? ' approx' : ''}${pt.apart ? ' apart' : ''}`;
      const style = { tier: pt.tier, hollow, palette: p };
      const range =
        pt.low !== null && pt.high !== null && finite(pt.low, pt.high)
          ? rangeBar(cx, f.sy(pt.low), f.sy(pt.high), compact ? 3 : 4, p)
          : '';
      const drawn = pt.partial ? square(cx, f.sy(pt.y), r, style) : dot(cx, f.sy(pt.y), r, style);
      // a figure of another or uncertain scope: a dashed ring, so it never reads as part of the series
      const mark = pt.apart ? drawn.replace(/^<(circle|rect) /, '<$1 stroke-dasharray="2 2" ') : drawn;
      return el('g', { class: cls, 'data-figure': pt.figureId }, range + mark);
    });

  const diamonds = model.goals
    .filter(
      (g): g is ChartGoal & { deadlineX: number } => g.deadlineX !== null && inX(g.deadlineX) && Number.isFinite(g.y),
    )
    .map((g) =>
      el(
        'g',
        { class: `goal-mark${g.current ? ' current' : ''}`, 'data-figure': g.figureId },
        diamond(f.sx(g.deadlineX), f.sy(g.y), compact ? 5 : 7, g.current, p),
      ),
    );

  const forecasts = model.forecasts
    .filter((fc) => inX(fc.x) && Number.isFinite(fc.y))
    .map((fc) =>
      el(
        'g',
        { class: 'forecast-mark', 'data-figure': fc.figureId },
        cross(f.sx(fc.x), f.sy(fc.y), compact ? 4 : 5, p),
      ),
    );

  const clip = el(
    'clipPath',
    { id: clipId },
    el('rect', { x: f.left, y: f.top - 8, width: f.right - f.left, height: f.bottom - f.top + 16 }),
  );
  return el(
    'g',
    { class: 'plot' },
    el('defs', {}, clip) +
      renderAxes(
        f,
        {
          width: size(opts.width, 300),
          height: size(opts.height, 150),
          compact,
          fontSize: fs,
          formatY: opts.formatY,
          palette: p,
        },
        escapeText,
      ) +
      under.join('') +
      (lines.length ? el('g', { 'clip-path': `url(#${clipId})` }, lines.join('')) : '') +
      points.join('') +
      diamonds.join('') +
      forecasts.join('') +
      goalLabels(model, f, opts, fs + 1),
  );
}
