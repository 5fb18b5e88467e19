import type { Figure, Unit } from '../../domain/dataset-schema';
import type { GoalAssessment, GoalStatus } from '../../domain/goal-status';
import { calendarYear } from '../../domain/periods';
import { formatPeriod, formatQuantity, formatRate } from '../format';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { VERDICTS, type Locale } from '../url-state';
import { formatFigure } from './figure-words';

/**
 * The order a policy watcher reads in: verdicts the figures support first (the worst first), then the
 * conditional ones (goals with no year), then goals the figures cannot judge yet.
 */
export const VERDICT_ORDER: readonly GoalStatus[] = VERDICTS.filter((s) => s !== 'no-goal');

/**
 * A symbol for quick scanning; the words always say the status too (never colour or shape alone).
 * Text symbols only, drawn in the page's own type: a character with emoji presentation
 * shows as a colour picture on one system and as an empty box on another, and sends the browser
 * through every font it has looking for it.
 */
export const VERDICT_SYMBOL: Record<GoalStatus, string> = {
  met: '✓',
  'on-track': '↗',
  behind: '↘',
  missed: '✕',
  'no-figure-since-deadline': '…',
  'no-date': '≈',
  'no-goal': '–',
  'not-enough': '?',
};

/** How far along, in words a reader can check ("$11.5B of $20B: 58% of the goal"), or null. */
export function progressWords(a: GoalAssessment, unit: Unit, locale: Locale, t: Translate): string | null {
  if (!a.goal || !a.latest) return null;
  const latest = formatFigure(a.latest, unit, locale, t);
  const goal = formatFigure(a.goal, unit, locale, t);
  if (a.status === 'met') return t('progress.met', { latest, goal });
  if (a.progress !== null) {
    const share = formatQuantity(locale, '%', Math.round(Math.min(a.progress, 1) * 100 + 1e-9));
    return t('progress.share', { latest, goal, share });
  }
  if (a.remaining !== null && a.remaining > 0)
    return t('progress.cut', {
      now: latest,
      goal,
      left: formatQuantity(locale, unit, Math.round(a.remaining * 100) / 100),
    });
  return null;
}

/** The words of a conditional verdict: what the goal needs under its readings, and whether the pace so far is enough. */
export function conditionalWords(
  a: GoalAssessment,
  unit: Unit,
  locale: Locale,
  t: Translate,
): { needs: string; pace: string } | null {
  const c = a.conditional;
  if (!c || !a.goal || !c.required.length) return null;
  const first = c.required[0]!;
  const last = c.required[c.required.length - 1]!;
  const rate = (r: number) => formatRate(locale, r, a.pace.model, unit);
  const horizon = a.goal.horizon ? a.goal.horizon[locale] : '';
  const achieved = a.pace.achieved;
  const paceVars = achieved
    ? {
        from: periodYear(achieved.from.figure, locale),
        to: periodYear(achieved.to.figure, locale),
        achieved: rate(achieved.rate),
        horizon,
        year: c.onTrackFrom ?? '',
        last: last.year,
      }
    : null;
  const paceKey: MessageKey = !achieved
    ? 'verdict.conditional.noPace'
    : c.onTrackFrom === null
      ? 'verdict.conditional.onTrackNone'
      : c.onTrackFrom === first.year
        ? 'verdict.conditional.onTrackAll'
        : 'verdict.conditional.onTrackFrom';
  return {
    needs: t('verdict.conditional.needs', {
      base: formatFigure(c.base.figure, unit, locale, t),
      baseYear: calendarYear(c.base.year),
      goal: formatFigure(a.goal, unit, locale, t),
      horizon,
      first: first.year,
      last: last.year,
      rateFirst: rate(first.rate),
      rateLast: rate(last.rate),
    }),
    pace: t(paceKey, paceVars ?? {}),
  };
}

function periodYear(f: Figure, locale: Locale): string {
  return f.period ? formatPeriod(locale, f.period) : '';
}

/** The words at the end of the pace-so-far line: where it arrives, or where it stands when it stops. */
export function projectionLabel(
  points: { year: number; value: number }[] | null,
  a: GoalAssessment,
  unit: Unit,
  locale: 'en' | 'ru' | 'kk',
  t: Translate,
): string | null {
  const last = points?.at(-1);
  if (!last || !points || points.length < 2) return null;
  const target = a.goal ? (a.goal.value ?? a.goal.high ?? null) : null;
  const year = calendarYear(last.year);
  if (target !== null && Math.abs(last.value - target) <= 1e-6 * Math.max(1, target))
    return t('chart.projectionReached', { goal: formatQuantity(locale, unit, target), year });
  const rounded = Math.round(last.value * 10) / 10;
  return t('chart.projectionEnds', { value: formatQuantity(locale, unit, rounded), year });
}
