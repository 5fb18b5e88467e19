import { createContext, use, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { formatNumber } from '../format';
import type { KkCase } from '../grammar/kk-case';
import { kkCase } from '../grammar/kk-case-hook';
import { pluralCategory } from '../grammar/plural';
import type { Locale } from '../url-state';
import { en, type Dictionary, type MessageKey } from './en';
import { pageWord, preloadPageWords } from './page-words';

/** ru and kk load lazily; English is bundled as the master and the fallback while a language loads. */
const loaders: Record<Locale, () => Promise<Dictionary>> = {
  en: () => Promise.resolve(en),
  ru: () => import('./ru').then((m) => m.ru),
  kk: () => import('./kk').then((m) => m.kk),
};

/**
 * Fills a message's placeholders. `{name}` inserts the value; `{name:dat}` (also `abl`, `loc`,
 * `gen`) inserts it with the Kazakh case ending it needs ("{goal:dat} жету" → "23 млрд долларға
 * жету"; other languages ignore the case); `{name:plural(one:раз;few:раза;many:раз;other:раза)}`
 * inserts a number with the word in the form its plural category takes ("в 3 раза", "в 5 раз").
 */
export function interpolate(template: string, vars: Record<string, string | number> = {}, locale: Locale = 'en') {
  return template.replace(
    /\{(\w+)(?::(dat|abl|loc|gen|plural\(([^)]*)\)))?\}/g,
    (whole, name: string, modifier: string | undefined, forms: string | undefined, offset: number) => {
      if (!(name in vars)) return whole;
      // a value ending in an abbreviation's dot ("1 декабря 2026 г.") before the sentence's own dot keeps one
      const dotFollows = template[offset + whole.length] === '.';
      const value = vars[name]!;
      if (forms !== undefined) {
        const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
        const table = Object.fromEntries(forms.split(';').map((f) => f.split(':') as [string, string]));
        const word = table[pluralCategory(locale, n)] ?? table.other ?? '';
        return `${typeof value === 'number' ? formatNumber(locale, value) : value} ${word}`.trim();
      }
      const raw = String(value);
      const text = dotFollows && raw.endsWith('.') ? raw.slice(0, -1) : raw;
      return modifier && locale === 'kk' ? kkCase(text, modifier as KkCase) : text;
    },
  );
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A message of a language: its dictionary's, else its page words' (when loaded), else English's. */
function message(dict: Dictionary, locale: Locale, key: MessageKey): string {
  return (
    (dict as Record<string, string>)[key] ??
    pageWord(locale, key) ??
    (en as Record<string, string>)[key] ??
    pageWord('en', key) ??
    key
  );
}

/** A `t` outside React (build-time pictures, tests): one dictionary, one language. */
export const translator =
  (dict: Dictionary, locale: Locale): Translate =>
  (key, vars) =>
    interpolate(message(dict, locale, key), vars, locale);

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: translator(en, 'en') });

/**
 * Provides the dictionary of `locale`. English is there at once; ru and kk load lazily, unless
 * `initial` already holds it (build-time prerendering passes it, since effects do not run there).
 */
export function I18nProvider({
  locale,
  initial,
  children,
}: {
  locale: Locale;
  initial?: Dictionary;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{ locale: Locale; dict: Dictionary }>(
    initial ? { locale, dict: initial } : { locale: 'en', dict: en },
  );
  useEffect(() => {
    let live = true;
    void loaders[locale]().then((dict) => live && setLoaded({ locale, dict }));
    return () => {
      live = false;
    };
  }, [locale]);
  // in the commit that shows the language's text, not after it: a screen reader reading the new
  // text never hears it in the previous language's voice
  useLayoutEffect(() => {
    document.documentElement.lang = loaded.locale;
  }, [loaded.locale]);
  const dict = loaded.dict;
  const value: I18n = {
    locale: loaded.locale,
    t: translator(dict, loaded.locale),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

/**
 * For a page that shows page words (the scenario explorer, the verdict history, corrections, what
 * changed): suspends until its language's are loaded, then returns `t`, which has them.
 */
export function usePageWords(): Translate {
  const { locale, t } = useI18n();
  // always the same call, words in or not: a component that waited is replayed, and must make it again
  use(preloadPageWords(locale) as Promise<unknown>);
  return t;
}

/** The language to show: the URL's choice, else the browser's first supported language, else English. */
export function pickLocale(fromUrl: Locale | null, browser: readonly string[]): Locale {
  if (fromUrl) return fromUrl;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'kk' || base === 'en') return base;
  }
  return 'en';
}
