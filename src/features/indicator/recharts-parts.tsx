import { Line } from 'recharts';
import type { ChartModel } from '../../domain/chart-model';
import { directLabelsSvg } from '../../lib/chart-svg/plot-svg';

/** The Recharts chart's margins and axis sizes: where its plot area is, for the labels drawn over it. */
export const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
export const Y_AXIS_WIDTH = 72;
export const X_AXIS_HEIGHT = 30;

/** A dotless, unanimated line of the chart (the goal, the pace so far). Called, not rendered as a component: Recharts reads its children's props. */
export function seriesLine(
  data: { x: number; y: number }[],
  className: string,
  style: { strokeWidth?: number; strokeDasharray?: string },
) {
  return (
    <Line
      data={data}
      dataKey="y"
      className={className}
      dot={false}
      isAnimationActive={false}
      legendType="none"
      {...style}
    />
  );
}

/**
 * The direct labels (goal in force, latest value, goal moves) over Recharts' plot area, written by the
 * same code as the static chart and the pictures, so the page and the export say the same words.
 */
export function DirectLabels({
  model,
  width,
  height,
  labels,
  formatY,
}: {
  model: ChartModel;
  width: number;
  height: number;
  labels: { currentGoal: string; latest: string; steps: Record<string, string> };
  formatY: (v: number) => string;
}) {
  const markup = directLabelsSvg(
    model,
    {
      left: MARGIN.left + Y_AXIS_WIDTH,
      right: width - MARGIN.right,
      top: MARGIN.top,
      bottom: height - MARGIN.bottom - X_AXIS_HEIGHT,
    },
    {
      width,
      height,
      formatY,
      currentGoalLabel: labels.currentGoal || undefined,
      latestLabel: labels.latest || undefined,
      stepLabel: (id) => labels.steps[id] ?? '',
    },
  );
  return (
    <svg
      className="direct-labels"
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
