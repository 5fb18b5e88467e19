import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { useLayoutEffect, useMemo, useRef, type FocusEvent } from 'react';
import type { ChartModel, ChartPoint } from '../../domain/chart-model';
import { DirectLabels, MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH, seriesLine } from './recharts-parts';
import { useStable } from '../../lib/use-stable';
import { yearAxis, yearLabelX } from '../../domain/axis';
import { textWidth } from '../../lib/chart-svg/text-measure';
import { TICK_SIZE, labelSize } from '../../lib/chart-svg/plot-svg';

export interface ViewProps {
  model: ChartModel;
  width: number;
  height: number;
  selectedId: string | null;
  onSelect: (figureId: string) => void;
  pointLabel: (figureId: string) => string;
  formatY: (v: number) => string;
  goalLabel: (figureId: string) => string;
  /** direct labels, as the static chart and the pictures write them (chart-labels.ts) */
  labels?: { currentGoal: string; latest: string; steps: Record<string, string> };
}

type ShapeProps = { cx?: number; cy?: number; payload?: ChartPoint };

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
export default function RechartsView({
  model,
  width,
  height,
  selectedId,
  onSelect,
  pointLabel,
  formatY,
  goalLabel,
  labels: direct = { currentGoal: '', latest: '', steps: {} },
}: ViewProps) {
  const wrap = useRef<HTMLDivElement>(null);
  /** the selection as last shown, read while Recharts draws (not a reason to draw again) */
  const selectedRef = useRef(selectedId);
  /** the figure whose point has keyboard focus, kept while that point is redrawn */
  const focusedId = useRef<string | null>(null);

  const scatter = useStable(
    model.points.map((p) => ({
      ...p,
      err: p.low !== null && p.high !== null ? [p.y - p.low, p.high - p.y] : undefined,
    })),
  );
  const line = useStable(model.line);
  const projection = useStable(model.projection);
  const goals = useStable(model.goals);
  const goalPath = useStable(model.goalPath ?? []);
  const goalMarks = useStable(
    model.goals
      .filter((g) => g.deadlineX !== null)
      .map((g) => ({ goal: g, data: [{ x: g.deadlineX, y: g.y, figureId: g.figureId }] })),
  );
  const forecasts = useStable(model.forecasts.map((f) => ({ forecast: f, data: [{ x: f.x, y: f.y }] })));
  const xDomain = useStable(model.xDomain);
  const yDomain = useStable(model.yDomain);
  // the same ticks as the static chart and the pictures (domain/axis.ts)
  const yTicks = useStable(model.yTicks);
  const plotWidth = width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH;
  const xTicks = useStable(yearAxis(xDomain[0], xDomain[1], plotWidth, textWidth('2030', TICK_SIZE)));
  // a year's label in the middle of its band, its gridline and tick where the year begins (axis.ts)
  const halfYear = (yearLabelX(0) * plotWidth) / (xDomain[1] - xDomain[0]);
  // What is written on the chart, as data: when a label changes (another language), draw again.
  const labels = useStable(
    Object.fromEntries(
      [...model.points, ...model.goals, ...model.forecasts].map((p) => [p.figureId, pointLabel(p.figureId)]),
    ),
  );
  const goalLabels = useStable(Object.fromEntries(model.goals.map((g) => [g.figureId, goalLabel(g.figureId)])));
  // formatY is a new function on every render; what it writes is what matters.
  const formatKey = [0, 0.5, 1, 1000, 1e6, 1e9, yDomain[0], yDomain[1]].map((v) => formatY(v)).join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const format = useMemo(() => formatY, [formatKey]);

  // The selection, shown without drawing again (also after a redraw).
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    for (const el of wrap.current?.querySelectorAll<SVGGElement>('[data-figure]') ?? []) {
      if (el.classList.contains('forecast-mark')) continue;
      const on = el.dataset.figure === selectedId;
      el.setAttribute('aria-pressed', String(on));
      el.classList.toggle('selected', on);
    }
  });

  const chart = useMemo(() => {
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
    const shape = (props: unknown) => {
      const { cx = 0, cy = 0, payload } = props as ShapeProps;
      if (!payload) return <g />;
      const selected = isSelected(payload.figureId);
      const cls = `point tier-${payload.tier}${payload.partial ? ' partial' : ''}${payload.approx || payload.atLeast || payload.apart ? ' approx' : ''}${payload.apart ? ' apart' : ''}${selected ? ' selected' : ''}`;
      return (
        <g className={cls} aria-pressed={selected} {...interaction(payload.figureId)}>
          <circle cx={cx} cy={cy} r={14} className="hit" />
          {payload.partial ? <rect x={cx - 5} y={cy - 5} width={10} height={10} /> : <circle cx={cx} cy={cy} r={6} />}
        </g>
      );
    };
    return (
      <ComposedChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="2 4" className="grid" />
        <XAxis
          type="number"
          dataKey="x"
          domain={xDomain}
          allowDataOverflow
          ticks={xTicks}
          tick={{ dx: halfYear }}
          interval={0}
          height={X_AXIS_HEIGHT}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={yDomain}
          ticks={yTicks}
          interval={0}
          tickFormatter={format}
          width={Y_AXIS_WIDTH}
          allowDataOverflow
        />
        {goals.map((g) =>
          g.deadlineX === null ? (
            <ReferenceArea
              key={g.figureId}
              x1={Math.max(g.statedX, xDomain[0])}
              x2={xDomain[1]}
              y1={g.y * 0.985}
              y2={g.y * 1.015}
              className={`goal-band${g.current ? ' current' : ''}`}
              ifOverflow="hidden"
              label={
                g.labelled && !g.current
                  ? {
                      value: goalLabels[g.figureId] ?? '',
                      position: 'insideTopLeft',
                      className: 'goal-label',
                      fontSize: labelSize(), // the size of every goal label (labels-svg.ts)
                    }
                  : undefined
              }
            />
          ) : (
            <ReferenceLine
              key={g.figureId}
              x={g.deadlineX}
              className={`goal-deadline${g.current ? ' current' : ''}`}
              strokeDasharray="4 4"
              ifOverflow="hidden"
            />
          ),
        )}
        {goalPath.length > 1 && seriesLine(goalPath, 'goal-line', { strokeWidth: 2.5 })}
        {projection.length > 1 && seriesLine(projection, 'projection', { strokeDasharray: '2 5' })}
        {line.length > 1 && (
          <Line data={line} dataKey="y" className="actual-line" dot={false} isAnimationActive={false} />
        )}
        <Scatter data={scatter} dataKey="y" shape={shape} isAnimationActive={false}>
          <ErrorBar dataKey="err" direction="y" width={8} className="range" />
        </Scatter>
        {goalMarks.map(({ goal: g, data }) => (
          <Scatter
            key={`${g.figureId}-mark`}
            data={data}
            dataKey="y"
            isAnimationActive={false}
            shape={(props: unknown) => {
              const { cx = 0, cy = 0 } = props as ShapeProps;
              const selected = isSelected(g.figureId);
              return (
                <g
                  className={`goal-mark${g.current ? ' current' : ''}${selected ? ' selected' : ''}`}
                  aria-pressed={selected}
                  {...interaction(g.figureId)}
                >
                  <circle cx={cx} cy={cy} r={14} className="hit" />
                  <path d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`} />
                </g>
              );
            }}
          />
        ))}
        {forecasts.map(({ forecast: f, data }) => (
          <Scatter
            key={f.figureId}
            data={data}
            dataKey="y"
            isAnimationActive={false}
            shape={(props: unknown) => {
              const { cx = 0, cy = 0 } = props as ShapeProps;
              return (
                <g className="forecast-mark" {...interaction(f.figureId)}>
                  <circle cx={cx} cy={cy} r={14} className="hit" />
                  <path d={`M${cx - 6},${cy - 6}L${cx + 6},${cy + 6}M${cx - 6},${cy + 6}L${cx + 6},${cy - 6}`} />
                </g>
              );
            }}
          />
        ))}
      </ComposedChart>
    );
  }, [
    width,
    height,
    scatter,
    line,
    projection,
    goals,
    goalPath,
    goalMarks,
    forecasts,
    xDomain,
    yDomain,
    xTicks,
    halfYear,
    yTicks,
    labels,
    goalLabels,
    format,
    onSelect,
  ]);

  return (
    <div ref={wrap} className="recharts-view">
      {chart}
      <DirectLabels model={model} width={width} height={height} labels={direct} formatY={format} />
    </div>
  );
}
