import { useEffect } from 'react';
import { pickLocale } from '../lib/i18n/i18n';
import type { Locale, UrlState } from '../lib/url-state';

/**
 * The language to show (the URL's, else the browser's) and the theme applied to <html>: shared by
 * the app and the embed entry.
 */
export function useLocaleAndTheme(state: UrlState): Locale {
  useEffect(() => {
    if (state.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);
  return pickLocale(state.lang, typeof navigator === 'undefined' ? [] : navigator.languages);
}
