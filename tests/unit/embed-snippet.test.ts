import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HEIGHT, embedSnippet, snapshotPath } from '../../src/lib/embed-snippet';
import { DEFAULT_STATE, embedSearch, parseUrlState } from '../../src/lib/url-state';

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

describe('embed URLs write the view out', () => {
  it('keeps page, indicator, language and theme even when they equal today’s defaults', () => {
    const search = embedSearch({ ...DEFAULT_STATE, view: 'indicator', indicator: 'kz-ots-trade' }, 'en');
    // light unless the embed code's choice says otherwise: a host article is white
    expect(search).toBe('?view=indicator&indicator=kz-ots-trade&lang=en&theme=light&embed=1');
    expect(embedSearch({ ...DEFAULT_STATE, view: 'indicator', indicator: 'x', theme: 'dark' }, 'en')).toContain(
      'theme=light',
    );
    expect(embedSearch({ ...DEFAULT_STATE, view: 'indicator', indicator: 'x' }, 'en', 'system')).toContain(
      'theme=system',
    );
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ view: 'indicator', indicator: 'kz-ots-trade', lang: 'en', embed: true });
  });
  it('carries the chosen years and hidden series', () => {
    const search = embedSearch(
      { ...DEFAULT_STATE, view: 'indicator', indicator: 'titr-cargo', from: 2020, hide: ['context'] },
      'ru',
    );
    expect(parseUrlState(search).state).toMatchObject({ from: 2020, hide: ['context'], lang: 'ru' });
  });
});
