import { useId, useState } from 'react';
import { EMBED_THEMES, type EmbedTheme } from '../../lib/embed-snippet';
import { formatDate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { useRelease } from '../release-context';
import { CopyField } from './copy-field';

/**
 * The embed code, light by default, with dark and "follow the reader" as choices, and the release
 * it can be pinned to (the chart then never changes under the article that embeds it).
 */
export function EmbedCode({ snippet }: { snippet: (theme: EmbedTheme, release: number | null) => string }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const id = useId();
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const release = useRelease();
  const [pin, setPin] = useState(false);
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
      {release && (
        <label className="pin-release">
          <input
            type="checkbox"
            checked={pin || release.pinned}
            disabled={release.pinned}
            onChange={(e) => setPin(e.target.checked)}
          />{' '}
          {w('share.pin', { id: release.shown.id, date: formatDate(locale, release.shown.date) })}
        </label>
      )}
      <CopyField
        label={t('share.snippet')}
        value={snippet(theme, release && (pin || release.pinned) ? release.shown.id : null)}
        multiline
      />
    </details>
  );
}
