import { describe, expect, it } from 'vitest';
import { lastWholeYear } from '../../src/domain/axis';
import { buildChartModel } from '../../src/domain/chart-model';
import { withScenarios } from '../../src/domain/scenario-chart';
import { scenarioSetup, type ScenarioInputs } from '../../src/domain/scenario-setup';
import { figuresFor, sourceMap } from '../../src/domain/series';
import { yearAxis } from '../../src/lib/chart-layout/year-ticks';
import { parsedRealDataset } from './dataset-fixture';

const ds = parsedRealDataset();
const sources = sourceMap(ds);
const inputs: ScenarioInputs = { base: null, by: null, scenarios: [{ rate: '10', name: '' }], ha: null, hb: null };
const opts = { hideContext: false, hideGoals: false, hideProjection: true, from: null, to: null, projection: null };

/** Every indicator whose goal has no date: the explorer assumes a span of deadline years. */
const assumedCases = ds.indicators.flatMap((ind) => {
  const figs = figuresFor(ds, ind.id)!;
  const setup = scenarioSetup(figs, sources, inputs);
  return setup?.assumed ? [{ id: ind.id, figs, setup }] : [];
});

describe('the scenario chart on the year axis', () => {
  it('has goals with no date to test', () => {
    expect(assumedCases.length).toBeGreaterThan(0);
  });

  it.each(assumedCases.map((c) => [c.id, c] as const))(
    '%s: the assumed-deadline box covers the deadline years as the axis labels them',
    (_id, { figs, setup }) => {
      const m = withScenarios(buildChartModel(figs, sources, opts), setup, (i) => `S${i + 1}`);
      const box = m.assumedDeadline!;
      // "2026–2030": from where 2026 begins to where 2030 ends
      expect(box).toEqual({ from: setup.deadline.from, to: setup.deadline.to + 1 });
      // the paths at the required pace reach the goal inside the box
      const ends = [m.requiredFan!.low.at(-1)!.x, m.requiredFan!.high.at(-1)!.x];
      for (const x of ends) {
        expect(x).toBeGreaterThan(box.from);
        expect(x).toBeLessThanOrEqual(box.to);
      }
      // and every deadline year is labelled whole on a wide chart
      const labelled = yearAxis(m.xDomain[0], m.xDomain[1], 4000, 30);
      for (let y = setup.deadline.from; y <= setup.deadline.to; y++) expect(labelled).toContain(y);
      expect(lastWholeYear(m.xDomain[1])).toBeGreaterThanOrEqual(setup.deadline.to);
    },
  );
});
