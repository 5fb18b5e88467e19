import type { GoalAssessment } from '../domain/goal-status';
import type { Unit } from '../domain/dataset-schema';
import { formatPeriod, formatQuantity, formatRate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/en';

/** The status in words (never colour alone), with a symbol for quick scanning. */
export function StatusBadge({ a }: { a: Pick<GoalAssessment, 'status' | 'reasonKey'> }) {
  const { t } = useI18n();
  const noGoal = a.reasonKey === 'no-goal';
  const symbol = { met: '✓', 'on-track': '↗', behind: '→', 'off-track': '✕', 'no-deadline': '…', 'no-data': '?' }[
    a.status
  ];
  return (
    <span className={`status status-${noGoal ? 'no-goal' : a.status}`}>
      <span aria-hidden="true">{noGoal ? '–' : symbol} </span>
      {noGoal ? t('card.noGoal') : t(`status.${a.status}` as MessageKey)}
    </span>
  );
}

/** How far along, the pace so far against the pace needed, and why the status is what it is. */
export function GoalProgress({ a, unit }: { a: GoalAssessment; unit: Unit }) {
  const { locale, t } = useI18n();
  const { achieved, required, model } = a.pace;
  const perYear = (r: number) => t('pace.perYear', { rate: formatRate(locale, r, model, unit) });
  return (
    <div className="goal-progress">
      {a.progress !== null && (
        <div className="progress-row">
          <progress max={1} value={Math.max(0, Math.min(1, a.progress))} aria-label={t('pace.progressLabel')} />
          <span>{t('pace.progress', { share: formatQuantity(locale, '%', Math.round(a.progress * 1000) / 10) })}</span>
        </div>
      )}
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
        {required && a.goal?.deadline && (
          <li>
            {t('pace.required', { deadline: formatPeriod(locale, a.goal.deadline) })}{' '}
            <strong>{perYear(required.rate)}</strong>
          </li>
        )}
        {a.remaining !== null && a.remaining > 0 && (
          <li>{t('pace.remaining', { amount: formatQuantity(locale, unit, Math.round(a.remaining * 100) / 100) })}</li>
        )}
      </ul>
      <p className="reason">{t(`reason.${a.reasonKey}` as MessageKey)}</p>
    </div>
  );
}
