import type { MouseEvent } from 'react';
import { useI18n } from '../lib/i18n/i18n';

/**
 * "Skip to content". Pages carry no <base>, so "#main" is this page's own main region; with scripts
 * it moves focus without a navigation at all.
 */
export function SkipLink() {
  const { t } = useI18n();
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('main');
    if (!main) return;
    e.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {t('nav.skip')}
    </a>
  );
}
