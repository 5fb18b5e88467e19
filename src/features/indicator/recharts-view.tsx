import { useLayoutEffect, useMemo, useRef, type FocusEvent, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis, ZIndexLayer, DefaultZIndexes } from 'recharts';
import type { ChartModel } from '../../domain/chart-model';
import { layoutChart } from '../../lib/chart-layout/chart-layout';
import type { LayoutOptions } from '../../lib/chart-layout/layout-options';
import { labelsSvg } from '../../lib/chart-svg/labels-svg';
import { crossSvg, diamondSvg, pointClass, pointSvg, underSvg } from '../../lib/chart-svg/plot-svg';
import { useStable } from '../../lib/use-stable';
import { Markup, rechartsFrame, seriesLine, tickText } from './recharts-parts';

export interface ViewProps {
  model: ChartModel;
  /** the size, number format and words: the same options the static chart is laid out with */
  options: LayoutOptions;
  selectedId: string | null;
  onSelect: (figureId: string) => void;
  pointLabel: (figureId: string) => string;
}

type ShapeProps = { payload?: { figureId: string } };

/**
 * The thin drawing layer: Recharts draws what the chart component decided. Loaded lazily.
 *
 * Keyboard focus: Recharts 3 redraws every point of a series whenever the series is rendered again
 * with new props (its animation id follows the props' identity), and a redrawn point loses focus. So
 * the drawing is memoised on what it shows, not on the selection: focusing or hovering a point marks
 * it selected in the DOM (class and aria-pressed) without rendering the chart again, and focus stays
 * where the reader put it. When the drawing does change (a new width, another language) and the
 * focused point is redrawn, focus goes back to the same point.
 */
/**
 * One mark in the live chart: found by its figure, drawn by the static renderer's `svg`, classed by
 * `className`, with a hit area and the reader's pointer and keyboard (`interaction`); without
 * `isSelected` (a forecast's cross) it is not one a reader selects.
 */
function markShape<M extends { figureId: string; cx: number; cy: number }, I extends object>(
  props: unknown,
  all: ReadonlyMap<string, M>,
  svg: (m: M) => string,
  className: (m: M) => string,
  interaction: (figureId: string) => I,
  hit: (cx: number, cy: number) => ReactNode,
  isSelected?: (figureId: string) => boolean,
) {
  const m = all.get((props as ShapeProps).payload?.figureId ?? '');
  if (!m) return <g />;
  const selected = isSelected?.(m.figureId) ?? false;
  return (
    <g
      className={`${className(m)}${selected ? ' selected' : ''}`}
      aria-pressed={isSelected ? selected : undefined}
      {...interaction(m.figureId)}
    >
      {hit(m.cx, m.cy)}
      <Markup className="mark" html={svg(m)} />
    </g>
  );
}

