import { createContext, useContext, type ReactNode } from 'react';
import { appRoot } from '../lib/app-folder';
import { fromPage } from '../lib/page-address';
import { currentPageAddress } from '../lib/use-url-state';

/**
 * Where the page being drawn is, for the links it makes: its own address (relative to the app's
 * folder), and how an app-relative address is written as a link on it. Live, links are paths from
 * the host's root (`/graphics/goalpost/view/x.en.html`); in a page the build writes, they are
 * relative to that page's own file (`../view/x.en.html`), which no <base> changes, so a reader or
 * crawler resolves them to the same file whatever it does with bases.
 */
export interface Here {
  address: string;
  href: (address: string) => string;
}

const HereContext = createContext<Here | null>(null);

function liveHref(address: string): string {
  const root = appRoot();
  if (!root) return address || './';
  const url = new URL(address || './', root);
  return url.origin === root.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

/** The page being drawn: the prerendered page's when the build draws one, else the live location's. */
export function useHere(): Here {
  return useContext(HereContext) ?? { address: currentPageAddress(), href: liveHref };
}

/** Build-time prerendering: the page is the file `file`, showing `address`. */
export function PrerenderedPage({ file, address, children }: { file: string; address: string; children: ReactNode }) {
  return (
    <HereContext.Provider value={{ address, href: (a) => (/^[a-z]+:/i.test(a) ? a : fromPage(file, a)) }}>
      {children}
    </HereContext.Provider>
  );
}
