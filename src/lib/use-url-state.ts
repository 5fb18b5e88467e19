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
const getServerSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

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
  const go = useCallback((change: (search: string) => string, options?: { replace?: boolean }) => {
    navigate(change(window.location.search), options);
  }, []);
  return { ...parsed, search, go };
}
