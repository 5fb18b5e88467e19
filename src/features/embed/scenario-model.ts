import type { ChartModel } from '../../domain/chart-model';
import type { Source } from '../../domain/dataset-schema';
import { withScenarios } from '../../domain/scenario-chart';
import { scenarioSetup } from '../../domain/scenario-setup';
import type { IndicatorFigures } from '../../domain/series';
import type { UrlState } from '../../lib/url-state';

/**
 * A scenario embed's chart: the indicator's chart with the scenarios of the URL drawn on it.
 * Its own module, loaded only by scenario embeds, so indicator embeds do not carry the scenario math.
 */
export function scenarioEmbedModel(
  plain: ChartModel,
  figs: IndicatorFigures,
  sources: Map<string, Source>,
  state: UrlState,
  names: (i: number) => string,
): ChartModel | null {
  const setup = scenarioSetup(figs, sources, state.scenario);
  return setup ? withScenarios(plain, setup, names) : null;
}
