import { yearDomain } from './axis';
import { valueDomain, type ChartModel } from './chart-model';
import { projectPoints } from './pace';
import { baseFromFigure, endOfYear } from './scenario';
import type { ScenarioSetup } from './scenario-setup';

const toXY = (pts: { year: number; value: number }[]) => pts.map((p) => ({ x: p.year, y: p.value }));

/**
 * The indicator's chart with a student's scenarios on it: each scenario's path, the assumed deadline
 * span (for a goal with no date) and the band between the paths at the slowest and fastest pace that
 * reach the goal within the deadline range. Axes grow to show them.
 */
export function withScenarios(model: ChartModel, setup: ScenarioSetup, names: (index: number) => string): ChartModel {
  const scenarios = setup.rows.flatMap((r) =>
    r.result && r.result.path.length > 1
      ? [{ index: r.index, name: r.name || names(r.index), points: toXY(r.result.path) }]
      : [],
  );
  const start = baseFromFigure(setup.base);
  const centre = start
    ? { year: start.year, value: 'value' in start ? start.value : (start.low + start.high) / 2 }
    : null;
  const band = setup.required.fromBase;
  let requiredFan: ChartModel['requiredFan'] = null;
  const first = endOfYear(setup.deadline.from);
  const last = endOfYear(setup.deadline.to);
  if (centre && band && first > centre.year) {
    const low = projectPoints(centre, band[0], last, setup.model);
    const high = projectPoints(centre, band[1], first, setup.model);
    if (low && high && low.length > 1 && high.length > 1) requiredFan = { low: toXY(low), high: toXY(high) };
  }
  const xs = [last, ...scenarios.flatMap((s) => s.points.map((p) => p.x))].filter(Number.isFinite);
  const ys = [model.yMax, ...scenarios.flatMap((s) => s.points.map((p) => p.y))];
  return {
    ...model,
    scenarios,
    // the whole deadline years, as the axis labels them: "2026–2030" covers 2026 to the end of 2030
    assumedDeadline: setup.assumed ? { from: setup.deadline.from, to: last } : null,
    requiredFan,
    xDomain: [model.xDomain[0], Math.max(model.xDomain[1], yearDomain(model.xDomain[0], Math.max(...xs))[1])],
    ...valueDomain(Math.max(...ys.filter(Number.isFinite))),
  };
}
