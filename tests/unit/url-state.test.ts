import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  setLang,
  updateSearch,
  type UrlState,
} from '../../src/lib/url-state';

describe('URL state', () => {
  it.each<[string, Partial<UrlState>]>([
    ['defaults', {}],
    ['a language', { lang: 'kk' }],
    ['a theme', { theme: 'dark' }],
    ['another dataset', { data: 'https://example.org/goalpost.json' }],
    ['everything at once', { lang: 'ru', theme: 'light', data: '/broken/dataset.json' }],
  ])('round-trips %s: serialize, parse back, equal', (_name, patch) => {
    const state = { ...DEFAULT_STATE, ...patch };
    const search = serializeUrlState(state);
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_STATE, lang: 'ru' })).toBe('?lang=ru');
  });

  it.each([
    ['?lang=de', 'lang', 'de'],
    ['?view=chart', 'view', 'chart'],
    ['?theme=%3Cscript%3E', 'theme', '<script>'],
    ['?data=javascript:alert(1)', 'data', 'javascript:alert(1)'],
  ])('falls back to the default for %s and reports it', (search, param, value) => {
    const { state, notices } = parseUrlState(search);
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual([{ param, value, reason: 'unknown-value' }]);
  });

  it('reports unknown parameters without failing', () => {
    const { state, notices } = parseUrlState('?utm_source=x&lang=ru');
    expect(state.lang).toBe('ru');
    expect(notices).toEqual([{ param: 'utm_source', value: 'x', reason: 'unknown-param' }]);
  });

  it('state changes are pure functions of the query string', () => {
    expect(setLang('?theme=dark', 'kk')).toBe('?lang=kk&theme=dark');
    expect(updateSearch('?lang=kk&junk=1', { lang: 'en' })).toBe('?lang=en');
  });
});
