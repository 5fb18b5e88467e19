import { describe, expect, it } from 'vitest';
import { embedAddress } from '../../src/lib/embed-address';
import { DEFAULT_EMBED_HEIGHT, embedSnippet, snapshotPath } from '../../src/lib/embed-snippet';
import { DEFAULT_STATE, parseUrlState } from '../../src/lib/url-state';

const input = {
  embedUrl: 'https://news.example/graphics/goalpost/?view=indicator&indicator=kz-transit&lang=kk&theme=system&embed=1',
  scriptUrl: 'https://news.example/graphics/goalpost/embed.js',
  imageUrl: 'https://news.example/graphics/goalpost/snapshots/kz-transit.kk.column.png',
  title: 'Transit "time" <across> Kazakhstan — Goalpost',
  alt: 'Chart: 12 → 6 days & goal 5',
};

describe('embed snippet', () => {
  const html = embedSnippet(input);
  it('is a titled, lazy, full-width iframe with a default height', () => {
    expect(html).toContain(`height="${DEFAULT_EMBED_HEIGHT}"`);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('title="Transit &quot;time&quot; &lt;across&gt; Kazakhstan — Goalpost"');
    expect(html).toContain(
      'src="https://news.example/graphics/goalpost/?view=indicator&amp;indicator=kz-transit&amp;lang=kk&amp;theme=system&amp;embed=1"',
    );
  });
  it('adds the optional resizer and a noscript picture with alt text', () => {
    expect(html).toContain('<script async src="https://news.example/graphics/goalpost/embed.js"></script>');
    expect(html).toMatch(/<noscript><img src="[^"]+kz-transit\.kk\.column\.png" alt="Chart: 12 → 6 days &amp; goal 5"/);
  });
  it('names snapshot files by indicator, language, size and format', () => {
    expect(snapshotPath('kz-transit', 'ru', 'social', 'svg')).toBe('snapshots/kz-transit.ru.social.svg');
  });
});

describe('embed addresses', () => {
  it('name the indicator and language in the path and always write the theme out', () => {
    const address = embedAddress({ ...DEFAULT_STATE, view: 'indicator', indicator: 'kz-ots-trade' }, 'en');
    // light unless the embed code's choice says otherwise: a host article is white
    expect(address).toBe('embed/kz-ots-trade.en.html?theme=light');
    expect(embedAddress({ ...DEFAULT_STATE, view: 'indicator', indicator: 'x', theme: 'dark' }, 'en')).toBe(
      'embed/x.en.html?theme=light',
    );
    expect(embedAddress({ ...DEFAULT_STATE, view: 'indicator', indicator: 'x' }, 'en', 'system')).toBe(
      'embed/x.en.html?theme=system',
    );
    const { state, notices } = parseUrlState(address);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ view: 'indicator', indicator: 'kz-ots-trade', lang: 'en', embed: true });
  });
  it('carry the chosen years and hidden series', () => {
    const address = embedAddress(
      { ...DEFAULT_STATE, view: 'indicator', indicator: 'titr-cargo', from: 2020, hide: ['context'] },
      'ru',
    );
    expect(address).toBe('embed/titr-cargo.ru.html?theme=light&from=2020&hide=context');
    expect(parseUrlState(address).state).toMatchObject({ from: 2020, hide: ['context'], lang: 'ru', embed: true });
  });
  it('put a scenario at the app’s folder in embed mode, with its inputs (view/ pages may refuse frames)', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'scenario' as const,
      indicator: 'kz-ots-trade',
      scenario: { ...DEFAULT_STATE.scenario, scenarios: [{ rate: '5', name: '' }] },
    };
    const address = embedAddress(state, 'kk');
    expect(address).toBe('?view=scenario&indicator=kz-ots-trade&lang=kk&theme=light&r1=5&embed=1');
    expect(parseUrlState(address).state).toMatchObject({ view: 'scenario', lang: 'kk', embed: true });
  });
  it('keep the first embed codes working: the view written out in the query', () => {
    const old = 'embed/kz-ots-trade.ru.html?view=indicator&indicator=kz-ots-trade&lang=ru&theme=light&embed=1';
    expect(parseUrlState(old)).toEqual(parseUrlState('embed/kz-ots-trade.ru.html?theme=light'));
    const scenario = '?view=scenario&indicator=kz-ots-trade&lang=ru&theme=light&r1=5&embed=1';
    expect(parseUrlState(scenario).state).toMatchObject({ view: 'scenario', indicator: 'kz-ots-trade', embed: true });
  });
});
