import type { Locale } from './page-address';
import {
  DEFAULT_STATE,
  optionParams,
  query,
  serializeUrlState,
  splitAddress,
  type Theme,
  type UrlState,
} from './url-state';

/**
 * The address of an embed, relative to the app's folder, with the theme always written out: it is
 * the embed code's choice (light by default: a host article is white unless its publisher says
 * not), not the reader's theme on this page. An indicator's embed is its prerendered embed page
 * (`embed/<id>.<lang>.html`); a scenario's is the app's folder with the view in the query and
 * `embed=1`, as it always was (pages of `view/` may be sent with `frame-ancestors 'self'`: see deploy/).
 */
export function embedAddress(state: UrlState, lang: Locale, theme: Theme = 'light'): string {
  const shown: UrlState = { ...state, lang, theme: 'system', headline: null, embed: true };
  if (state.view !== 'scenario') {
    const { path, search } = splitAddress(serializeUrlState({ ...shown, view: 'indicator' }));
    return `${path}${query(new URLSearchParams([['theme', theme], ...new URLSearchParams(search)]))}`;
  }
  const params = new URLSearchParams([
    ['view', 'scenario'],
    ['indicator', state.indicator ?? ''],
    ['lang', lang],
    ['theme', theme],
  ]);
  optionParams({ ...shown, theme: DEFAULT_STATE.theme }, params);
  if (state.data) params.set('data', state.data);
  params.set('embed', '1');
  return query(params);
}
