import { useId, useState } from 'react';
import { EMBED_THEMES, type EmbedTheme } from '../../lib/embed-snippet';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/en';
import { CopyField } from './copy-field';

/** The embed code, light by default, with dark and "follow the reader" as choices. */
export function EmbedCode({ snippet }: { snippet: (theme: EmbedTheme) => string }) {
  const { t } = useI18n();
  const id = useId();
  const [theme, setTheme] = useState<EmbedTheme>('light');
  return (
    <details className="embed-code">
      <summary>{t('share.embed')}</summary>
      <p className="muted">{t('share.embedHelp')}</p>
      <label htmlFor={id}>{t('share.embedTheme')}</label>{' '}
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
        {EMBED_THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`share.embedTheme.${v}` as MessageKey)}
          </option>
        ))}
      </select>
      <CopyField label={t('share.snippet')} value={snippet(theme)} multiline />
    </details>
  );
}
