import type { ChartModel } from '../../domain/chart-model';
import type { PlotFrame } from './axes-svg';
import { escapeText } from './escape';
import { el } from './marks';
import { labelSize, type PlotOptions } from './plot-options';
import { safeDomain } from './scale';
import { textWidth, truncate } from './text-measure';

/** Direct labels on a chart: the goal in force, the latest figure, goal steps, other goals, scenario names. */

const finite = (...vs: number[]) => vs.every(Number.isFinite);

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
  return goalLabels(model, f, opts, labelSize(opts.fontSize));
}

/** Goal labels beside their band or diamond, moved up or down a line when they would overlap. */
export function goalLabels(model: ChartModel, f: PlotFrame, opts: PlotOptions, fs: number): string {
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
