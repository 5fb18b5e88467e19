/**
 * The URL is the share button. One parser turns a query string into typed state; every parameter
 * parses to valid, invalid or missing; invalid falls back to its default and is reported as a notice.
 * State changes are pure `(search) => search` functions.
 */

import {
  DEFAULT_SCENARIO_URL,
  SCENARIO_PARAMS,
  parseBy,
  parseFigureId,
  readScenarios,
  writeScenario,
  type ScenarioUrl,
} from './url-scenario';

export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

export const VIEWS = ['overview', 'indicator', 'scenario', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Series a reader can hide on an indicator chart. */
export const SERIES = ['context', 'projection', 'goals'] as const;
export type Series = (typeof SERIES)[number];

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface UrlState {
  view: View;
  /** indicator id for the indicator page; checked against the dataset by the page */
  indicator: string | null;
  /** null: not chosen in the URL (the browser's language decides) */
  lang: Locale | null;
  theme: Theme;
  /** an alternative dataset address; null: the bundled `data/dataset.json` */
  data: string | null;
  /** time range of the indicator chart; null: fit the data */
  from: number | null;
  to: number | null;
  /** hidden series, in SERIES order */
  hide: Series[];
  /** embed mode: only the chart, its title, source line and a link back */
  embed: boolean;
  /** scenario explorer inputs (view=scenario) */
  scenario: ScenarioUrl;
  /** a headline for the chart's pictures instead of the indicator's name; null: the name */
  headline: string | null;
}

export const DEFAULT_STATE: UrlState = {
  view: 'overview',
  indicator: null,
  lang: null,
  theme: 'system',
  data: null,
  from: null,
  to: null,
  hide: [],
  embed: false,
  scenario: DEFAULT_SCENARIO_URL,
  headline: null,
};

/** The longest headline a picture takes: two lines of a social card's title. */
export const HEADLINE_MAX = 120;

export interface UrlNotice {
  param: string;
  /** the value as received, for showing back as text (never as HTML) */
  value: string;
  reason: 'unknown-value' | 'unknown-param' | 'malformed';
}

type Parsed<T> = { kind: 'valid'; value: T } | { kind: 'invalid' };

const valid = <T>(value: T): Parsed<T> => ({ kind: 'valid', value });
const invalid: Parsed<never> = { kind: 'invalid' };

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: string): Parsed<T> => ((allowed as readonly string[]).includes(raw) ? valid(raw as T) : invalid);
}

function year(raw: string): Parsed<number> {
  if (!/^\d{4}$/.test(raw)) return invalid;
  const n = Number(raw);
  return n >= MIN_YEAR && n <= MAX_YEAR ? valid(n) : invalid;
}

const parsers: { [K in Exclude<keyof UrlState, 'scenario'>]: (raw: string) => Parsed<UrlState[K]> } = {
  view: oneOf(VIEWS),
  indicator: (raw) => (/^[a-z0-9-]{1,80}$/.test(raw) ? valid(raw) : invalid),
  lang: oneOf(LOCALES),
  theme: oneOf(THEMES),
  data: (raw) => {
    // An empty address would resolve to the page itself: it is a mistake, not a dataset.
    if (!raw.trim()) return invalid;
    try {
      const u = new URL(raw, 'http://relative.invalid/');
      return u.protocol === 'http:' || u.protocol === 'https:' ? valid(raw) : invalid;
    } catch {
      return invalid;
    }
  },
  from: year,
  to: year,
  embed: (raw) =>
    raw === '1' || raw === 'true' ? valid(true) : raw === '0' || raw === 'false' ? valid(false) : invalid,
  // printed as text in a picture: no control or bidi-override characters, no empty or endless line
  headline: (raw) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    // every control character (C0, DEL and C1: U+0080-U+009F) and the bidi overrides
    if (!text || [...text].length > HEADLINE_MAX || /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(text)) return invalid;
    return valid(text);
  },
  hide: (raw) => {
    const items = raw.split(',').filter(Boolean);
    if (!items.every((i) => (SERIES as readonly string[]).includes(i))) return invalid;
    return valid(SERIES.filter((s) => items.includes(s)));
  },
};

const KNOWN = new Set<string>(Object.keys(parsers));

/** Every parameter the app reads: its own and the scenario explorer's. */
export const ALL_PARAMS: readonly string[] = [...KNOWN, ...SCENARIO_PARAMS];

/** What a prerendered page names itself by (<meta name="goalpost:prerender">). */
export const VIEW_PARAMS = ['view', 'indicator', 'lang', 'embed'] as const;
/** Parameters that change no drawing of an indicator page or embed (the theme, the pictures' headline, scenario names). */
export const PRESENTATION_PARAMS = ['theme', 'headline', 'n1', 'n2', 'n3'] as const;
/**
 * Parameters that change what a view draws: with any of them, a prerendered view is not the one asked
 * for. public/boot.js keeps the same list (it runs before the app, as a plain file); a unit test
 * holds the two together.
 */
export const DRAWING_PARAMS = ['from', 'to', 'hide', 'data', 'base', 'by', 'r1', 'r2', 'r3', 'ha', 'hb'] as const;

