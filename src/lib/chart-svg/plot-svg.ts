import type { ChartGoal, ChartModel } from '../../domain/chart-model';
import { plotFrame, renderAxes, type PlotFrame } from './axes-svg';
import { escapeText } from './escape';
import { band, cross, deadlineLine, diamond, dot, el, rangeBar, seriesPath, square } from './marks';
import { num, safeDomain } from './scale';
import { assumedSpan, fanArea, scenarioPath } from './scenario-marks';
import { goalLabels } from './labels-svg';
import { TICK_SIZE, labelSize, type PlotOptions } from './plot-options';

export type { PlotOptions } from './plot-options';
export { TICK_SIZE, labelSize } from './plot-options';
export { directLabelsSvg } from './labels-svg';

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
      goalLabels(model, f, opts, labelSize(fs)),
  );
}
