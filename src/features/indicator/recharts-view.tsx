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
import type { ChartModel, ChartPoint } from '../../domain/chart-model';

export interface ViewProps {
  model: ChartModel;
  width: number;
  height: number;
  selectedId: string | null;
  onSelect: (figureId: string) => void;
  pointLabel: (figureId: string) => string;
  formatY: (v: number) => string;
  goalLabel: (figureId: string) => string;
}

type ShapeProps = { cx?: number; cy?: number; payload?: ChartPoint };

/** The thin drawing layer: Recharts draws what the chart component decided. Loaded lazily. */
export default function RechartsView({
  model,
  width,
  height,
  selectedId,
  onSelect,
  pointLabel,
  formatY,
  goalLabel,
}: ViewProps) {
  const scatter = model.points.map((p) => ({
    ...p,
    err: p.low !== null && p.high !== null ? [p.y - p.low, p.high - p.y] : undefined,
  }));
  const shape = (props: unknown) => {
    const { cx = 0, cy = 0, payload } = props as ShapeProps;
    if (!payload) return <g />;
    const selected = payload.figureId === selectedId;
    const cls = `point tier-${payload.tier}${payload.partial ? ' partial' : ''}${payload.approx || payload.atLeast ? ' approx' : ''}${selected ? ' selected' : ''}`;
    return (
      <g
        className={cls}
        tabIndex={0}
        role="button"
        aria-label={pointLabel(payload.figureId)}
        aria-pressed={selected}
        data-figure={payload.figureId}
        onMouseEnter={() => onSelect(payload.figureId)}
        onFocus={() => onSelect(payload.figureId)}
        onClick={() => onSelect(payload.figureId)}
      >
        <circle cx={cx} cy={cy} r={14} className="hit" />
        {payload.partial ? <rect x={cx - 5} y={cy - 5} width={10} height={10} /> : <circle cx={cx} cy={cy} r={6} />}
      </g>
    );
  };
  return (
    <ComposedChart
      width={width}
      height={height}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="2 4" className="grid" />
      <XAxis type="number" dataKey="x" domain={model.xDomain} allowDataOverflow tickCount={8} allowDecimals={false} />
      <YAxis type="number" dataKey="y" domain={model.yDomain} tickFormatter={formatY} width={72} allowDataOverflow />
      {model.goals.map((g) =>
        g.deadlineX === null ? (
          <ReferenceArea
            key={g.figureId}
            x1={Math.max(g.statedX, model.xDomain[0])}
            x2={model.xDomain[1]}
            y1={g.y * 0.985}
            y2={g.y * 1.015}
            className={`goal-band${g.current ? ' current' : ''}`}
            ifOverflow="hidden"
            label={
              g.labelled
                ? { value: goalLabel(g.figureId), position: 'insideTopLeft', className: 'goal-label' }
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
      {model.projection.length > 1 && (
        <Line
          data={model.projection}
          dataKey="y"
          className="projection"
          dot={false}
          strokeDasharray="2 5"
          isAnimationActive={false}
          legendType="none"
        />
      )}
      {model.line.length > 1 && (
        <Line data={model.line} dataKey="y" className="actual-line" dot={false} isAnimationActive={false} />
      )}
      <Scatter data={scatter} dataKey="y" shape={shape} isAnimationActive={false}>
        <ErrorBar dataKey="err" direction="y" width={8} className="range" />
      </Scatter>
      {model.goals
        .filter((g) => g.deadlineX !== null)
        .map((g) => (
          <Scatter
            key={`${g.figureId}-mark`}
            data={[{ x: g.deadlineX, y: g.y, figureId: g.figureId }]}
            dataKey="y"
            isAnimationActive={false}
            shape={(props: unknown) => {
              const { cx = 0, cy = 0 } = props as ShapeProps;
              const selected = g.figureId === selectedId;
              return (
                <g
                  className={`goal-mark${g.current ? ' current' : ''}${selected ? ' selected' : ''}`}
                  tabIndex={0}
                  role="button"
                  aria-label={pointLabel(g.figureId)}
                  aria-pressed={selected}
                  data-figure={g.figureId}
                  onMouseEnter={() => onSelect(g.figureId)}
                  onFocus={() => onSelect(g.figureId)}
                  onClick={() => onSelect(g.figureId)}
                >
                  <circle cx={cx} cy={cy} r={14} className="hit" />
                  <path d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`} />
                </g>
              );
            }}
          />
        ))}
      {model.forecasts.map((f) => (
        <Scatter
          key={f.figureId}
          data={[{ x: f.x, y: f.y }]}
          dataKey="y"
          isAnimationActive={false}
          shape={(props: unknown) => {
            const { cx = 0, cy = 0 } = props as ShapeProps;
            return (
              <g
                className="forecast-mark"
                tabIndex={0}
                role="button"
                aria-label={pointLabel(f.figureId)}
                data-figure={f.figureId}
                onFocus={() => onSelect(f.figureId)}
                onMouseEnter={() => onSelect(f.figureId)}
                onClick={() => onSelect(f.figureId)}
              >
                <circle cx={cx} cy={cy} r={14} className="hit" />
                <path d={`M${cx - 6},${cy - 6}L${cx + 6},${cy + 6}M${cx - 6},${cy + 6}L${cx + 6},${cy - 6}`} />
              </g>
            );
          }}
        />
      ))}
    </ComposedChart>
  );
}
