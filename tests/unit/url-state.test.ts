import { describe, expect, it } from 'vitest';
import { openIndicator, openOverview, openScenario, openSources, setLang, updateSearch } from '../../src/lib/url-moves';
import {
  DEFAULT_STATE,
  canonicalAddress,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/lib/url-state';

describe('URL state', () => {
  it.each<[string, Partial<UrlState>]>([
    ['the front door', {}],
    ['a language', { lang: 'kk' }],
    ['a theme', { theme: 'dark' }],
    ['another dataset', { data: 'https://example.org/goalpost.json' }],
    ['everything at once', { lang: 'ru', theme: 'light', data: '/broken/dataset.json' }],
    ['an indicator page', { view: 'indicator', indicator: 'kz-transit', lang: 'ru', from: 2015, hide: ['context'] }],
    ['the sources', { view: 'sources', lang: 'kk' }],
    ['an embed', { view: 'indicator', indicator: 'kz-transit', lang: 'en', embed: true, theme: 'light' }],
    ['a page asked for with no language', { view: 'indicator', indicator: 'kz-transit' }],
  ])('round-trips %s: serialize, parse back, equal', (_name, patch) => {
    const state = { ...DEFAULT_STATE, ...patch };
    const address = serializeUrlState(state);
    expect(parseUrlState(address)).toEqual({ state, notices: [] });
  });

  it.each<[string, Partial<UrlState>, string]>([
    ['the front door', {}, ''],
    ['the overview in a language', { lang: 'ru' }, 'view/overview.ru.html'],
    ['an indicator', { view: 'indicator', indicator: 'kz-transit', lang: 'kk' }, 'view/kz-transit.kk.html'],
    [
      'its scenario explorer',
      { view: 'scenario', indicator: 'kz-transit', lang: 'en' },
      'view/kz-transit.scenario.en.html',
    ],
    ['the sources', { view: 'sources', lang: 'en' }, 'view/sources.en.html'],
    ['an embed', { view: 'indicator', indicator: 'kz-transit', lang: 'ru', embed: true }, 'embed/kz-transit.ru.html'],
    [
      'a chart’s options',
      { view: 'indicator', indicator: 'x', lang: 'en', from: 2010, to: 2030, hide: ['goals'], theme: 'dark' },
      'view/x.en.html?theme=dark&from=2010&to=2030&hide=goals',
    ],
    [
      'another dataset’s page (no file of the build is its page)',
      { view: 'indicator', indicator: 'x', lang: 'en', data: 'd.json' },
      '?view=indicator&indicator=x&lang=en&data=d.json',
    ],
  ])('names the page by its file and keeps only the options in the query: %s', (_name, patch, address) => {
    expect(serializeUrlState({ ...DEFAULT_STATE, ...patch })).toBe(address);
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

  it.each(['view/nothing.html', 'view/kz-transit.de.html', 'assets/x.html', 'view/Kz.en.html'])(
    'shows the overview for a path that names no page (%s), and says so',
    (path) => {
      const { state, notices } = parseUrlState(`${path}?theme=dark`);
      expect(state).toEqual({ ...DEFAULT_STATE, theme: 'dark' });
      expect(notices).toEqual([{ param: 'page', value: path, reason: 'unknown-page' }]);
      expect(canonicalAddress(`${path}?theme=dark`, 'en')).toBeNull();
    },
  );

  it('reports unknown parameters without failing', () => {
    const { state, notices } = parseUrlState('?utm_source=x&lang=ru');
    expect(state.lang).toBe('ru');
    expect(notices).toEqual([{ param: 'utm_source', value: 'x', reason: 'unknown-param' }]);
  });

  it('state changes are pure functions of the address', () => {
    expect(setLang('?theme=dark', 'kk')).toBe('view/overview.kk.html?theme=dark');
    expect(setLang('view/kz-transit.ru.html?from=2015', 'en')).toBe('view/kz-transit.en.html?from=2015');
    expect(updateSearch('view/overview.kk.html?junk=1', { lang: 'en' })).toBe('view/overview.en.html');
    expect(openIndicator('view/overview.ru.html?theme=dark', 'kz-transit')).toBe('view/kz-transit.ru.html?theme=dark');
    expect(openScenario('view/kz-transit.kk.html?from=2015', 'kz-transit')).toBe('view/kz-transit.scenario.kk.html');
    expect(openSources('view/kz-transit.en.html')).toBe('view/sources.en.html');
    expect(openOverview('view/sources.ru.html')).toBe('view/overview.ru.html');
    // the front door's own overview link stays the front door (the reader's language decides)
    expect(openOverview('?theme=dark')).toBe('?theme=dark');
  });
});

describe('links of every form the README has documented keep working', () => {
  const T = 'kz-ots-trade';
  // [address as published, the reader's language, the page it opens, the address it is rewritten to]
  it.each<[string, 'en' | 'ru', Partial<UrlState>, string | null]>([
    ['', 'en', { view: 'overview', lang: null }, null],
    ['', 'ru', { view: 'overview', lang: null }, 'view/overview.ru.html'],
    ['?lang=ru', 'en', { view: 'overview', lang: 'ru' }, 'view/overview.ru.html'],
    ['?lang=ru&theme=dark', 'en', { lang: 'ru', theme: 'dark' }, 'view/overview.ru.html?theme=dark'],
    ['?theme=dark', 'en', { theme: 'dark' }, null],
    ['?view=sources', 'en', { view: 'sources', lang: null }, 'view/sources.en.html'],
    [`?view=indicator&indicator=${T}`, 'ru', { view: 'indicator', indicator: T, lang: null }, `view/${T}.ru.html`],
    [
      `?view=indicator&indicator=${T}&lang=kk&from=2015&to=2030&hide=context,goals`,
      'en',
      { view: 'indicator', indicator: T, lang: 'kk', from: 2015, to: 2030, hide: ['context', 'goals'] },
      `view/${T}.kk.html?from=2015&to=2030&hide=context,goals`,
    ],
    [
      `?view=indicator&indicator=${T}&lang=en&headline=Trade`,
      'en',
      { headline: 'Trade' },
      `view/${T}.en.html?headline=Trade`,
    ],
    // the permalink pages of the first builds, and a language switched there (the old app kept the file)
    [
      `view/${T}.en.html?view=indicator&indicator=${T}&lang=en`,
      'en',
      { view: 'indicator', indicator: T, lang: 'en' },
      `view/${T}.en.html`,
    ],
    [
      `view/${T}.en.html?view=indicator&indicator=${T}&lang=ru`,
      'en',
      { view: 'indicator', indicator: T, lang: 'ru' },
      `view/${T}.ru.html`,
    ],
    ['view/sources.kk.html?view=sources&lang=kk', 'en', { view: 'sources', lang: 'kk' }, 'view/sources.kk.html'],
    [
      `?view=scenario&indicator=${T}&base=${T}-2022&r1=5&n1=Only+5%25&r2=9.2&n2=Pace+of+2010-2022&ha=${T}-2010&hb=${T}-2022`,
      'en',
      { view: 'scenario', indicator: T, lang: null },
      `view/${T}.scenario.en.html?base=${T}-2022&r1=5&n1=Only+5%25&r2=9.2&n2=Pace+of+2010-2022&ha=${T}-2010&hb=${T}-2022`,
    ],
    // embeds stay as their host pages published them
    [
      `?view=indicator&indicator=${T}&lang=ru&theme=system&embed=1`,
      'en',
      { view: 'indicator', embed: true, lang: 'ru' },
      null,
    ],
    [
      `embed/${T}.ru.html?view=indicator&indicator=${T}&lang=ru&theme=light&embed=1`,
      'en',
      { embed: true, lang: 'ru', theme: 'light' },
      null,
    ],
    // another dataset's pages are not files of the build
    [
      `?view=indicator&indicator=${T}&data=data%2Fother.json`,
      'en',
      { view: 'indicator', data: 'data/other.json' },
      null,
    ],
    // a value the page cannot use stays in the address for its notice
    [
      `?view=indicator&indicator=${T}&lang=de`,
      'en',
      { view: 'indicator', indicator: T, lang: null },
      `view/${T}.en.html?lang=de`,
    ],
  ])('%s (reader in %s)', (address, reader, page, rewritten) => {
    expect(parseUrlState(address).state).toMatchObject(page);
    expect(canonicalAddress(address, parseUrlState(address).state.lang ?? reader)).toBe(rewritten);
    // the rewritten address, where there is one, opens the same view, with the language now in the path
    const { state } = parseUrlState(address);
    expect(rewritten === null ? null : parseUrlState(rewritten).state).toEqual(
      rewritten === null ? null : { ...state, lang: state.lang ?? reader },
    );
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
    expect(
      updateSearch(serializeUrlState({ ...scenario({ scenarios: [{ rate: '5', name: 'x' }] }), lang: 'ru' }), {
        view: 'indicator',
      }),
    ).toBe('view/kz-ots-trade.ru.html');
  });
});
