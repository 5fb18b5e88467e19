/**
 * The URL is the share button. One parser turns an address (the page's path relative to the app's
 * folder, and its query) into typed state: the path names the page (src/lib/page-address.ts), the
 * query holds the view's options; every parameter parses to valid, invalid or missing (its parser is
 * in url-params.ts); invalid falls back to its default and is reported as a notice. State changes
 * are pure `(address) => address` functions (url-moves.ts). Links of the first form
 * (`?view=indicator&indicator=…&lang=…`, the page in the query) still open their view: those three
 * parameters, where given, name the page over the path.
 */

import { NO_FILTER, type OverviewFilter } from '../domain/overview';
import { pagePath, readPagePath, type Locale } from './page-address';
import {
  DEFAULT_STATE,
  KNOWN,
  OVERVIEW_PARAMS,
  OVERVIEW_PARSERS,
  SERIES,
  type UrlNotice,
  type UrlState,
  VERDICTS,
  parseScenarioParams,
  parsers,
} from './url-params';
import { SCENARIO_PARAMS, writeScenario, DEFAULT_SCENARIO_URL } from './url-scenario';

export * from './url-params';
export { LOCALES, VIEWS, type Locale, type View } from './page-address';
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
