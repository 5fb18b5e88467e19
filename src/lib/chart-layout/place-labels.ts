import type { ChartModel } from '../../domain/chart-model';
import { bounds, overlaps, type Bounds } from './bounds';
import type { LayoutOptions } from './layout-options';
import { textWidth, truncate } from './text-measure';

/** A line of text placed on a chart: its words (shortened to fit), anchor point and measured box. */
export interface PlacedText {
  text: string;
  x: number;
  /** the baseline */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  /** what it labels: tick, goal-label (current), latest-label, goal-step-label, scenario-label … */
  cls: string;
  /** the measured box of a direct label, which other labels keep clear of */
  box?: Bounds;
}

/** The plot box and scales the labels are placed against. */
export interface LabelFrame {
  plot: Bounds;
  x0: number;
  x1: number;
  sx: (x: number) => number;
  sy: (y: number) => number;
}

const finite = (...vs: number[]) => vs.every(Number.isFinite);

/**
 * The direct labels: the goal in force, the latest figure, each scenario, each move of the goal and
 * each earlier goal. Placed in that order; a label that would overlap one already placed moves a line
 * up or down, and words that do not fit the room beside their mark are shortened with an ellipsis.
 * Also the short tick on the goal line at each time a goal was stated.
 */
export function placeLabels(
  model: ChartModel,
  f: LabelFrame,
  opts: LayoutOptions,
  fs: number,
): { labels: PlacedText[]; statedTicks: { x: number; top: number; bottom: number }[] } {
  const compact = opts.compact ?? false;
  const { plot } = f;
  const labels: PlacedText[] = [];
  const place = (text: string, x: number, base: number, leftward: boolean, cls: string, bold = false) => {
    const room = leftward ? x - plot.left : plot.right - x;
    const fitted = truncate(text, Math.max(0, room), fs, bold);
    if (!fitted) return;
    const w = textWidth(fitted, fs, bold);
    const left = leftward ? x - w : x;
    const boxAt = (y: number) => bounds(left, y - fs, left + w, y + 2);
    const tries = [0, -(fs + 3), fs + 3, 2 * (fs + 3), -2 * (fs + 3)].map((d) =>
      Math.min(plot.bottom - 2, Math.max(plot.top + fs, base + d)),
    );
    const y = tries.find((ty) => !labels.some((l) => l.box && overlaps(l.box, boxAt(ty)))) ?? base;
    labels.push({ text: fitted, x, y, anchor: leftward ? 'end' : 'start', size: fs, bold, cls, box: boxAt(y) });
  };
  const statedTicks = model.goals
    .filter((g) => finite(g.statedX, g.y) && g.statedX >= f.x0 && g.statedX <= f.x1)
    .map((g) => ({ x: f.sx(g.statedX), top: f.sy(g.y) - 5, bottom: f.sy(g.y) + 5 }));

  // the goal in force first: the clearest mark, labelled at the end of its line
  const path = model.goalPath ?? [];
  const end = path[path.length - 1];
  const current = model.goals.find((g) => g.current);
  const currentText = opts.currentGoalLabel ?? (current && !compact ? opts.goalLabel?.(current.figureId) : undefined);
  if (end && currentText && finite(end.x, end.y)) {
    const gx = f.sx(Math.min(Math.max(end.x, f.x0), f.x1));
    place(currentText, gx, f.sy(end.y) - 6, true, 'goal-label current', true);
  }
  if (opts.latestLabel && model.latest && finite(model.latest.x, model.latest.y)) {
    const lx = f.sx(model.latest.x);
    const leftward = plot.right - lx < 60;
    place(opts.latestLabel, leftward ? lx - 8 : lx + 8, f.sy(model.latest.y) - 8, leftward, 'latest-label');
  }
  if (compact) return { labels, statedTicks };
  // each scenario named at the end of its line, so the picture needs no legend to tell them apart
  for (const sc of model.scenarios ?? []) {
    const last = [...sc.points].reverse().find((q) => finite(q.x, q.y) && q.x <= f.x1 && q.x >= f.x0);
    if (!last || sc.points.length < 2) continue;
    const ex = f.sx(last.x);
    const leftward = plot.right - ex < textWidth(sc.name, fs) + 8;
    place(
      sc.name,
      leftward ? ex - 6 : ex + 6,
      f.sy(last.y) - 6,
      leftward,
      `scenario-label scenario-label-${sc.index + 1}`,
    );
  }
  for (const step of model.goalSteps ?? []) {
    const text = opts.stepLabel?.(step.figureId);
    if (!text || !finite(step.x, step.y) || step.x < f.x0 || step.x > f.x1) continue;
    const sx = f.sx(step.x);
    // beside the step, on whichever side has room for the words
    const leftward = textWidth(text, fs) > plot.right - sx - 4 && sx - plot.left > plot.right - sx;
    place(text, leftward ? sx - 4 : sx + 4, f.sy(step.y) + fs + 4, leftward, 'goal-step-label');
  }
  const label = opts.goalLabel;
  if (!label) return { labels, statedTicks };
  model.goals.forEach((g, i) => {
    // a goal stated again at the same value is labelled once, at its latest statement
    const restated = model.goals.slice(i + 1).some((later) => later.y === g.y);
    if (g.current || restated || !finite(g.y, g.statedX)) return;
    const gy = f.sy(g.y);
    const band = g.deadlineX === null;
    const gx = band ? f.sx(Math.max(g.statedX, f.x0)) : f.sx(g.deadlineX ?? f.x0);
    const leftward = !band && gx - plot.left > 80;
    place(
      label(g.figureId),
      band ? gx + 4 : leftward ? gx - 11 : gx + 11,
      band ? gy - 7 : gy - 9,
      leftward,
      'goal-label',
    );
  });
  return { labels, statedTicks };
}
