/**
 * The URL is the share button. One parser turns an address (the page's path relative to the app's
 * folder, and its query) into typed state: the path names the page (src/lib/page-address.ts), the
 * query holds the view's options; every parameter parses to valid, invalid or missing; invalid falls
 * back to its default and is reported as a notice. State changes are pure `(address) => address`
 * functions. Links of the first form (`?view=indicator&indicator=…&lang=…`, the page in the query)
 * still open their view: those three parameters, where given, name the page over the path.
 */

import type { GoalStatus } from '../domain/goal-status';
import { GROUPINGS, NO_FILTER, type OverviewFilter } from '../domain/overview';
import { TOPICS } from '../domain/topics';
import { INDICATOR_ID, LOCALES, VIEWS, pagePath, readPagePath, type Locale, type View } from './page-address';
import {
  DEFAULT_SCENARIO_URL,
  SCENARIO_PARAMS,
  parseBy,
  parseFigureId,
  readScenarios,
  writeScenario,
  type ScenarioUrl,
} from './url-scenario';

export { LOCALES, VIEWS, type Locale, type View } from './page-address';

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
  /** null: not chosen (the front door with no `lang`: the reader's language decides) */
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
  /** the record as it stood on this date (YYYY-MM-DD); null: today's */
  asof: string | null;
  /** a release of the dataset, as Goalpost published it; null: the live record */
  release: number | null;
  /** the overview's search, filters and grouping (view=overview) */
  overview: OverviewFilter;
}

/** The verdicts a filter can ask for, in the order the tally and the cards show them (worst first). */
export const VERDICTS: readonly GoalStatus[] = [
  'missed',
  'behind',
  'on-track',
  'met',
  'no-date',
  'no-figure-since-deadline',
  'not-enough',
  'no-goal',
];
/** The longest search an address carries. */
export const QUERY_MAX = 80;

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
  asof: null,
  release: null,
  overview: NO_FILTER,
};

/** The longest headline a picture takes: two lines of a social card's title. */
export const HEADLINE_MAX = 120;

export interface UrlNotice {
  param: string;
  /** the value as received, for showing back as text (never as HTML) */
  value: string;
  reason: 'unknown-value' | 'unknown-param' | 'malformed' | 'unknown-page';
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

const OVERVIEW_PARSERS: { [K in keyof OverviewFilter]: (raw: string) => Parsed<OverviewFilter[K]> } = {
  q: (raw) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || [...text].length > QUERY_MAX || /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(text)) return invalid;
    return valid(text);
  },
  verdict: (raw) => {
    const items = raw.split(',').filter(Boolean);
    if (!items.length || !items.every((i) => (VERDICTS as readonly string[]).includes(i))) return invalid;
    return valid(VERDICTS.filter((v) => items.includes(v)));
  },
  area: (raw) => (/^[A-Za-z]{2,6}$/.test(raw) ? valid(raw.toUpperCase()) : invalid),
  topic: (raw) => oneOf(TOPICS)(raw),
  speaker: (raw) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) && raw.length <= 80 ? valid(raw) : invalid),
  group: oneOf(GROUPINGS),
};
/** The overview's parameters (its search, filters and grouping). */
export const OVERVIEW_PARAMS = Object.keys(OVERVIEW_PARSERS) as (keyof OverviewFilter)[];

const parsers: { [K in Exclude<keyof UrlState, 'scenario' | 'overview'>]: (raw: string) => Parsed<UrlState[K]> } = {
  view: oneOf(VIEWS),
  indicator: (raw) => (INDICATOR_ID.test(raw) ? valid(raw) : invalid),
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
  asof: (raw) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return invalid;
    const d = new Date(`${raw}T00:00:00Z`);
    const year = Number(raw.slice(0, 4));
    // a real day (not 2023-02-30) in the years the app can show
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw && year >= MIN_YEAR && year <= MAX_YEAR
      ? valid(raw)
      : invalid;
  },
  release: (raw) => (/^[1-9]\d{0,5}$/.test(raw) ? valid(Number(raw)) : invalid),
  hide: (raw) => {
    const items = raw.split(',').filter(Boolean);
    if (!items.every((i) => (SERIES as readonly string[]).includes(i))) return invalid;
    return valid(SERIES.filter((s) => items.includes(s)));
  },
};

