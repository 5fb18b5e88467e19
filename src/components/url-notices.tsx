import { useState } from 'react';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';

export interface Notice {
  key: MessageKey;
  vars: Record<string, string>;
}

/** Tells the reader that part of their link was not understood. Values are shown as text only. */
export function UrlNotices({ notices }: { notices: Notice[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (!notices.length || dismissed) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(n.key, n.vars)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
