import { buildChartModel, type ChartModel, type ChartOptions } from '../../src/domain/chart-model';
import { figuresFor, sourceMap } from '../../src/domain/series';
import { parsedRealDataset } from './dataset-fixture';

/** The chart of an indicator of the real dataset, as a page with no options set shows it. */
export const NO_CHART_OPTIONS: ChartOptions = {
  hideContext: false,
  hideGoals: false,
  hideProjection: false,
  from: null,
  to: null,
  projection: null,
};

const ds = parsedRealDataset();
const sources = sourceMap(ds);

/** An indicator's chart model from the real dataset, with some options changed. */
export const chartModelOf = (id: string, opts: Partial<ChartOptions> = {}): ChartModel =>
  buildChartModel(figuresFor(ds, id)!, sources, { ...NO_CHART_OPTIONS, ...opts });
