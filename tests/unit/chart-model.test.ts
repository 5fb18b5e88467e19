import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../src/domain/axis';
import { yearAxis } from '../../src/lib/chart-layout/year-ticks';
import { chartModelOf } from './chart-fixture';

const model = chartModelOf;

describe('chart model', () => {
  it('joins full years only when an indicator has them; mid-year statements stay points', () => {
    const m = model('ca-intra-trade');
    expect(m.line.map((p) => p.x)).toEqual([2024, 2025]); // the ends of 2023 and 2024
    expect(m.line.map((p) => p.y)).toEqual([11, 11.5]);
    expect(m.points.map((p) => p.figureId)).toContain('ca-intra-trade-2023-06-akorda');
  });

  it('joins dated statements when there are no full years (transit times)', () => {
    const m = model('china-europe-transit');
    expect(m.line).toHaveLength(3);
  });

  it('draws ranges as ranges around their middle, never as a single stated value', () => {
    const p = model('china-europe-transit').points.find((x) => x.figureId === 'china-europe-transit-2023')!;
    expect([p.low, p.y, p.high]).toEqual([19, 21, 23]);
  });

  it('keeps part-year spans off the line', () => {
    const m = model('titr-cargo');
    const partial = m.points.find((p) => p.figureId === 'titr-cargo-2022-jan-oct')!;
    expect(partial.partial).toBe(true);
    expect(m.line.some((p) => p.x === partial.x)).toBe(false);
  });

  it('hides context figures and goals on request', () => {
    const m = model('kz-ots-trade', { hideContext: true, hideGoals: true });
    expect(m.points.every((p) => p.tier === 'primary')).toBe(true);
    expect(m.goals).toEqual([]);
  });

  it('fits the axes to every mark, including goals, and honours a chosen range', () => {
    expect(model('kz-ots-trade').yDomain[1]).toBeGreaterThanOrEqual(23);
    // "to 2030" shows the year 2030 whole (a total for 2030 sits at its end), and half a year of room
    expect(model('kz-ots-trade', { from: 2015, to: 2030 }).xDomain).toEqual([2015, 2031.5]);
  });

  it('shows the whole year of every mark: from the start of the first one to past the end of the last', () => {
    for (const id of ['kz-ots-trade', 'ca-intra-trade', 'china-europe-transit', 'titr-cargo']) {
      const m = model(id);
      const xs = [
        ...m.points.map((p) => p.x),
        ...m.goals.map((g) => g.deadlineX ?? g.statedX),
        ...m.forecasts.map((f) => f.x),
        ...m.projection.map((p) => p.x),
      ];
      const [x0, x1] = m.xDomain;
      expect(Number.isInteger(x0), id).toBe(true);
      // the earliest mark's year is on the chart, also when the mark is a total at that year's end
      expect(x0, id).toBeLessThan(Math.min(...xs));
      expect(x1 - Math.max(...xs), id).toBeGreaterThanOrEqual(0.5);
      expect(x1 - Math.max(...xs), id).toBeLessThanOrEqual(1.5);
    }
  });

  it.each([
    // max → ticks: the first round tick at or above the data ends the axis, 4–6 ticks in steps of 1, 2, 2.5, 5 × 10ⁿ
    [23, [0, 5, 10, 15, 20, 25]],
    [60, [0, 20, 40, 60]],
    [12.9, [0, 5, 10, 15]],
    [0.7, [0, 0.25, 0.5, 0.75]],
    [78, [0, 20, 40, 60, 80]],
    [300000, [0, 100000, 200000, 300000]],
    [101, [0, 25, 50, 75, 100, 125]],
  ])('fits a value axis to %s: %j', (max, ticks) => {
    const axis = valueAxis(max as number);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.top).toBe((ticks as number[]).at(-1));
  });

  it('every value axis: starts at 0, ends at or above the data with less than one step to spare, 4–6 round steps', () => {
    for (let i = 1; i < 4000; i++) {
      const max = (i * 7.31) ** 1.37 / 100;
      const { ticks, top } = valueAxis(max);
      const step = ticks[1]! - ticks[0]!;
      expect(ticks[0]).toBe(0);
      expect(top).toBeGreaterThanOrEqual(max - 1e-9);
      expect(top - max).toBeLessThan(step);
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expect(ticks.length).toBeLessThanOrEqual(6);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect(
        [1, 2, 2.5, 5].some((k) => Math.abs(k - mantissa) < 1e-9),
        `${max}: step ${step}`,
      ).toBe(true);
    }
  });

  it('labels only years whose whole band is on the chart, in the middle of the band', () => {
    // 2015.0 to 2031.5: the bands of 2015 … 2030 are whole; 2031's is half, so it has no label
    const years = yearAxis(2015, 2031.5, 1600, 30);
    expect(years[0]).toBe(2015);
    expect(years.at(-1)).toBe(2030);
    expect(yearAxis(2015.2, 2020, 1600, 30)).toEqual([2016, 2017, 2018, 2019]);
  });

  it('spaces year labels at least 40 px and their own width apart', () => {
    expect(yearAxis(2010, 2031, 600, 30)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    expect(yearAxis(2010, 2037, 300, 30)).toEqual([2010, 2015, 2020, 2025, 2030, 2035]);
    const ticks = yearAxis(2020, 2037, 400, 60);
    for (let i = 1; i < ticks.length; i++) expect(((ticks[i]! - ticks[i - 1]!) * 400) / 17).toBeGreaterThanOrEqual(70);
  });
});

describe('the goal as one line through time', () => {
  it('draws the same goal stated twice as one line, and a raised goal as a step', () => {
    const m = model('ca-intra-trade');
    const stated = (id: string) => m.goals.find((g) => g.figureId === id)!.statedX;
    // 15 bn (Sep 2023), 15 bn again (Aug 2024), 20 bn (Nov 2025): one line at 15, one step up to 20
    expect(m.goalPath).toEqual([
      { x: stated('ca-intra-trade-goal-akorda'), y: 15 },
      { x: stated('ca-intra-trade-goal-2025'), y: 15 },
      { x: stated('ca-intra-trade-goal-2025'), y: 20 },
      { x: m.xDomain[1], y: 20 },
    ]);
    expect(m.goalSteps).toEqual([
      { figureId: 'ca-intra-trade-goal-2025', x: stated('ca-intra-trade-goal-2025'), y: 20, move: 'raised' },
    ]);
  });

  it('ends a goal with a deadline at its deadline', () => {
    const m = model('kz-transit');
    expect(m.goalPath?.at(-1)).toEqual({ x: 2024, y: 5 }); // the end of December 2023
  });

  it('labels the latest figure on the line, never one of another scope', () => {
    expect(model('ca-intra-trade').latest?.figureId).toBe('ca-intra-trade-2024');
    expect(model('kz-ots-trade').latest?.figureId).toBe('kz-ots-trade-2022'); // not BAQ's 2025 figure
  });

  it('has no goal line when goals are hidden', () => {
    expect(model('ca-intra-trade', { hideGoals: true }).goalPath).toEqual([]);
  });
});
