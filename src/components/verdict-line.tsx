import type { GoalAssessment, GoalStatus } from '../domain/goal-status';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/en';

/**
 * A symbol for quick scanning; the words always say the status too (never colour or shape alone).
 * Text symbols only, drawn in the page's own type: a character with emoji presentation (⌛ was one)
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
