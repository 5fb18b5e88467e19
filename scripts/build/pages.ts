/**
 * Every page the build writes, in every language: its state, its file (which is its address), the
 * same page in the other languages, and its social card. The front door (index.html) is the overview
 * in English for a reader with no language chosen; the prerender, the sitemap and the pictures all
 * read this one list.
 */
import type { Dataset } from '../../src/domain/dataset-schema';
import { DEFAULT_VIEW_OPTIONS, indicatorView } from '../../src/domain/indicator-view';
import { sourceMap } from '../../src/domain/series';
import { snapshotPath } from '../../src/lib/embed-snippet';
import { RESERVED_IDS, type Locale } from '../../src/lib/page-address';
import { DEFAULT_STATE, serializeUrlState, type UrlState } from '../../src/lib/url-state';
import { LANGS } from './langs';

export type PageKind = 'front' | 'overview' | 'indicator' | 'scenario' | 'sources' | 'changes' | 'embed';

export interface BuiltPage {
  kind: PageKind;
  state: UrlState;
  /** the language the page is drawn in */
  lang: Locale;
  /** the page's address relative to the app's folder ('' for the front door) */
  address: string;
  /** its file in the build */
  file: string;
  indicator: string | null;
  /** the same page in each language (and the front door as x-default, for the overview) */
  alternates: { hreflang: string; address: string }[];
  /** the social card's path in the build */
  picture: string;
}

/** Indicators with a goal: the ones whose page offers the scenario explorer. */
export function scenarioIndicators(dataset: Dataset): string[] {
  const sources = sourceMap(dataset);
  return dataset.indicators
    .filter((i) => indicatorView(dataset, i.id, DEFAULT_VIEW_OPTIONS, sources)?.assessment.goal)
    .map((i) => i.id);
}

const pictureName: Record<Exclude<PageKind, 'front' | 'embed'>, (id: string) => string> = {
  overview: () => 'overview',
  sources: () => 'sources',
  changes: () => 'changes',
  indicator: (id) => id,
  scenario: (id) => `${id}.scenario`,
};

export function sitePages(dataset: Dataset): BuiltPage[] {
  const reserved = dataset.indicators.find((i) => (RESERVED_IDS as readonly string[]).includes(i.id));
  if (reserved) throw new Error(`an indicator may not be called "${reserved.id}": it names another page's file`);
  const scenarios = new Set(scenarioIndicators(dataset));
  const make = (kind: Exclude<PageKind, 'front'>, lang: Locale, indicator: string | null = null): BuiltPage => {
    const view = kind === 'embed' ? 'indicator' : kind;
    const state: UrlState = { ...DEFAULT_STATE, view, indicator, lang, embed: kind === 'embed' };
    const address = serializeUrlState(state);
    const alternates: BuiltPage['alternates'] = LANGS.map((l) => ({
      hreflang: l,
      address: serializeUrlState({ ...state, lang: l }),
    }));
    if (kind === 'overview') alternates.push({ hreflang: 'x-default', address: '' });
    const picture = snapshotPath(
      pictureName[kind === 'embed' ? 'indicator' : kind](indicator ?? ''),
      lang,
      'social',
      'png',
    );
    return { kind, state, lang, address, file: address, indicator, alternates, picture };
  };
  const pages: BuiltPage[] = [];
  const overviewEn = make('overview', 'en');
  pages.push({
    ...overviewEn,
    kind: 'front',
    state: { ...overviewEn.state, lang: null },
    address: '',
    file: 'index.html',
  });
  for (const lang of LANGS) {
    pages.push(make('overview', lang), make('sources', lang), make('changes', lang));
    for (const { id } of dataset.indicators) {
      pages.push(make('indicator', lang, id), make('embed', lang, id));
      if (scenarios.has(id)) pages.push(make('scenario', lang, id));
    }
  }
  return pages;
}
