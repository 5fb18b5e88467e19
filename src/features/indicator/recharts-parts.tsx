import { Line } from 'recharts';
import type { ChartLayout, PlacedText } from '../../lib/chart-layout/chart-layout';

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

/** Recharts' margins and axis sizes that put its plot area exactly on the layout's plot box. */
export function rechartsFrame(l: ChartLayout) {
  return {
    margin: { top: l.plot.top, right: l.width - l.plot.right, bottom: 0, left: 0 },
    yAxisWidth: l.plot.left,
    xAxisHeight: l.height - l.plot.bottom,
  };
}

/** A tick label where the layout placed it (Recharts gives the tick's value; the layout, its place). */
export function tickText(label: PlacedText | null | undefined) {
  if (!label) return <g />;
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={label.size}
      className="tick recharts-cartesian-axis-tick-value"
    >
      {label.text}
    </text>
  );
}

/** Markup written by the static renderer's functions, inside the Recharts drawing. */
export function Markup({ className, html }: { className: string; html: string }) {
  return <g className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
