import type { GoalAssessment } from '../domain/goal-status';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { VERDICT_SYMBOL } from '../lib/words/goal-words';

/** The verdict first, in large type, with its symbol; `as` sets the heading level where it is one. */
export function VerdictLine({ a, compact = false }: { a: Pick<GoalAssessment, 'status'>; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <p className={`verdict-line status status-${a.status}${compact ? ' compact' : ''}`}>
      <span className="verdict-symbol" aria-hidden="true">
        {VERDICT_SYMBOL[a.status]}
      </span>{' '}
      <span className="verdict-words">{t(`status.${a.status}` as MessageKey)}</span>
    </p>
  );
}
