/**
 * The parameters of an address's query: the state's shape and defaults, and a parser for each
 * parameter (valid, invalid or missing). url-state.ts reads and writes addresses with them.
 */

import type { GoalStatus } from '../domain/goal-status';
import { GROUPINGS, NO_FILTER, type OverviewFilter } from '../domain/overview';
import { TOPICS } from '../domain/topics';
import { INDICATOR_ID, LOCALES, VIEWS, type Locale, type View } from './page-address';
import {
  DEFAULT_SCENARIO_URL,
  SCENARIO_PARAMS,
  parseBy,
  parseFigureId,
  readScenarios,
  type ScenarioUrl,
} from './url-scenario';

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

export const OVERVIEW_PARSERS: { [K in keyof OverviewFilter]: (raw: string) => Parsed<OverviewFilter[K]> } = {
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

export const parsers: {
  [K in Exclude<keyof UrlState, 'scenario' | 'overview'>]: (raw: string) => Parsed<UrlState[K]>;
} = {
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

export const KNOWN = new Set<string>([...Object.keys(parsers), ...OVERVIEW_PARAMS]);

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

export function parseScenarioParams(params: URLSearchParams, notices: UrlNotice[]): ScenarioUrl {
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
