import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { updateSearch } from '../../lib/url-moves';
import { HEADLINE_MAX, parseUrlState } from '../../lib/url-state';
import { changeUrl } from '../../lib/use-url-state';

/**
 * A headline for the pictures instead of the chart's name, kept in the URL (so a shared link makes
 * the same picture). What the reader types stays in the field even while it is not a valid headline
 * (too long, control characters): the URL then keeps the last valid one, and the field says why.
 */
export function HeadlineField({ headline, placeholder }: { headline: string | null; placeholder: string }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(headline ?? '');
  const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
  // follow the URL when it changes from outside (back, a pasted link), never while the reader types
  const [seen, setSeen] = useState(headline);
  if (seen !== headline) {
    setSeen(headline);
    if (clean(text) !== (headline ?? '')) setText(headline ?? '');
  }
  const change = (value: string) => {
    setText(value);
    if (!clean(value)) {
      changeUrl((q) => updateSearch(q, { headline: null }), { replace: true });
      return;
    }
    const parsed = parseUrlState(`?headline=${encodeURIComponent(value)}`);
    if (parsed.notices.length) return; // not a valid headline yet: the field keeps it, the link keeps the last valid one
    changeUrl((q) => updateSearch(q, { headline: parsed.state.headline }), { replace: true });
  };
  const tooLong = [...text.trim()].length > HEADLINE_MAX;
  return (
    <div className="headline-field">
      <label htmlFor={id}>{t('share.headline')}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={placeholder}
        onChange={(e) => change(e.target.value)}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong || undefined}
      />
      <p id={`${id}-hint`} className="muted">
        {tooLong ? t('share.headlineTooLong', { max: HEADLINE_MAX }) : t('share.headlineHint')}
      </p>
    </div>
  );
}
