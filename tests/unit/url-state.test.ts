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

describe('scenario links', () => {
  const scenario = (patch: Partial<UrlState['scenario']>): UrlState => ({
    ...DEFAULT_STATE,
    view: 'scenario',
    indicator: 'kz-ots-trade',
    scenario: { ...DEFAULT_STATE.scenario, ...patch },
  });

  it.each<[string, UrlState]>([
    ['no inputs', scenario({})],
    ['a base and an assumed deadline range', scenario({ base: 'kz-ots-trade-2022', by: { from: 2026, to: 2030 } })],
    ['one assumed deadline', scenario({ by: { from: 2030, to: 2030 } })],
    [
      'three named scenarios and a historical pair',
      scenario({
        scenarios: [
          { rate: '5', name: 'Only 5%' },
          { rate: '9.2', name: '' },
          { rate: '-1.25', name: 'Шамамен & <b>' },
        ],
        ha: 'kz-ots-trade-2010',
        hb: 'kz-ots-trade-2022',
      }),
    ],
  ])('round-trips %s', (_name, state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
  });

  it('keeps typed rates exactly, reading a decimal comma as a point', () => {
    const { state } = parseUrlState('?view=scenario&indicator=kz-ots-trade&r1=5,25&r2=007.10');
    expect(state.scenario.scenarios.map((s) => s.rate)).toEqual(['5.25', '007.10']);
  });

  it.each([
    ['r1', 'fast'],
    ['r2', '1e9'],
    ['by', '2031-2029'],
    ['by', '20x0'],
    ['base', '<script>'],
  ])('reports a bad %s=%s and keeps the rest', (param, value) => {
    const search = `?view=scenario&indicator=kz-ots-trade&r3=4&${param}=${encodeURIComponent(value)}`;
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([{ param, value, reason: 'unknown-value' }]);
    expect(state.scenario.scenarios.at(-1)).toEqual({ rate: '4', name: '' });
  });

  it('drops scenario inputs when leaving the explorer', () => {
    const search = serializeUrlState(scenario({ scenarios: [{ rate: '5', name: 'x' }] }));
    expect(updateSearch(search, { view: 'indicator' })).toBe('?view=indicator&indicator=kz-ots-trade');
  });
});