function parseScenarioParams(params: URLSearchParams, notices: UrlNotice[]): ScenarioUrl {
  const report = (param: string, value: string) => notices.push({ param, value, reason: 'unknown-value' });
  const one = <T>(param: string, parse: (raw: string) => T | undefined): T | null => {
    const raw = params.get(param);
    if (raw === null) return null;
    const v = parse(raw);
    if (v === undefined) report(param, raw);
    return v ?? null;
  };
  return {
    base: one('base', parseFigureId),
    by: one('by', parseBy),
    scenarios: readScenarios(params, report),
    ha: one('ha', parseFigureId),
    hb: one('hb', parseFigureId),
  };
}

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_STATE, hide: [] };
  const notices: UrlNotice[] = [];
  const seen = new Map<string, string>();
  for (const [param, value] of params) {
    if (SCENARIO_PARAMS.has(param)) continue;
    if (!KNOWN.has(param)) {
      notices.push({ param, value, reason: 'unknown-param' });
      continue;
    }
    if (seen.has(param)) continue; // the first occurrence wins
    seen.set(param, value);
    const key = param as keyof typeof parsers;
    const parsed = parsers[key](value);
    if (parsed.kind === 'valid') (state as unknown as Record<string, unknown>)[key] = parsed.value;
    else notices.push({ param, value, reason: 'unknown-value' });
  }
  if ((state.view === 'indicator' || state.view === 'scenario') && !state.indicator) {
    state.view = 'overview';
    notices.push({ param: 'indicator', value: '', reason: 'malformed' });
  }
  if (state.view !== 'indicator' && state.view !== 'scenario') state.indicator = null;
  state.scenario = state.view === 'scenario' ? parseScenarioParams(params, notices) : DEFAULT_SCENARIO_URL;
  if (state.from !== null && state.to !== null && state.from > state.to) {
    // Both years are reported as received ('malformed' is the message for a missing indicator).
    notices.push({ param: 'from', value: seen.get('from') ?? '', reason: 'unknown-value' });
    notices.push({ param: 'to', value: seen.get('to') ?? '', reason: 'unknown-value' });
    state.from = null;
    state.to = null;
  }
  return { state, notices };
}

/** Only what differs from the defaults, in a fixed order: short, readable links. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if ((state.view === 'indicator' || state.view === 'scenario') && state.indicator)
    params.set('indicator', state.indicator);
  if (state.lang) params.set('lang', state.lang);
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.hide.length) params.set('hide', SERIES.filter((s) => state.hide.includes(s)).join(','));
  if (state.view === 'scenario') writeScenario(params, state.scenario);
  if (state.headline) params.set('headline', state.headline);
  if (state.data) params.set('data', state.data);
  if (state.embed) params.set('embed', '1');
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** A pure state change: apply `patch` to the state in `search`, return the new search string. */
export function updateSearch(search: string, patch: Partial<UrlState>): string {
  const { state } = parseUrlState(search);
  return serializeUrlState({ ...state, ...patch });
}

/** Page changes keep language, theme and dataset; the chart's range and series reset. */
const pageReset = {
  from: null,
  to: null,
  hide: [],
  scenario: DEFAULT_SCENARIO_URL,
  headline: null,
} satisfies Partial<UrlState>;
export const openIndicator = (search: string, id: string) =>
  updateSearch(search, { ...pageReset, view: 'indicator', indicator: id });
export const openScenario = (search: string, id: string) =>
  updateSearch(search, { ...pageReset, view: 'scenario', indicator: id });
export const setScenario = (search: string, patch: Partial<ScenarioUrl>) => {
  const { state } = parseUrlState(search);
  return serializeUrlState({ ...state, scenario: { ...state.scenario, ...patch } });
};
export const openOverview = (search: string) =>
  updateSearch(search, { ...pageReset, view: 'overview', indicator: null });
export const openSources = (search: string) => updateSearch(search, { ...pageReset, view: 'sources', indicator: null });
export const setLang = (search: string, lang: Locale) => updateSearch(search, { lang });
export const setTheme = (search: string, theme: Theme) => updateSearch(search, { theme });
export const setRange = (search: string, from: number | null, to: number | null) => updateSearch(search, { from, to });
export function toggleSeries(search: string, series: Series): string {
  const { state } = parseUrlState(search);
  const hide = state.hide.includes(series) ? state.hide.filter((s) => s !== series) : [...state.hide, series];
  return serializeUrlState({ ...state, hide: SERIES.filter((s) => hide.includes(s)) });
}

/**
 * The query of an embed: the view is written out in full (page, indicator, language, theme), so an
 * embed keeps showing the same chart even if the app's defaults change later. The theme is the
 * embed code's choice (light by default: a host article is white unless its publisher says not),
 * not the reader's theme on this page.
 */
export function embedSearch(state: UrlState, lang: Locale, theme: Theme = 'light'): string {
  const params = new URLSearchParams();
  params.set('view', state.view === 'scenario' ? 'scenario' : 'indicator');
  params.set('indicator', state.indicator ?? '');
  params.set('lang', lang);
  params.set('theme', theme);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.hide.length) params.set('hide', state.hide.join(','));
  if (state.view === 'scenario') writeScenario(params, state.scenario);
  if (state.data) params.set('data', state.data);
  params.set('embed', '1');
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** The full view of an embed: the same state without embed mode. */
export const fullViewSearch = (search: string) => updateSearch(search, { embed: false });