const KNOWN = new Set<string>([...Object.keys(parsers), ...OVERVIEW_PARAMS]);

/** Every parameter the app reads: its own and the scenario explorer's. */
export const ALL_PARAMS: readonly string[] = [...KNOWN, ...SCENARIO_PARAMS];

/** What a prerendered page names itself by (<meta name="goalpost:prerender">). */
export const VIEW_PARAMS = ['view', 'indicator', 'lang', 'embed'] as const;
/** Parameters that change no drawing of an indicator page or embed (the theme, scenario names). */
export const PRESENTATION_PARAMS = ['theme', 'n1', 'n2', 'n3'] as const;
/**
 * Parameters that change what a view draws: with any of them, a prerendered view is not the one asked
 * for. public/boot.js keeps the same list (it runs before the app, as a plain file); a unit test
 * holds the two together.
 */
export const DRAWING_PARAMS = [
  'from',
  'to',
  'hide',
  'data',
  'base',
  'by',
  'r1',
  'r2',
  'r3',
  'ha',
  'hb',
  // the pictures' headline is in the share panel's field, which the prerendered page draws empty
  'headline',
  // another date or release: another record than the one the page was built from
  'asof',
  'release',
  // the overview's search, filters and grouping: the prerendered overview is the unfiltered one
  'q',
  'verdict',
  'area',
  'topic',
  'speaker',
  'group',
] as const;

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

/** An address's page (its path relative to the app's folder) and its query (with its "?"). */
export function splitAddress(address: string): { path: string; search: string } {
  const noHash = address.split('#')[0]!;
  const q = noHash.indexOf('?');
  return q < 0 ? { path: noHash, search: '' } : { path: noHash.slice(0, q), search: noHash.slice(q) };
}

/**
 * The state an address asks for. The path names the page; `view`, `indicator`, `lang` and `embed` in
 * the query (the first form of links, from before pages had paths) name it over the path, as they
 * did then. A path that names no page shows the overview and says so.
 */
export function parseUrlState(address: string): { state: UrlState; notices: UrlNotice[] } {
  const { path, search } = splitAddress(address);
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_STATE, hide: [], overview: { ...NO_FILTER, verdict: [] } };
  const notices: UrlNotice[] = [];
  const page = readPagePath(path);
  if (page) Object.assign(state, page);
  else notices.push({ param: 'page', value: path, reason: 'unknown-page' });
  const seen = new Map<string, string>();
  for (const [param, value] of params) {
    if (SCENARIO_PARAMS.has(param)) continue;
    if (!KNOWN.has(param)) {
      notices.push({ param, value, reason: 'unknown-param' });
      continue;
    }
    if (seen.has(param)) continue; // the first occurrence wins
    seen.set(param, value);
    if ((OVERVIEW_PARAMS as string[]).includes(param)) {
      const key = param as keyof OverviewFilter;
      const parsed = OVERVIEW_PARSERS[key](value);
      if (parsed.kind === 'valid') (state.overview as unknown as Record<string, unknown>)[key] = parsed.value;
      else notices.push({ param, value, reason: 'unknown-value' });
      continue;
    }
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
  if (state.view !== 'overview') state.overview = NO_FILTER;
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

/** Writes the view's options into `params`: only what differs from the defaults, in a fixed order. */
export function optionParams(state: UrlState, params: URLSearchParams): void {
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.hide.length) params.set('hide', SERIES.filter((s) => state.hide.includes(s)).join(','));
  if (state.view === 'scenario') writeScenario(params, state.scenario);
  if (state.headline) params.set('headline', state.headline);
  if (state.asof) params.set('asof', state.asof);
  if (state.release !== null) params.set('release', String(state.release));
  if (state.view === 'overview') {
    const o = state.overview;
    if (o.q) params.set('q', o.q);
    if (o.verdict.length) params.set('verdict', VERDICTS.filter((v) => o.verdict.includes(v)).join(','));
    if (o.area) params.set('area', o.area);
    if (o.topic) params.set('topic', o.topic);
    if (o.speaker) params.set('speaker', o.speaker);
    if (o.group !== 'none') params.set('group', o.group);
  }
}

/** A query string (with its "?", or '') with commas left readable. */
export const query = (params: URLSearchParams) => {
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
};

