/** The app's moves as pure address changes: open a page, set an option; `(address) => address`. */

import { NO_FILTER, type OverviewFilter } from '../domain/overview';
import type { Locale } from './page-address';
import { SERIES, type Series, type Theme, type UrlState } from './url-params';
import { DEFAULT_SCENARIO_URL, type ScenarioUrl } from './url-scenario';
import { parseUrlState, serializeUrlState } from './url-state';

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
