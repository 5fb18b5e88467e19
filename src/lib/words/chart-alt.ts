import type { Figure } from '../../domain/dataset-schema';
import type { IndicatorView } from '../../domain/indicator-view';
import { outOfScope } from '../../domain/localized';
import { isPartialSpan } from '../../domain/periods';
import { centralValue } from '../../domain/series';
import { formatPeriod } from '../format';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';
import { figureWhen, formatFigure } from './figure-words';
import { conditionalWords } from './goal-words';

/** The full-period figures of the indicator's own scope, oldest first: the ones a sentence may compare. */
function comparable(view: IndicatorView): Figure[] {
  return view.figs.dated.filter((f) => !outOfScope(f) && !isPartialSpan(f.period) && centralValue(f) !== null);
}

/**
 * A chart's text alternative, written from its figures in the reader's language: what is measured,
 * the first and the latest figure with their periods, the goal with its deadline or horizon, and the
 * verdict. Used for the chart's accessible name, the pictures' <desc>, og:image:alt and the embed
 * code's <noscript> picture, so a reader who cannot see the chart learns what it shows.
 */
export function chartAlt(view: IndicatorView, locale: Locale, t: Translate, title?: string): string {
  const { figs, assessment } = view;
  const name = title ?? figs.indicator.name[locale];
  const unit = figs.indicator.unit;
  const value = (f: Figure) => formatFigure(f, unit, locale, t);
  const when = (f: Figure) => formatPeriod(locale, f.period ?? '');
  const pool = comparable(view);
  const latest = assessment.latest ?? pool.at(-1);
  // two figures for the same period (from two sources) are not a change over time
  const first = pool.find((f) => f.period !== latest?.period) ?? latest;
  const parts: string[] = [];
  if (!first || !latest) parts.push(t('alt.none', { name }));
  else if (first === latest) parts.push(t('alt.one', { name, latest: value(latest), latestWhen: when(latest) }));
  else {
    const a = centralValue(first)!;
    const b = centralValue(latest)!;
    const key: MessageKey = b > a ? 'alt.up' : b < a ? 'alt.down' : 'alt.flat';
    parts.push(
      t(key, {
        name,
        first: value(first),
        firstWhen: when(first),
        latest: value(latest),
        latestWhen: when(latest),
      }),
    );
  }
  const goal = assessment.goal;
  parts.push(goal ? t('alt.goal', { goal: value(goal), when: figureWhen(goal, locale, t) }) : t('alt.noGoal'));
  if (goal) {
    parts.push(t('alt.verdict', { status: t(`status.${assessment.status}` as MessageKey) }));
    const conditional = conditionalWords(assessment, unit, locale, t);
    if (conditional) parts.push(conditional.pace);
  }
  return parts.join(' ');
}
