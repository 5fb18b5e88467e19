import { buildChartModel, type ChartModel } from './chart-model';
import type { Dataset, Figure, Source } from './dataset-schema';
import { assessGoal, type GoalAssessment } from './goal-status';
import { historicalProjection } from './projection';
import { figuresFor, sourceMap, type IndicatorFigures } from './series';

/** What a reader chose to see: the same options the URL carries. */
export interface ViewOptions {
  hide: readonly string[];
  from: number | null;
  to: number | null;
}

export const DEFAULT_VIEW_OPTIONS: ViewOptions = { hide: [], from: null, to: null };

/** Everything one indicator's view shows, computed once from the dataset (no words: those are the components'). */
export interface IndicatorView {
  figs: IndicatorFigures;
  sources: Map<string, Source>;
  assessment: GoalAssessment;
  projection: { year: number; value: number }[] | null;
  model: ChartModel;
  /** every figure of the indicator, by id */
  byId: Map<string, Figure>;
  /** the figures the chart and its source line use (context figures drop out when hidden) */
  shown: Figure[];
  /** the rows of the figures table, in display order */
  tableFigures: Figure[];
}

/**
 * One indicator's view: verdict, projection, chart model, the figures it shows and its table rows.
 * The page, the embed, the overview card, the build-time pictures and the prerender all start here.
 */
export function indicatorView(
  dataset: Dataset,
  indicatorId: string,
  options: ViewOptions = DEFAULT_VIEW_OPTIONS,
  sources: Map<string, Source> = sourceMap(dataset),
): IndicatorView | null {
  const figs = figuresFor(dataset, indicatorId);
  if (!figs) return null;
  const asOf = dataset.updated;
  const hideContext = options.hide.includes('context');
  const assessment = assessGoal(figs, sources, asOf);
  const projection = historicalProjection(figs, sources, asOf);
  const model = buildChartModel(figs, sources, {
    hideContext,
    hideGoals: options.hide.includes('goals'),
    hideProjection: options.hide.includes('projection'),
    from: options.from,
    to: options.to,
    projection,
  });
  const all = dataset.figures.filter((f) => f.indicator === indicatorId);
  return {
    figs,
    sources,
    assessment,
    projection,
    model,
    byId: new Map(all.map((f) => [f.id, f])),
    shown: all.filter((f) => !hideContext || sources.get(f.source)?.tier === 'primary'),
    tableFigures: [...figs.dated, ...figs.undated, ...figs.goals, ...figs.forecasts],
  };
}
