import type { Figure, Source } from './dataset-schema';
import { goalTarget } from './goal-status';
import { assumedDeadlines } from './horizons';
import { outOfScope } from './localized';
import { paceModelFor, type PaceModel, type RateRange } from './pace';
import { isPartialSpan, partToYear, periodEnd } from './periods';
import {
  baseFromFigure,
  evaluateScenario,
  historicalRate,
  requiredRates,
  validateRateInput,
  type DeadlineRange,
  type RateInputReason,
  type ScenarioResult,
} from './scenario';
import { currentGoal, latestActual, type IndicatorFigures } from './series';

/** What a student typed, as the URL keeps it. */
export interface ScenarioInputs {
  base: string | null;
  by: DeadlineRange | null;
  scenarios: { rate: string; name: string }[];
  ha: string | null;
  hb: string | null;
}

export interface ScenarioRow {
  index: number;
  name: string;
  text: string;
  rate: number | null;
  error: RateInputReason | null;
  result: ScenarioResult | null;
}

export interface ScenarioSetup {
  model: PaceModel;
  goal: Figure;
  target: number;
  /** the figures a scenario can start from: dated, full-period actuals and capacities */
  baseOptions: Figure[];
  base: Figure;
  latest: Figure;
  deadline: DeadlineRange;
  /** null when the goal states its deadline; else why this range was assumed */
  assumed: { reasonKey: string; chosen: boolean } | null;
  statedYear: number;
  rows: ScenarioRow[];
  required: { fromBase: RateRange | null; fromLatest: RateRange | null };
  historical: { a: Figure; b: Figure; rate: RateRange | null } | null;
}

/**
 * Everything the scenario explorer shows for one indicator, from the figures and the inputs in the
 * URL. Null when the indicator has no goal or no dated figure to start from.
 */
export function scenarioSetup(
  figs: IndicatorFigures,
  sources: Map<string, Source>,
  inputs: ScenarioInputs,
): ScenarioSetup | null {
  const goal = currentGoal(figs);
  const target = goal ? goalTarget(goal, figs.indicator.better) : null;
  // a scenario starts from a figure of the indicator's own scope, never a part-year span
  const baseOptions = figs.dated.filter(
    (f) => !isPartialSpan(f.period) && !outOfScope(f) && baseFromFigure(f) !== null,
  );
  const latest = latestActual(figs, sources);
  if (!goal || target === null || !latest || !baseOptions.length) return null;
  const model = paceModelFor(figs.indicator);
  const base = baseOptions.find((f) => f.id === inputs.base) ?? latest;
  const baseStart = baseFromFigure(base);
  const latestStart = baseFromFigure(latest);
  if (!baseStart) return null;
  const stated = sources.get(goal.source)?.eventDate ?? `${Math.floor(baseStart.year)}-01-01`;
  const statedYear = partToYear(stated.slice(0, 7)) ?? Number(stated.slice(0, 4));
  let deadline: DeadlineRange;
  let assumed: ScenarioSetup['assumed'] = null;
  if (goal.deadline) {
    // a deadline year ("2030") or month ("2023-12", read to the end of its year in the explorer)
    const y = Number(goal.deadline.slice(0, 4));
    deadline = { from: y, to: y };
  } else {
    const d = assumedDeadlines(goal.horizon ?? null, statedYear);
    deadline = inputs.by ?? { from: d.from, to: d.to };
    assumed = { reasonKey: d.reasonKey, chosen: inputs.by !== null };
  }
  const baseValue = 'value' in baseStart ? baseStart.value : baseStart.high;
  const rows: ScenarioRow[] = inputs.scenarios.map((s, index) => {
    const v = validateRateInput(s.rate, model, figs.indicator.better, baseValue);
    const result = v.ok
      ? evaluateScenario({
          base: baseStart,
          goal: target,
          rate: v.rate,
          model,
          deadline,
          better: figs.indicator.better,
        })
      : null;
    return { index, name: s.name, text: s.rate, rate: v.ok ? v.rate : null, error: v.ok ? null : v.reasonKey, result };
  });
  const byId = new Map(baseOptions.map((f) => [f.id, f]));
  const ha = inputs.ha ? byId.get(inputs.ha) : undefined;
  const hb = inputs.hb ? byId.get(inputs.hb) : undefined;
  const first = baseOptions[0]!;
  const [a, b] = ha && hb ? [ha, hb] : [first, latest];
  return {
    model,
    goal,
    target,
    baseOptions,
    base,
    latest,
    deadline,
    assumed,
    statedYear,
    rows,
    required: requiredRates({ base: baseStart, latest: latestStart, goal: target, model, deadline }),
    historical:
      a.id !== b.id && periodEnd(a.period) !== periodEnd(b.period) ? { a, b, rate: historicalRate(a, b, model) } : null,
  };
}