export default function RechartsView({ model, options, selectedId, onSelect, pointLabel }: ViewProps) {
  const wrap = useRef<HTMLDivElement>(null);
  /** the selection as last shown, read while Recharts draws (not a reason to draw again) */
  const selectedRef = useRef(selectedId);
  /** the figure whose point has keyboard focus, kept while that point is redrawn */
  const focusedId = useRef<string | null>(null);

  // The layout both renderers draw from, kept while its content is the same (the page makes new
  // options on every render; what they place is what matters).
  const layout = useStable(layoutChart(model, options));
  const line = useStable(model.line);
  const projection = useStable(model.projection);
  const goalPath = useStable(model.goalPath ?? []);
  // the marks' data, in the model's values: Recharts places them by the same domains as the layout
  const pointData = useStable(model.points.map(({ figureId, x, y }) => ({ figureId, x, y })));
  const goalData = useStable(
    model.goals.flatMap((g) => (g.deadlineX === null ? [] : [{ figureId: g.figureId, x: g.deadlineX, y: g.y }])),
  );
  const forecastData = useStable(model.forecasts.map(({ figureId, x, y }) => ({ figureId, x, y })));
  // What is written on the chart, as data: when a label changes (another language), draw again.
  const labels = useStable(
    Object.fromEntries(
      [...model.points, ...model.goals, ...model.forecasts].map((p) => [p.figureId, pointLabel(p.figureId)]),
    ),
  );

  // The selection, shown without drawing again (also after a redraw).
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    for (const el of wrap.current?.querySelectorAll<SVGGElement>('[data-figure][role="button"]') ?? []) {
      if (el.classList.contains('forecast-mark')) continue;
      const on = el.dataset.figure === selectedId;
      el.setAttribute('aria-pressed', String(on));
      el.classList.toggle('selected', on);
    }
  });

  const chart = useMemo(() => {
    const { width, height, plot } = layout;
    const frame = rechartsFrame(layout);
    const interaction = (figureId: string) => ({
      tabIndex: 0,
      role: 'button',
      'aria-label': labels[figureId] ?? figureId,
      'data-figure': figureId,
      onMouseEnter: () => onSelect(figureId),
      onClick: () => onSelect(figureId),
      onFocus: () => {
        focusedId.current = figureId;
        onSelect(figureId);
      },
      onBlur: (e: FocusEvent<SVGGElement>) => {
        const el = e.currentTarget;
        // Focus moved on (the point is still there), rather than the point being redrawn.
        setTimeout(() => {
          if (el.isConnected && focusedId.current === figureId) focusedId.current = null;
        }, 0);
      },
      ref: (el: SVGGElement | null) => {
        const active = document.activeElement;
        if (el && focusedId.current === figureId && (active === null || active === document.body)) {
          el.focus({ preventScroll: true });
        }
      },
    });
    const isSelected = (figureId: string) => figureId === selectedRef.current;
    // Every mark is drawn where the layout placed it, by the static renderer's own markup; Recharts
    // gives it a place in the drawing and the reader's pointer and keyboard.
    const marks = new Map(layout.points.map((m) => [m.figureId, m]));
    const diamonds = new Map(layout.diamonds.map((d) => [d.figureId, d]));
    const crosses = new Map(layout.crosses.map((c) => [c.figureId, c]));
    const hit = (cx: number, cy: number) => <circle cx={cx} cy={cy} r={14} className="hit" />;
    const pointShape = (props: unknown) => markShape(props, marks, pointSvg, pointClass, interaction, hit, isSelected);
    const goalShape = (props: unknown) =>
      markShape(
        props,
        diamonds,
        diamondSvg,
        (d) => `goal-mark${d.current ? ' current' : ''}`,
        interaction,
        hit,
        isSelected,
      );
    const forecastShape = (props: unknown) =>
      markShape(props, crosses, crossSvg, () => 'forecast-mark', interaction, hit);
    const xLabels = new Map(layout.x.ticks.map((t) => [t.year, t.label]));
    const yLabels = new Map(layout.y.ticks.map((t) => [t.value, t.label]));
    const tickValue = (props: unknown) => (props as { payload?: { value?: number } }).payload?.value ?? NaN;
    return (
      <ComposedChart width={width} height={height} margin={frame.margin} accessibilityLayer={false}>
        <CartesianGrid
          strokeDasharray="2 4"
          className="grid"
          horizontalPoints={layout.grid.horizontal}
          verticalPoints={layout.grid.vertical}
          x={plot.left}
          y={plot.top}
          width={plot.right - plot.left}
          height={plot.bottom - plot.top}
        />
        <XAxis
          type="number"
          dataKey="x"
          domain={layout.x.domain}
          allowDataOverflow
          ticks={layout.x.ticks.map((t) => t.year)}
          tick={(props: unknown) => tickText(xLabels.get(tickValue(props)))}
          tickLine={false}
          interval={0}
          height={frame.xAxisHeight}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={layout.y.domain}
          ticks={layout.y.ticks.map((t) => t.value)}
          tick={(props: unknown) => tickText(yLabels.get(tickValue(props)))}
          tickLine={false}
          axisLine={false}
          interval={0}
          width={frame.yAxisWidth}
          allowDataOverflow
        />
        {/* goal bands and deadlines under the series, as the static chart draws them */}
        <ZIndexLayer zIndex={DefaultZIndexes.area}>
          <Markup className="chart-under" html={underSvg(layout)} />
        </ZIndexLayer>
        {goalPath.length > 1 && seriesLine(goalPath, 'goal-line', { strokeWidth: layout.goalLineWidth })}
        {projection.length > 1 && seriesLine(projection, 'projection', { strokeDasharray: '2 5' })}
        {line.length > 1 && (
          <Line data={line} dataKey="y" className="actual-line" dot={false} isAnimationActive={false} />
        )}
        <Scatter
          data={pointData.filter((p) => marks.has(p.figureId))}
          dataKey="y"
          shape={pointShape}
          isAnimationActive={false}
        />
        {layout.diamonds.length > 0 && (
          <Scatter
            data={goalData.filter((g) => diamonds.has(g.figureId))}
            dataKey="y"
            shape={goalShape}
            isAnimationActive={false}
          />
        )}
        {layout.crosses.length > 0 && (
          <Scatter
            data={forecastData.filter((f) => crosses.has(f.figureId))}
            dataKey="y"
            shape={forecastShape}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    );
  }, [layout, line, projection, goalPath, pointData, goalData, forecastData, labels, onSelect]);

  return (
    <div ref={wrap} className="recharts-view">
      {chart}
      {/* the direct labels, placed by the layout and written by the static renderer's code */}
      <svg
        className="direct-labels"
        aria-hidden="true"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        dangerouslySetInnerHTML={{ __html: labelsSvg(layout) }}
      />
    </div>
  );
}
