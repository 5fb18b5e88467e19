import { describe, expect, it } from 'vitest';
import { indicatorView } from '../../src/domain/indicator-view';
import { layoutExport } from '../../src/lib/chart-svg/export-layout';
import { EXPORT_SIZES, type ExportSize } from '../../src/lib/embed-snippet';
import { chartSvg, type PictureInput } from '../../src/lib/export/chart-picture';
import { translator } from '../../src/lib/i18n/i18n';
import { viewWords, type WordsInput } from '../../src/lib/words/view-words';
import { en, ru, kk } from '../fixtures/words';
import { parsedRealDataset } from './dataset-fixture';

const ds = parsedRealDataset();
const dicts = { en, ru, kk } as const;

function input(
  id: string,
  lang: keyof typeof dicts,
  extra: Partial<PictureInput> = {},
  words: Partial<WordsInput> = {},
): PictureInput {
  const view = indicatorView(ds, id)!;
  const t = translator(dicts[lang], lang);
  return {
    dataset: ds,
    words: viewWords({ view, locale: lang, t, ...words }),
    permalink: '',
    theme: 'light',
    ...extra,
  };
}

/** The text of an SVG's <text> elements, in document order, decoded. */
const texts = (svg: string, cls?: string) =>
  [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => !cls || m[1]!.includes(`class="${cls}"`))
    .map((m) =>
      m[2]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
const attr = (svg: string, cls: string, name: string) =>
  [...svg.matchAll(new RegExp(`<text[^>]*class="${cls}"[^>]*>`, 'g'))].map((m) =>
    Number(new RegExp(`${name}="([\\d.]+)"`).exec(m[0])?.[1]),
  );

describe('pictures a graphics editor accepts as they are', () => {
  const sizes = Object.keys(EXPORT_SIZES) as ExportSize[];
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`${lang}: the source line is wrapped, never cut, and ends with the credit in grey; the legend is one row`, () => {
      for (const { id } of ds.indicators) {
        for (const size of sizes) {
          const pic = input(id, lang);
          const svg = chartSvg(pic, size, '');
          const source = texts(svg, 'export-source').join(' ');
          expect(source, `${id} ${size}`).not.toContain('…');
          expect(source).toMatch(new RegExp(`· ${dicts[lang]['export.credit']}$`));
          expect(svg).not.toMatch(/text-decoration="underline"/);
          const legendYs = new Set(
            [...svg.matchAll(/<g class="legend-[^"]+">[\s\S]*?<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]),
          );
          expect(legendYs.size, `${id} ${size} legend rows`).toBe(1);
        }
      }
    });
  }

  it('social card: title at least 48 px and tick labels at least 20 px, in every language', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      for (const { id } of ds.indicators) {
        const svg = chartSvg(input(id, lang), 'social', '');
        for (const size of attr(svg, 'export-title', 'font-size')) expect(size).toBeGreaterThanOrEqual(48);
        for (const size of attr(svg, 'tick', 'font-size')) expect(size).toBeGreaterThanOrEqual(20);
        expect(attr(svg, 'tick', 'font-size').length).toBeGreaterThan(0);
      }
    }
  });

  it('prints the address only when a public one is configured, as plain text', () => {
    const without = chartSvg(input('kz-transit', 'en'), 'column', '');
    expect(texts(without, 'export-link')).toEqual([]);
    const link =
      'https://news.example/graphics/goalpost/view/kz-transit.en.html?view=indicator&indicator=kz-transit&lang=en';
    const withLink = chartSvg(input('kz-transit', 'en', { permalink: link }), 'column', '');
    expect(texts(withLink, 'export-link').join('')).toBe(link);
  });

  it('takes the reader’s headline instead of the name, and describes the chart from its figures', () => {
    const svg = chartSvg(input('kz-ots-trade', 'en', {}, { headline: 'Turkic trade nearly tripled' }), 'column', '');
    expect(texts(svg, 'export-title').join(' ')).toBe('Turkic trade nearly tripled');
    expect(svg).toMatch(
      /<desc id="gp-desc">Kazakhstan(?:'|&apos;|&#39;)s trade with the Turkic states: up from \$4\.5B in 2010 to \$12\.9B in 2022\./,
    );
  });

  it('the legend row speaks plain words, not the app legend’s explanations', () => {
    const L = layoutExport(
      {
        title: 't',
        subtitle: 's',
        source: 'src',
        dataset: 'd',
        link: '',
        lang: 'en',
        legend: [{ key: 'primary', label: en['picture.primary'] }],
      },
      640,
      420,
    );
    expect(L.legend.items.map((i) => i.label)).toEqual(['Stated in a speech']);
    expect(en['picture.primary']).not.toMatch(/five speeches/);
  });
});
