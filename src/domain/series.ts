import type { Dataset, Figure, Indicator, Source } from './dataset-schema';
import { outOfScope } from './localized';
import { compareIsoDates, isPartialSpan, periodEnd } from './periods';

/** Everything the dataset says about one indicator, sorted for display. */
export interface IndicatorFigures {
  indicator: Indicator;
  /** actual and capacity figures with a period, oldest first */
  dated: Figure[];
  /** actual figures with no year stated ("from 53 days"): shown, never placed on a time axis */
  undated: Figure[];
  /** goals in the order they were stated */
  goals: Figure[];
  changes: Figure[];
  forecasts: Figure[];
}

export function sourceMap(ds: Dataset): Map<string, Source> {
  return new Map(ds.sources.map((s) => [s.id, s]));
}

/** Midpoint of a range, or the value: where a figure is placed for "latest" and pace. */
export function centralValue(f: Figure): number | null {
  if (f.value !== null) return f.value;
  if (f.low !== undefined && f.high !== undefined) return (f.low + f.high) / 2;
  return null;
}

export function figuresFor(ds: Dataset, indicatorId: string): IndicatorFigures | null {
  const indicator = ds.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return null;
  const sources = sourceMap(ds);
  const statedAt = (f: Figure) => sources.get(f.source)?.eventDate ?? '';
  const mine = ds.figures.filter((f) => f.indicator === indicatorId);
  const byPeriod = (a: Figure, b: Figure) =>
    (periodEnd(a.period) ?? 0) - (periodEnd(b.period) ?? 0) || compareIsoDates(statedAt(a), statedAt(b));
  return {
    indicator,
    dated: mine.filter((f) => (f.kind === 'actual' || f.kind === 'capacity') && f.period !== null).sort(byPeriod),
    undated: mine.filter((f) => f.kind === 'actual' && f.period === null),
    goals: mine.filter((f) => f.kind === 'goal').sort((a, b) => compareIsoDates(statedAt(a), statedAt(b))),
    changes: mine.filter((f) => f.kind === 'change'),
    forecasts: mine.filter((f) => f.kind === 'forecast'),
  };
}

/**
 * The latest full-period actual figure: figures of another (or uncertain) scope never count;
 * part-year spans (January–October) are skipped when a full-period figure exists, since they are
 * not comparable; among figures for the same period, a primary source wins over context, then the
 * most recently stated.
 */
export function latestActual(figs: IndicatorFigures, sources: Map<string, Source>): Figure | null {
  const actuals = figs.dated.filter((f) => !outOfScope(f));
  const full = actuals.filter((f) => !isPartialSpan(f.period));
  const pool = full.length ? full : actuals;
  let best: Figure | null = null;
  for (const f of pool) {
    if (!best) best = f;
    else {
      const d = (periodEnd(f.period) ?? 0) - (periodEnd(best.period) ?? 0);
      const rank = (x: Figure) => (sources.get(x.source)?.tier === 'primary' ? 1 : 0);
      const stated = compareIsoDates(sources.get(f.source)?.eventDate ?? '', sources.get(best.source)?.eventDate ?? '');
      const tie = rank(f) - rank(best) || stated;
      if (d > 0 || (d === 0 && tie > 0)) best = f;
    }
  }
  return best;
}

/** The goal stated most recently: the one in force. */
export function currentGoal(figs: IndicatorFigures): Figure | null {
  return figs.goals[figs.goals.length - 1] ?? null;
}

/** How a goal moved from one statement to the next: up, down, or the same goal stated again. */
export function goalMove(before: Figure, after: Figure): 'raised' | 'lowered' | 'same' | null {
  const a = before.value ?? before.high ?? null;
  const b = after.value ?? after.high ?? null;
  if (a === null || b === null) return null;
  return b > a ? 'raised' : b < a ? 'lowered' : 'same';
}
