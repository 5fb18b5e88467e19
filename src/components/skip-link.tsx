import type { MouseEvent } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { currentPage } from '../lib/use-url-state';

/**
 * "Skip to content". Pages one folder down (view/…, embed/…) carry <base href="../">, against which
 * a bare "#main" is the app's root: so the link names the page itself (`self`, relative to the base,
 * or the live address), and with scripts it moves focus without a navigation at all.
 */
export function SkipLink({ self }: { self?: string }) {
  const { t } = useI18n();
  const href = `${self ?? currentPage()}#main`;
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('main');
    if (!main) return;
    e.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  };
  return (
    <a className="skip-link" href={href} onClick={skip}>
      {t('nav.skip')}
    </a>
  );
}