/**
 * The address of a state, relative to the app's folder: the page's file and, in the query, only
 * what differs from the defaults (short, readable links). A page is named by its file only when its
 * language is known: the front door with no language chosen stays the front door (as does any view
 * asked for there with no `lang`, named in the query as links of the first form did), and so do the
 * pages of another dataset (`data`), which have no files in the build.
 */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const inQuery = state.data !== null || state.lang === null;
  if (inQuery) {
    if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
    if ((state.view === 'indicator' || state.view === 'scenario') && state.indicator)
      params.set('indicator', state.indicator);
    if (state.lang) params.set('lang', state.lang);
  }
  optionParams(state, params);
  if (state.data) params.set('data', state.data);
  const page = inQuery || state.lang === null ? '' : pagePath({ ...state, lang: state.lang });
  if (state.embed && !page.startsWith('embed/')) params.set('embed', '1');
  return `${page}${query(params)}`;
}

/** A pure state change: apply `patch` to the state at `address`, return the new address. */
export function updateSearch(address: string, patch: Partial<UrlState>): string {
  const { state } = parseUrlState(address);
  return serializeUrlState({ ...state, ...patch });
}

/** Page changes keep language, theme and dataset; the chart's range and series reset. */
const pageReset = {
  from: null,
  to: null,
  hide: [],
  scenario: DEFAULT_SCENARIO_URL,
  headline: null,
  overview: NO_FILTER,
} satisfies Partial<UrlState>;
export const openIndicator = (address: string, id: string) =>
  updateSearch(address, { ...pageReset, view: 'indicator', indicator: id });
export const openScenario = (address: string, id: string) =>
  updateSearch(address, { ...pageReset, view: 'scenario', indicator: id });
export const setScenario = (address: string, patch: Partial<ScenarioUrl>) => {
  const { state } = parseUrlState(address);
  return serializeUrlState({ ...state, scenario: { ...state.scenario, ...patch } });
};
export const openOverview = (address: string) =>
  updateSearch(address, { ...pageReset, view: 'overview', indicator: null });
export const openSources = (address: string) =>
  updateSearch(address, { ...pageReset, view: 'sources', indicator: null });
export const openChanges = (address: string) =>
  updateSearch(address, { ...pageReset, view: 'changes', indicator: null });
export const setLang = (address: string, lang: Locale) => updateSearch(address, { lang });
/** The overview narrowed or grouped otherwise; the rest of the address as it was. */
export function setOverview(address: string, patch: Partial<OverviewFilter>): string {
  const { state } = parseUrlState(address);
  return serializeUrlState({ ...state, overview: { ...state.overview, ...patch } });
}
export const setTheme = (address: string, theme: Theme) => updateSearch(address, { theme });
export const setRange = (address: string, from: number | null, to: number | null) =>
  updateSearch(address, { from, to });
export function toggleSeries(address: string, series: Series): string {
  const { state } = parseUrlState(address);
  const hide = state.hide.includes(series) ? state.hide.filter((s) => s !== series) : [...state.hide, series];
  return serializeUrlState({ ...state, hide: SERIES.filter((s) => hide.includes(s)) });
}

/** The full view of an embed: the same state without embed mode. */
export const fullViewSearch = (address: string) => updateSearch(address, { embed: false });

/**
 * The address a page should show: its own file, with the query as it was (nothing the reader typed
 * is lost, not even a value the page could not use) less the parameters of the first form of links
 * (`view`, `indicator`, `lang`), which the path now says. `lang` is the page's language. Null when
 * the address is already right, or when it is not to be rewritten: an embed (its host page's code
 * stays as published), another dataset's page (no file of the build is its page), the front door in
 * the reader's own language.
 */
export function canonicalAddress(address: string, lang: Locale): string | null {
  const { path, search } = splitAddress(address);
  const { state } = parseUrlState(address);
  if (state.embed || state.data || !readPagePath(path)) return null;
  const params = new URLSearchParams(search);
  let said = false;
  for (const p of ['view', 'indicator', 'lang'] as const) {
    const raw = params.get(p);
    // a value the page could not use stays, for its notice; one the path now says goes
    if (raw !== null && parsers[p](raw).kind === 'valid') {
      params.delete(p);
      said = true;
    }
  }
  const frontDoor = state.view === 'overview' && state.lang === null && lang === 'en';
  const page = frontDoor ? '' : pagePath({ ...state, lang });
  if (!said && page === path) return null;
  return `${page}${query(params)}`;
}
