import type { ChartModel } from '../domain/chart-model';

interface Props {
  model: ChartModel;
  width: number;
  height: number;
  /** accessible name; the data table beside the chart is its text alternative */
  label: string;
  compact?: boolean;
  formatY?: (v: number) => string;
}

/**
 * The same series as the interactive chart, drawn as plain SVG with no chart library: used on the
 * overview cards and while Recharts loads, so the first chart never waits for it.
 */
export function StaticChart({ model, width, height, label, compact = false, formatY = String }: Props) {
  const pad = compact ? { l: 4, r: 8, t: 8, b: 16 } : { l: 48, r: 16, t: 12, b: 28 };
  const [x0, x1] = model.xDomain;
  const [y0, y1] = model.yDomain;
  const sx = (x: number) => pad.l + ((x - x0) / (x1 - x0 || 1)) * (width - pad.l - pad.r);
  const sy = (y: number) => height - pad.b - ((y - y0) / (y1 - y0 || 1)) * (height - pad.t - pad.b);
  const path = (pts: { x: number; y: number }[]) =>
    pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
  const years = [Math.ceil(x0), Math.floor(x1)];
  return (
    <svg className="static-chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%">
      <line x1={pad.l} x2={width - pad.r} y1={sy(y0)} y2={sy(y0)} className="axis" />
      {!compact && (
        <>
          <text x={pad.l - 6} y={sy(y1) + 4} textAnchor="end" className="tick">
            {formatY(y1)}
          </text>
          <text x={pad.l - 6} y={sy(y0)} textAnchor="end" className="tick">
            {formatY(y0)}
          </text>
        </>
      )}
      {years.map((yr) => (
        <text key={yr} x={sx(yr)} y={height - 2} textAnchor="middle" className="tick">
          {yr}
        </text>
      ))}
      {model.goals.map((g) =>
        g.deadlineX === null ? (
          <rect
            key={g.figureId}
            x={sx(g.statedX)}
            y={sy(g.y) - 3}
            width={Math.max(0, sx(x1) - sx(g.statedX))}
            height={6}
            className={`goal-band${g.current ? ' current' : ''}`}
          />
        ) : (
          <circle
            key={g.figureId}
            cx={sx(g.deadlineX)}
            cy={sy(g.y)}
            r={compact ? 5 : 5}
            className={`goal-mark${g.current ? ' current' : ''}`}
          />
        ),
      )}
      {model.projection.length > 1 && <path d={path(model.projection)} className="projection" />}
      {model.line.length > 1 && <path d={path(model.line)} className="actual-line" />}
      {model.points.map((p) => (
        <g key={p.figureId} className={`point tier-${p.tier}${p.partial ? ' partial' : ''}`}>
          {p.low !== null && p.high !== null && (
            <line x1={sx(p.x)} x2={sx(p.x)} y1={sy(p.low)} y2={sy(p.high)} className="range" />
          )}
          <circle cx={sx(p.x)} cy={sy(p.y)} r={compact ? 4 : 4} />
        </g>
      ))}
    </svg>
  );
}
