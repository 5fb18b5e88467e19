import type { CSSProperties } from 'react';
import type { Source } from '../../domain/dataset-schema';
import { useI18n } from '../../lib/i18n/i18n';

/** Primary sources get a solid badge and rule; context sources a dashed, muted one. Never colour alone. */
const BADGE: Record<Source['tier'], CSSProperties> = {
  primary: { background: 'var(--fg)', color: 'var(--bg)', border: '1px solid var(--fg)' },
  context: { background: 'transparent', color: 'var(--muted)', border: '1px dashed var(--muted)' },
};

export const CARD_STYLE: Record<Source['tier'], CSSProperties> = {
  primary: { borderLeft: '4px solid var(--fg)' },
  context: { borderStyle: 'dashed' },
};

export function TierBadge({ tier }: { tier: Source['tier'] }) {
  const { t } = useI18n();
  return (
    <span
      className={`tier-badge tier-badge-${tier}`}
      style={{
        ...BADGE[tier],
        display: 'inline-block',
        borderRadius: '999px',
        padding: '0.05rem 0.6rem',
        fontSize: '0.8rem',
        fontWeight: 600,
        fontStyle: tier === 'context' ? 'italic' : 'normal',
      }}
    >
      {tier === 'primary' ? t('source.primary') : t('source.context')}
    </span>
  );
}
