/**
 * The URL is the share button. One parser turns a query string into typed state; every parameter
 * parses to valid, invalid or missing; invalid falls back to its default and is reported as a notice.
 * State changes are pure `(search) => search` functions.
 */

export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

export const VIEWS = ['overview'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  view: View;
  /** null: not chosen in the URL (the browser's language decides) */
  lang: Locale | null;
  theme: Theme;
  /** an alternative dataset address; null: the bundled `data/dataset.json` */
  data: string | null;
}

export const DEFAULT_STATE: UrlState = { view: 'overview', lang: null, theme: 'system', data: null };

export interface UrlNotice {
  param: string;
  /** the value as received, for showing back as text (never as HTML) */
  value: string;
  reason: 'unknown-value' | 'unknown-param' | 'malformed';
}

type Parsed<T> = { kind: 'missing' } | { kind: 'valid'; value: T } | { kind: 'invalid' };

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (allowed as readonly string[]).includes(raw) ? { kind: 'valid', value: raw as T } : { kind: 'invalid' };
}

const parsers = {
  view: oneOf(VIEWS),
  lang: oneOf(LOCALES),
  theme: oneOf(THEMES),
  data: (raw: string): Parsed<string> => {
    try {
      const u = new URL(raw, 'http://relative.invalid/');
      return u.protocol === 'http:' || u.protocol === 'https:' ? { kind: 'valid', value: raw } : { kind: 'invalid' };
    } catch {
      return { kind: 'invalid' };
    }
  },
} satisfies { [K in keyof UrlState]: (raw: string) => Parsed<unknown> };

const KNOWN = new Set(Object.keys(parsers));

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_STATE };
  const notices: UrlNotice[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!KNOWN.has(param)) {
      notices.push({ param, value, reason: 'unknown-param' });
      continue;
    }
    if (seen.has(param)) continue; // the first occurrence wins
    seen.add(param);
    const key = param as keyof UrlState;
    const parsed = parsers[key](value);
    if (parsed.kind === 'valid') (state as unknown as Record<string, unknown>)[key] = parsed.value;
    else if (parsed.kind === 'invalid') notices.push({ param, value, reason: 'unknown-value' });
  }
  return { state, notices };
}

/** Only what differs from the defaults, in a fixed order: short, readable links. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.lang) params.set('lang', state.lang);
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  if (state.data) params.set('data', state.data);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A pure state change: apply `patch` to the state in `search`, return the new search string. */
export function updateSearch(search: string, patch: Partial<UrlState>): string {
  const { state } = parseUrlState(search);
  return serializeUrlState({ ...state, ...patch });
}

export const setLang = (search: string, lang: Locale) => updateSearch(search, { lang });
