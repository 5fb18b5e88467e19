import type { ChartModel } from '../../domain/chart-model';
import type { Figure, Source } from '../../domain/dataset-schema';
import type { PlotOptions } from '../chart-svg/plot-svg';
import { formatPeriod } from '../format';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';
import { figureWhen, formatFigure, horizonText } from './figure-words';

export type ChartLabels = Pick<PlotOptions, 'currentGoalLabel' | 'latestLabel' | 'stepLabel' | 'goalLabel'>;

/**
 * The words written on a chart, the same for the page, the cards, the embed and the pictures: the goal
 * in force ("Goal $23B · horizon: “in the medium term” · stated Sep 2023"; on a small chart "Goal
 * $23B"), the latest figure's value, and where the goal moved ("Raised to $20B, Nov 2025").
 */
export function chartLabels(input: {
  model: ChartModel;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  locale: Locale;
  t: Translate;
  compact?: boolean;
}): ChartLabels {
  const { model, figures, sources, locale, t, compact = false } = input;
  const stated = (f: Figure) => {
    const date = sources.get(f.source)?.eventDate;
    return date ? formatPeriod(locale, date.slice(0, 7)) : '';
  };
  const value = (f: Figure) => formatFigure(f, f.unit, locale, t);
  const current = model.goals.find((g) => g.current);
  const goal = current ? figures.get(current.figureId) : undefined;
  const latest = model.latest ? figures.get(model.latest.figureId) : undefined;
  const moves = new Map((model.goalSteps ?? []).map((s) => [s.figureId, s.move]));
  return {
    currentGoalLabel: goal
      ? compact
        ? t('chart.goalShort', { goal: value(goal) })
        : t('chart.goalLabel', { goal: value(goal), when: figureWhen(goal, locale, t), date: stated(goal) })
      : undefined,
    latestLabel: latest ? value(latest) : undefined,
    stepLabel: (id) => {
      const f = figures.get(id);
      const move = moves.get(id);
      return f && move
        ? t(move === 'raised' ? 'chart.goalRaisedTo' : 'chart.goalLoweredTo', { goal: value(f), date: stated(f) })
        : '';
    },
    goalLabel: (id) => {
      const f = figures.get(id);
      return f ? `${value(f)} · ${horizonText(f.horizon, locale)}` : id;
    },
  };
}
