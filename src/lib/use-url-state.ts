import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { appFolder, splitPathname } from './app-folder';
import { pickLocale } from './i18n/i18n';
import { parseUrlState, serializeUrlState, splitAddress } from './url-state';

const EVENT = 'goalpost:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/**
 * The page's address now, relative to the app's folder ('' at build time, where there is no window):
 * its path below the app's folder and its query. The one place that reads the location.
 */
export const currentAddress = (): string =>
  typeof window === 'undefined' ? '' : `${splitPathname(window.location.pathname).page}${window.location.search}`;

/** Build-time prerendering has no window: the page it renders is given its state, not a URL. */
const getServerAddress = () => currentAddress();

/** The reader's language as the browser states it (for the front door, where no page names one). */
export const browserLocale = () => pickLocale(null, typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * The current address with its language written out (the front door's is the reader's): what a
 * state change starts from, so a link made on the front door names the language the reader sees.
 */
export function currentPageAddress(): string {
  const { state } = parseUrlState(currentAddress());
  return serializeUrlState({ ...state, lang: state.lang ?? browserLocale() });
}

/** Applies a pure state change to the current address and navigates to the result. */
export function changeUrl(change: (address: string) => string, options: { replace?: boolean } = {}) {
  navigate(change(currentPageAddress()), options);
}

/**
 * Goes to an address relative to the app's folder (another page is another file of the build, so
 * the address bar always holds one). The fragment stays while the page does.
 */
export function navigate(address: string, options: { replace?: boolean } = {}) {
  const samePage = splitAddress(address).path === splitAddress(currentAddress()).path;
  const url = `${appFolder()}${address}${samePage ? window.location.hash : ''}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}

/** The current URL state; re-renders on back/forward and on `navigate`. */
export function useUrlState() {
  const address = useSyncExternalStore(subscribe, currentAddress, getServerAddress);
  const parsed = useMemo(() => parseUrlState(address), [address]);
  const go = useCallback(
    (change: (address: string) => string, options?: { replace?: boolean }) => changeUrl(change, options),
    [],
  );
  return { ...parsed, address, go };
}
