import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState } from './url-state';

const EVENT = 'goalpost:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

const getSearch = () => window.location.search;
/** Build-time prerendering has no window: the page it renders is given its state, not a URL. */
const getServerSearch = () => currentSearch();

/** The query string now ('' at build time, where there is no window). The one place that reads it. */
export const currentSearch = (): string => (typeof window === 'undefined' ? '' : window.location.search);

/** The page's own path and query ('' at build time): for links to the page itself. */
export const currentPage = (): string =>
  typeof window === 'undefined' ? '' : `${window.location.pathname}${window.location.search}`;

/** Applies a pure state change to the current query string and navigates to the result. */
export function changeUrl(change: (search: string) => string, options: { replace?: boolean } = {}) {
  navigate(change(currentSearch()), options);
}

/** Pushes a new query string (same path, so any sub-path host keeps working). */
export function navigate(search: string, options: { replace?: boolean } = {}) {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}

/** The current URL state; re-renders on back/forward and on `navigate`. */
export function useUrlState() {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const go = useCallback(
    (change: (search: string) => string, options?: { replace?: boolean }) => changeUrl(change, options),
    [],
  );
  return { ...parsed, search, go };
}
