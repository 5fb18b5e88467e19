import type { Figure, Unit } from '../domain/dataset-schema';
import { goalMove } from '../domain/series';
import { useI18n } from '../lib/i18n/i18n';
import { formatFigure } from '../lib/words/figure-words';

/**
 * How the goal moved between the first time it was stated and the one in force: "Goal raised $15B →
 * $20B", "lowered", or "stated 3 times" when it never changed. Nothing for a goal stated once.
 */
export function GoalMoves({ goals, unit }: { goals: Figure[]; unit: Unit }) {
  const { locale, t } = useI18n();
  if (goals.length < 2) return null;
  const first = goals[0]!;
  const last = goals[goals.length - 1]!;
  const from = formatFigure(first, unit, locale, t);
  const to = formatFigure(last, unit, locale, t);
  const move = goalMove(first, last);
  const text =
    move === 'same' || move === null
      ? t('card.goalRestated', { count: goals.length })
      : t(move === 'raised' ? 'card.goalRaised' : 'card.goalLowered', { from, to });
  return <span className="badge goal-moves">{text}</span>;
}
