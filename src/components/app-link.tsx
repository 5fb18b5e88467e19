import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from '../lib/use-url-state';
import { useHere } from './page-here';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** a pure state change of the current address, e.g. `(a) => openIndicator(a, id)` */
  to: (address: string) => string;
  children: ReactNode;
};

/**
 * A real link (open in a new tab, copy address) to another page of the app, which is a file of the
 * build: with scripts, it changes the page in place; without, it loads that file.
 */
export function AppLink({ to, children, onClick, ...rest }: Props) {
  const here = useHere();
  const address = to(here.address);
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    if (rest.target && rest.target !== '_self') return; // another window (an embed's link to the full view)
    e.preventDefault();
    const link = e.currentTarget;
    navigate(address);
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
    <a href={here.href(address)} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
