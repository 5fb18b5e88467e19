import type { Unit } from '../domain/dataset-schema';
import type { GoalAssessment } from '../domain/goal-status';
import { formatPeriod, formatRate } from '../lib/format';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { conditionalWords, progressWords } from '../lib/words/goal-words';

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
