import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';

/** A read-only field with a Copy button; selecting the text by hand works too. */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setNote(t('share.copied'));
    } catch (e) {
      setNote(t('share.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={5} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" onClick={() => void copy()} aria-describedby={id}>
          {t('share.copy')}
        </button>
      </div>
      <p className="muted" role="status">
        {note}
      </p>
    </div>
  );
}
