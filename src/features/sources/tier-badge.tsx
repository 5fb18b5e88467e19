import type { CSSProperties } from 'react';
import type { Source } from '../../domain/dataset-schema';
import { useI18n } from '../../lib/i18n/i18n';

export const CARD_STYLE: Record<Source['tier'], CSSProperties> = {
  primary: { borderLeft: '4px solid var(--fg)' },
  context: { borderStyle: 'dashed' },
};

export function TierBadge({ tier }: { tier: Source['tier'] }) {
  const { t } = useI18n();
  return (
    // Primary sources get a solid badge and rule; context sources a dashed, muted one, in italics and
    // in words: never colour alone (components.css, in the type scale)
    <span className={`tier-badge tier-badge-${tier}`}>
      {tier === 'primary' ? t('source.primary') : t('source.context')}
    </span>
  );
}
