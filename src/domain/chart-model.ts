import { valueAxis, yearDomain } from './axis';
import type { Figure, Localized, Source } from './dataset-schema';
import { isApproximate, isLowerBound, outOfScope } from './localized';
import { dateToYear, deadlineEnd, isPartialSpan, periodEnd } from './periods';
import { centralValue, type IndicatorFigures } from './series';

/** One figure placed on the chart. */
export interface ChartPoint {
  figureId: string;
  x: number;
  /** central value: the value, or the middle of a range (never shown as the figure itself) */
  y: number;
  low: number | null;
  high: number | null;
  /** "about" or "almost": drawn hollow */
  approx: boolean;
  /** "over" or "at least": drawn hollow */
  atLeast: boolean;
  /** of another or uncertain scope than the indicator: drawn apart, off the line */
  apart: boolean;
  tier: 'primary' | 'context';
  /** a part-year span (January–October): drawn apart from the yearly line */
  partial: boolean;
  kind: 'actual' | 'capacity';
}

export interface ChartGoal {
  figureId: string;
  y: number;
  /** when the goal was stated (the source's event date) */
  statedX: number;
  /** the deadline as a year; null for a vague horizon */
  deadlineX: number | null;
  horizon: Localized | null;
  tier: 'primary' | 'context';
  current: boolean;
}

/** A student's scenario: a projected path at an assumed rate. */
export interface ScenarioLine {
  /** 0, 1 or 2: decides colour and dash pattern */
  index: number;
  name: string;
  points: { x: number; y: number }[];
}

export interface ChartModel {
  points: ChartPoint[];
  /** the yearly line: one full-period point per period, primary sources preferred */
  line: { x: number; y: number }[];
  goals: ChartGoal[];
  forecasts: { figureId: string; x: number; y: number }[];
  projection: { x: number; y: number }[];
  xDomain: [number, number];
  /** [0, the axis top]: from valueAxis (axis.ts), the same for every renderer */
  yDomain: [number, number];
  /** the value ticks, 0 to the top */
  yTicks: number[];
  /** the largest value drawn (data, goals, projection): what the axis was fitted to */
  yMax: number;
  /** figures kept off the time axis because their year is not stated */
  undated: Figure[];
  /**
   * The goal as one solid line through time: each goal from the day it was stated to the next one
   * (a raised or lowered goal is a step; the same goal stated again stays one line), the last to its
   * deadline or the chart's right edge. Empty when goals are hidden.
   */
  goalPath?: { x: number; y: number }[];
  /** where the goal changed: the later goal's id, when it was stated, its value, up or down */
  goalSteps?: { figureId: string; x: number; y: number; move: 'raised' | 'lowered' }[];
  /** the latest figure on the line, labelled with its value */
  latest?: { figureId: string; x: number; y: number } | null;
  /** scenario explorer: the paths of up to three scenarios */
  scenarios?: ScenarioLine[];
  /** scenario explorer: an assumed deadline range for a goal with no date (drawn as a labelled span) */
  assumedDeadline?: { from: number; to: number } | null;
  /** scenario explorer: paths at the slowest and fastest required rate (the band between them) */
  requiredFan?: { low: { x: number; y: number }[]; high: { x: number; y: number }[] } | null;
}

export interface ChartOptions {
  hideContext: boolean;
  hideGoals: boolean;
  hideProjection: boolean;
  from: number | null;
  to: number | null;
  projection: { year: number; value: number }[] | null;
}

/** yDomain, yTicks and yMax of a model whose largest drawn value is `max`. */
export function valueDomain(max: number): Pick<ChartModel, 'yDomain' | 'yTicks' | 'yMax'> {
  const axis = valueAxis(max);
  return { yDomain: [0, axis.top], yTicks: axis.ticks, yMax: max };
}

