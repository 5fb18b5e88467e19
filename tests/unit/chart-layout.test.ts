import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../src/domain/chart-model';
import { overlaps } from '../../src/lib/chart-layout/bounds';
import { layoutChart, type ChartLayout } from '../../src/lib/chart-layout/chart-layout';
import { textWidth } from '../../src/lib/chart-layout/text-measure';
import { chartModelOf } from './chart-fixture';
import { parsedRealDataset } from './dataset-fixture';

const ds = parsedRealDataset();
const model = chartModelOf;
const formatY = (v: number) => `$${v}B`;
const words = {
  currentGoalLabel: 'Goal $20B · horizon: “in the future” · stated Nov 2025',
  latestLabel: '$11.5B',
  stepLabel: (id: string) => `Raised, ${id}`,
  goalLabel: (id: string) => `Earlier goal ${id}`,
};
const WIDTHS = [335, 640, 760];

/** Every chart of the dataset, laid out at a phone's width and two desk widths, with every label. */
const everyLayout = (): [string, number, ChartModel, ChartLayout][] =>
  ds.indicators.flatMap(({ id }) =>
    WIDTHS.map((width) => {
      const m = model(id);
      return [id, width, m, layoutChart(m, { width, height: 340, formatY, ...words })] as [
        string,
        number,
        ChartModel,
        ChartLayout,
      ];
    }),
  );

describe('the layout both renderers draw from', () => {
  it('is plain data: what a renderer compares is all there is', () => {
    const l = layoutChart(model('ca-intra-trade'), { width: 640, height: 340, formatY, ...words });
    expect(JSON.parse(JSON.stringify(l))).toEqual(l);
  });

  it.each(everyLayout())('%s at %i px: no two direct labels overlap, and each is inside the plot', (_id, _w, _m, l) => {
    const labels = l.labels;
    for (const [i, a] of labels.entries()) {
      expect(a.box, a.text).toBeDefined();
      expect(a.box!.left, a.text).toBeGreaterThanOrEqual(l.plot.left - 0.5);
      expect(a.box!.right, a.text).toBeLessThanOrEqual(l.plot.right + 0.5);
      // the box is the words' own width, in the font the charts are drawn in
      expect(a.box!.right - a.box!.left).toBeCloseTo(textWidth(a.text, a.size, a.bold), 5);
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box!, b.box!), `${a.text} / ${b.text}`).toBe(false);
    }
  });

  it.each(everyLayout())('%s at %i px: every mark inside the plot, the ticks left to right', (_id, _w, m, l) => {
    for (const p of [...l.points, ...l.diamonds, ...l.crosses]) {
      expect(p.cx).toBeGreaterThanOrEqual(l.plot.left - 1e-6);
      expect(p.cx).toBeLessThanOrEqual(l.plot.right + 1e-6);
      expect(p.cy).toBeGreaterThanOrEqual(l.plot.top - 1e-6);
      expect(p.cy).toBeLessThanOrEqual(l.plot.bottom + 1e-6);
    }
    expect(l.points.map((p) => p.figureId)).toEqual(m.points.map((p) => p.figureId));
    const xs = l.x.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // value ticks from the bottom (0) to the top of the plot
    expect(l.y.ticks[0]!.y).toBeCloseTo(l.plot.bottom, 6);
    expect(l.y.ticks.at(-1)!.y).toBeCloseTo(l.plot.top, 6);
  });

  it('labels one of several goals with the same value, the latest, and every other earlier goal', () => {
    const l = layoutChart(model('ca-intra-trade'), { width: 760, height: 340, formatY, ...words });
    const earlier = l.labels.filter((t) => t.cls === 'goal-label').map((t) => t.text);
    // $15B stated twice (Akorda, then Kazinform): labelled once, at the later statement
    expect(earlier).toEqual(['Earlier goal ca-intra-trade-goal-kazinform']);
    expect(l.labels.filter((t) => t.cls === 'goal-label current')).toHaveLength(1);
  });

  it('labels an earlier goal with a deadline beside its diamond', () => {
    const m = model('kz-transit');
    const goal = m.goals[0]!;
    // the same goal stated earlier, at another value: the model's goal, moved back two years
    const earlier = { ...goal, figureId: 'earlier', y: goal.y / 2, statedX: goal.statedX - 2, current: false };
    const l = layoutChart({ ...m, goals: [earlier, goal] }, { width: 760, height: 340, formatY, ...words });
    const label = l.labels.find((t) => t.text === 'Earlier goal earlier');
    expect(label).toBeDefined();
    const diamond = l.diamonds.find((d) => d.figureId === 'earlier')!;
    expect(Math.abs(label!.x - diamond.cx)).toBe(11);
  });

  it('shortens a label that does not fit beside its mark, and keeps it inside the plot', () => {
    const long = `${words.currentGoalLabel} ${'and more words '.repeat(8)}`;
    const l = layoutChart(model('ca-intra-trade'), {
      width: 335,
      height: 300,
      formatY,
      ...words,
      currentGoalLabel: long,
    });
    const current = l.labels.find((t) => t.cls === 'goal-label current')!;
    expect(current.text.endsWith('…')).toBe(true);
    expect(current.box!.left).toBeGreaterThanOrEqual(l.plot.left - 0.5);
  });

  it('a small chart: no value labels or grid, the first and last years, smaller marks', () => {
    const m = model('kz-ots-trade');
    const small = layoutChart(m, { width: 320, height: 150, compact: true, formatY, ...words });
    const full = layoutChart(m, { width: 320, height: 150, formatY, ...words });
    expect(small.y.ticks.every((t) => t.label === null)).toBe(true);
    expect(small.grid).toEqual({ horizontal: [], vertical: [] });
    expect(small.x.ticks.length).toBeLessThanOrEqual(2);
    expect(small.points[0]!.r).toBeLessThan(full.points[0]!.r);
    expect(small.labels.some((t) => t.cls === 'goal-step-label' || t.cls === 'goal-label')).toBe(false);
  });
});
