import type { Locale } from '../url-state';
import type { enPages } from './en-pages';

/**
 * The words only some pages show (the scenario explorer; verdict history, corrections, what
 * changed), in a dictionary of their own per language, loaded with those pages rather than with the
 * app: every reader downloads the app's first chunk, most never open these pages. The translator
 * (i18n.tsx) looks a key up here when the page's dictionary lacks it; a page that shows them waits
 * for them first (`usePageWords` suspends it, as its own chunk does), and `preloadPageWords` starts
 * the download beside the page's chunk.
 */
export type PageKey = keyof typeof enPages;
export type PageDictionary = Record<PageKey, string>;

const loaders: Record<Locale, () => Promise<PageDictionary>> = {
  en: () => import('./en-pages').then((m) => m.enPages),
  ru: () => import('./ru-pages').then((m) => m.ruPages),
  kk: () => import('./kk-pages').then((m) => m.kkPages),
};
/**
 * A promise that says when it has settled, as React's `use` reads it: a page reading words already
 * in gets them at once, in the same call as one that waits for them (React replays a component that
 * waited, and each replay must make the same calls).
 */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

const loading = new Map<Locale, Tracked<PageDictionary>>();
const loaded = new Map<Locale, PageDictionary>();

export function preloadPageWords(locale: Locale): Tracked<PageDictionary> {
  let p = loading.get(locale);
  if (!p) {
    const tracked: Tracked<PageDictionary> = loaders[locale]().then((d) => {
      loaded.set(locale, d);
      Object.assign(tracked, { status: 'fulfilled', value: d });
      return d;
    });
    p = tracked;
    loading.set(locale, p);
  }
  return p;
}

/** Words already at hand (the build, which draws every language at once; tests). */
export function providePageWords(locale: Locale, dict: PageDictionary): void {
  loaded.set(locale, dict);
  loading.set(locale, Object.assign(Promise.resolve(dict), { status: 'fulfilled' as const, value: dict }));
}

/** A page word in a language, if its dictionary is in. */
export const pageWord = (locale: Locale, key: string): string | undefined =>
  (loaded.get(locale) as Record<string, string> | undefined)?.[key];