export function buildChartModel(figs: IndicatorFigures, sources: Map<string, Source>, opts: ChartOptions): ChartModel {
  const tier = (f: Figure) => sources.get(f.source)?.tier ?? 'context';
  const visible = (f: Figure) => !(opts.hideContext && tier(f) === 'context');
  const points: ChartPoint[] = figs.dated.filter(visible).flatMap((f) => {
    const x = periodEnd(f.period);
    const y = centralValue(f);
    if (x === null || y === null) return [];
    return [
      {
        figureId: f.id,
        x,
        y,
        low: f.low ?? null,
        high: f.high ?? null,
        approx: isApproximate(f.qualifier),
        atLeast: isLowerBound(f.qualifier),
        apart: outOfScope(f),
        tier: tier(f),
        partial: isPartialSpan(f.period),
        kind: f.kind === 'capacity' ? 'capacity' : 'actual',
      },
    ];
  });
  // The line joins figures of one kind of period: full years when there are two or more (a mid-year
  // statement is a point, not a step of the yearly series), else the dated statements themselves.
  const annual = new Set(figs.dated.filter((f) => f.periodKind === 'year' && !outOfScope(f)).map((f) => f.id));
  const joinable = points.filter((p) => !p.partial && !p.apart && (annual.size < 2 || annual.has(p.figureId)));
  const byPeriod = new Map<number, ChartPoint>();
  for (const p of joinable) {
    const prev = byPeriod.get(p.x);
    if (!prev || (prev.tier === 'context' && p.tier === 'primary')) byPeriod.set(p.x, p);
  }
  const line = [...byPeriod.values()].sort((a, b) => a.x - b.x).map(({ x, y }) => ({ x, y }));
  const current = figs.goals[figs.goals.length - 1]?.id;
  const goals: ChartGoal[] = opts.hideGoals
    ? []
    : figs.goals.filter(visible).flatMap((g) => {
        const src = sources.get(g.source);
        const y = centralValue(g);
        if (!src || y === null) return [];
        return [
          {
            figureId: g.id,
            y,
            statedX: dateToYear(src.eventDate),
            deadlineX: g.deadline ? deadlineEnd(g.deadline) : null,
            horizon: g.horizon ?? null,
            tier: src.tier,
            current: g.id === current,
          },
        ];
      });
  const forecasts = opts.hideGoals
    ? []
    : figs.forecasts.filter(visible).flatMap((f) => {
        const x = (f.deadline ? deadlineEnd(f.deadline) : null) ?? periodEnd(f.period);
        const y = centralValue(f);
        return x === null || y === null ? [] : [{ figureId: f.id, x, y }];
      });
  const projection =
    opts.hideProjection || !opts.projection ? [] : opts.projection.map((p) => ({ x: p.year, y: p.value }));

  const xs = [
    ...points.map((p) => p.x),
    ...goals.flatMap((g) => [g.statedX, g.deadlineX ?? g.statedX]),
    ...forecasts.map((f) => f.x),
    ...projection.map((p) => p.x),
  ];
  const ys = [
    ...points.map((p) => p.high ?? p.y),
    ...goals.map((g) => g.y),
    ...forecasts.map((f) => f.y),
    ...projection.map((p) => p.y),
  ];
  const [minX, maxX] = xs.length ? yearDomain(Math.min(...xs), Math.max(...xs)) : [2010, 2030.5];
  // a range the reader typed is in whole years: "to 2030" shows 2030 whole, as the default span does
  const from = opts.from ?? minX;
  const to = opts.to !== null ? yearDomain(from, opts.to + 1)[1] : Math.max(maxX, from + 1);
  const right = Math.max(to, from + 1);
  // the goal in force through time: a step at each restatement that moved it
  const ordered = [...goals].sort((a, b) => a.statedX - b.statedX);
  const goalPath: { x: number; y: number }[] = [];
  const goalSteps: NonNullable<ChartModel['goalSteps']> = [];
  ordered.forEach((g, i) => {
    const prev = ordered[i - 1];
    if (prev && prev.y !== g.y) {
      goalPath.push({ x: g.statedX, y: prev.y });
      goalSteps.push({ figureId: g.figureId, x: g.statedX, y: g.y, move: g.y > prev.y ? 'raised' : 'lowered' });
    }
    if (!prev || prev.y !== g.y) goalPath.push({ x: g.statedX, y: g.y });
  });
  const last = ordered[ordered.length - 1];
  if (last) goalPath.push({ x: last.deadlineX ?? right, y: last.y });
  const lastOnLine = line[line.length - 1];
  const latestPoint = lastOnLine
    ? points.find((p) => p.x === lastOnLine.x && p.y === lastOnLine.y && !p.apart)
    : [...points]
        .filter((p) => !p.apart && !p.partial)
        .sort((a, b) => a.x - b.x)
        .at(-1);
  return {
    points,
    line,
    goals,
    goalPath: goalPath.length > 1 ? goalPath : [],
    goalSteps,
    latest: latestPoint ? { figureId: latestPoint.figureId, x: latestPoint.x, y: latestPoint.y } : null,
    forecasts,
    projection,
    xDomain: [from, Math.max(to, from + 1)],
    ...valueDomain(ys.length ? Math.max(...ys) : 1),
    undated: figs.undated,
  };
}

export type LegendKey =
  | 'primary'
  | 'context'
  | 'range'
  | 'approx'
  | 'partial'
  | 'apart'
  | 'goal'
  | 'horizon'
  | 'projection'
  | 'forecast'
  | 'assumed'
  | 'fan'
  | 'scenario1'
  | 'scenario2'
  | 'scenario3';

/** The legend entries a chart needs: only the kinds of mark it actually draws. */
export function legendKeys(model: ChartModel): LegendKey[] {
  const has: Record<LegendKey, boolean> = {
    primary: model.points.some((p) => p.tier === 'primary'),
    context: model.points.some((p) => p.tier === 'context'),
    range: model.points.some((p) => p.low !== null),
    approx: model.points.some((p) => p.approx || p.atLeast),
    partial: model.points.some((p) => p.partial),
    apart: model.points.some((p) => p.apart),
    goal: model.goals.some((g) => g.deadlineX !== null),
    horizon: model.goals.some((g) => g.deadlineX === null),
    projection: model.projection.length > 1,
    forecast: model.forecasts.length > 0,
    assumed: !!model.assumedDeadline,
    fan: !!model.requiredFan,
    scenario1: !!model.scenarios?.some((s) => s.index === 0),
    scenario2: !!model.scenarios?.some((s) => s.index === 1),
    scenario3: !!model.scenarios?.some((s) => s.index === 2),
  };
  return (Object.keys(has) as LegendKey[]).filter((k) => has[k]);
}
