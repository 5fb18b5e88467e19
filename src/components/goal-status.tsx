import type { GoalAssessment } from '../domain/goal-status';
import type { Figure, Unit } from '../domain/dataset-schema';
import { calendarYear } from '../domain/periods';
import { formatPeriod, formatQuantity, formatRate } from '../lib/format';
import { useI18n, type Translate } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/en';
import { formatFigure } from './figure-value';
import type { Locale } from '../lib/url-state';

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

/** How far along, in words a reader can check: a share of the goal from zero, or the days still to cut. */
export function ProgressLine({ a, unit }: { a: GoalAssessment; unit: Unit }) {
  const { locale, t } = useI18n();
  const words = progressWords(a, unit, locale, t);
  if (words === null) return null;
  if (a.status === 'met') return <p className="progress-line met">{words}</p>;
  if (a.progress !== null) {
    return (
      <div className="progress-row">
        <progress max={1} value={Math.max(0, Math.min(1, a.progress))} aria-label={t('pace.progressLabel')} />
        <span>{words}</span>
      </div>
    );
  }
  return <p className="progress-line">{words}</p>;
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

/** For a goal with no year: what it needs under each reading of its horizon, and whether the pace so far is enough. */
export function ConditionalVerdict({ a, unit }: { a: GoalAssessment; unit: Unit }) {
  const { locale, t } = useI18n();
  const words = conditionalWords(a, unit, locale, t);
  if (!words) return null;
  return (
    <div className="conditional-verdict">
      <p>
        <span className="reading-mark">{t('verdict.readingMark')}</span> {words.needs} {words.pace}
      </p>
    </div>
  );
}

/** Why a vague horizon is read as these years: one click away from the conditional verdict. */
export function ReadingReason({ a }: { a: GoalAssessment }) {
  const { locale, t } = useI18n();
  const c = a.conditional;
  if (!c || !a.goal) return null;
  const horizon = a.goal.horizon ? a.goal.horizon[locale] : '';
  return (
    <details className="reading-reason">
      <summary>{t('verdict.readingWhy')}</summary>
      <p>
        {t('verdict.readingRange', { horizon, from: c.reading.from, to: c.reading.to })}{' '}
        {t(`horizonReason.${c.reading.reasonKey}` as MessageKey)}
      </p>
    </details>
  );
}

function periodYear(f: Figure, locale: Locale): string {
  return f.period ? formatPeriod(locale, f.period) : '';
}

/** The pace so far against the pace needed (for a goal with a deadline). */
export function PaceList({ a, unit }: { a: GoalAssessment; unit: Unit }) {
  const { locale, t } = useI18n();
  const { achieved, required, model } = a.pace;
  const perYear = (r: number) => t('pace.perYear', { rate: formatRate(locale, r, model, unit) });
  if (a.status === 'no-date' || (!achieved && !required)) return null;
  return (
    <ul className="pace-list">
      {achieved && (
        <li>
          {t('pace.achieved', {
            from: formatPeriod(locale, achieved.from.figure.period ?? ''),
            to: formatPeriod(locale, achieved.to.figure.period ?? ''),
          })}{' '}
          <strong>{perYear(achieved.rate)}</strong>
        </li>
      )}
      {required && a.goal?.deadline && a.status !== 'missed' && a.status !== 'no-figure-since-deadline' && (
        <li>
          {t('pace.required', { deadline: formatPeriod(locale, a.goal.deadline) })}{' '}
          <strong>{perYear(required.rate)}</strong>
        </li>
      )}
    </ul>
  );
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
