import { useId } from 'react';
import type { ChartModel } from '../domain/chart-model';
import { renderPlot, type PlotOptions } from '../lib/chart-svg/plot-svg';

interface Props {
  model: ChartModel;
  width: number;
  height: number;
  /** accessible name; the data table beside the chart is its text alternative */
  label: string;
  compact?: boolean;
  formatY?: (v: number) => string;
  /** direct labels: the goal in force, the latest figure's value, where the goal moved */
  labels?: Pick<PlotOptions, 'currentGoalLabel' | 'latestLabel' | 'stepLabel' | 'goalLabel'>;
}

/**
 * The same series as the interactive chart, drawn as plain SVG with no chart library: used on the
 * overview cards and while Recharts loads, so the first chart never waits for it. The markup comes
 * from the pure renderer (also used for exported files); the app's CSS paints it, so it follows the theme.
 */
export function StaticChart({ model, width, height, label, compact = false, formatY = String, labels }: Props) {
  // ids must be unique in the page (several cards each clip their lines): React's id, made XML-safe
  const idPrefix = `sc-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const markup = renderPlot(model, { width, height, compact, formatY, idPrefix, ...labels });
  return (
    <svg
      className="static-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
