import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { currentSearch, navigate } from '../lib/use-url-state';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** a pure state change of the current query string, e.g. `(s) => openIndicator(s, id)` */
  to: (search: string) => string;
  children: ReactNode;
};

/**
 * A real link (open in a new tab, copy address) that changes the app's URL state in place.
 * The query string stays relative to the current page, so sub-path hosting keeps working.
 */
export function AppLink({ to, children, onClick, ...rest }: Props) {
  const search = currentSearch();
  const href = to(search) || '?';
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    const link = e.currentTarget;
    navigate(href);
    window.scrollTo?.(0, 0);
    // When the link went away with the view it was in (a card, a breadcrumb), focus would drop to
    // the body and screen readers would lose their place: start from the new view's main region,
    // where the skip link also leads.
    setTimeout(() => {
      const active = document.activeElement;
      if (!link.isConnected && (active === null || active === document.body)) {
        document.getElementById('main')?.focus({ preventScroll: true });
      }
    }, 0);
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
