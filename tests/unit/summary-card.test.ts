import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/chart-layout/text-measure';
import { PALETTES } from '../../src/lib/chart-svg/palette';
import { renderSummaryCard, type SummaryCardTexts, type SummaryRow } from '../../src/lib/chart-svg/summary-card';

const require = createRequire(import.meta.url);
const W = 1200;
const H = 630;
const MARGIN_X = 48;

const row = (status: string | null, symbol: string, statusLabel: string, name: string, detail = ''): SummaryRow => ({
  status,
  symbol,
  statusLabel,
  name,
  detail,
});

const GOALS: SummaryRow[] = [
  row('met', '✓', 'Met', "Kazakhstan's trade with the Turkic states", '$11.5B of $20B'),
  row('on-track', '↗', 'On track', 'GDP per capita', '$14,000 of $15,000'),
  row('behind', '↘', 'Behind', 'Share of renewables in electricity generation', '6% of 15%'),
  row('missed', '✕', 'Missed', 'Grain exports', '8 of 10 Mt'),
  row('no-figure-since-deadline', '…', 'No figure since the deadline', 'Tourist arrivals', ''),
  row('no-date', '≈', 'No date given', 'Transit container traffic through Kazakhstan', '1.1M TEU'),
  row('not-enough', '?', 'Not enough figures', 'Foreign direct investment', '1 figure'),
  row('no-goal', '–', 'No goal', 'Inflation', ''),
];

const base: SummaryCardTexts = {
  lang: 'en',
  title: 'Is it on track? Goals stated in speeches',
  subtitle: 'Kazakhstan, the Organization of Turkic States and Central Asia: each goal against the latest figure',
  tally: '1 met · 1 on track · 1 behind · 1 missed · 1 no date given',
  rows: GOALS,
  more: (n) => `+ ${n} more`,
  footer: 'Goalpost · data of 5 December 2026 · https://news.example/goalpost/',
  alt: 'Eight goals: one met, one on track, one behind, one missed.',
};
const card = (texts: Partial<SummaryCardTexts> = {}, theme: 'light' | 'dark' = 'light') =>
  renderSummaryCard({ ...base, ...texts }, { theme });

const decode = (t: string) => {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(t)) throw new Error(`raw & in ${t}`);
  return t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
};

/** A small XML well-formedness check: balanced tags, one root, quoted attributes, no raw < or & in text. */
function checkXml(xml: string): { name: string; attrs: Record<string, string> }[] {
  const stack: string[] = [];
  const tags: { name: string; attrs: Record<string, string> }[] = [];
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<\/?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>|[^<]+|</g;
  for (const m of xml.matchAll(token)) {
    const [tok, name, attrText = '', selfClose] = m;
    if (tok.startsWith('<![CDATA[')) continue;
    if (tok === '<') throw new Error(`stray < at ${m.index}`);
    if (!name) {
      if (!stack.length && tok.trim()) throw new Error(`text outside the root: ${tok}`);
      decode(tok);
      continue;
    }
    if (tok.startsWith('</')) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      if (!stack.length && xml.slice(m.index + tok.length).trim()) throw new Error('content after the root');
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!);
    }
    if (!stack.length && tags.length) throw new Error('two roots');
    tags.push({ name, attrs });
    if (!selfClose) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  return tags;
}

interface Text {
  cls: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  end: boolean;
  fill: string;
  text: string;
}
const textsOf = (svg: string): Text[] =>
  [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = (k: string) => new RegExp(` ${k}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    return {
      cls: a('class'),
      x: Number(a('x')),
      y: Number(a('y')),
      size: Number(a('font-size')),
      bold: a('font-weight') === 'bold',
      end: a('text-anchor') === 'end',
      fill: a('fill'),
      text: decode(m[2]!),
    };
  });
const of = (svg: string, cls: string) => textsOf(svg).filter((t) => t.cls === cls);

/** The shown text is the whole name, or a prefix of it ending with an ellipsis. */
const shownAs = (shown: string, full: string) =>
  shown === full || (shown.endsWith('…') && full.startsWith(shown.slice(0, -1).trimEnd()));

const manyRows = (n: number) =>
  Array.from({ length: n }, (_, i) => row('met', '✓', 'Met', `Goal number ${i + 1} of the long list`, `${i} of 10`));

describe('renderSummaryCard', () => {
  it('is a standalone, well-formed SVG document with a title, description, language and font', () => {
    const svg = card();
    const tags = checkXml(svg);
    expect(tags[0]).toMatchObject({
      name: 'svg',
      attrs: {
        xmlns: 'http://www.w3.org/2000/svg',
        width: '1200',
        height: '630',
        viewBox: '0 0 1200 630',
        role: 'img',
        lang: 'en',
        'xml:lang': 'en',
        'font-family': "'Noto Sans', 'DejaVu Sans', Verdana, Arial, sans-serif",
      },
    });
    const ids = tags[0]!.attrs['aria-labelledby']!.split(' ');
    expect(tags.filter((t) => ids.includes(t.attrs.id ?? '')).map((t) => t.name)).toEqual(['title', 'desc']);
    expect(svg).toContain(`<title id="${ids[0]}">Is it on track? Goals stated in speeches</title>`);
    expect(svg).toContain(`<desc id="${ids[1]}">Eight goals: one met, one on track, one behind, one missed.</desc>`);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('is deterministic and puts fontCss in a CDATA section that cannot be closed early', () => {
    expect(card()).toBe(card());
    const svg = renderSummaryCard(base, { theme: 'light', fontCss: '@font-face{} /* ]]> <b> */' });
    expect(() => checkXml(svg)).not.toThrow();
    expect(svg).toContain('<style><![CDATA[@font-face{} /* ]]]]><![CDATA[> <b> */]]></style>');
  });

  it('lists every row, with its status in words, when all fit, and no "more" line', () => {
    const svg = card({ rows: GOALS.slice(0, 4) });
    expect(of(svg, 'card-more')).toEqual([]);
    const names = of(svg, 'card-name');
    expect(names.map((t) => t.text)).toEqual(GOALS.slice(0, 4).map((r) => r.name));
    expect(of(svg, 'card-status').map((t) => t.text)).toEqual(['Met', 'On track', 'Behind', 'Missed']);
    expect(of(svg, 'card-detail').map((t) => t.text)).toEqual(GOALS.slice(0, 4).map((r) => r.detail));
  });

  it('shows rows until the space runs out, then "+ n more" with the number left out', () => {
    for (const n of [12, 20, 40]) {
      const rows = manyRows(n);
      const svg = card({ rows });
      const names = of(svg, 'card-name');
      const more = of(svg, 'card-more');
      expect(names.length, `${n}`).toBeGreaterThanOrEqual(4);
      names.forEach((t, i) => expect(shownAs(t.text, rows[i]!.name), t.text).toBe(true));
      expect(more).toHaveLength(1);
      expect(more[0]!.text).toBe(`+ ${n - names.length} more`);
      // the "more" line takes the place of the next row, below the last shown one
      expect(more[0]!.y).toBeGreaterThan(names.at(-1)!.y);
      // and there is no room for another row (1.5 em, its baseline 1.1 em down) above the footer and its gap
      const foot = of(svg, 'card-footer')[0]!;
      const nextRowBottom = more[0]!.y + 0.4 * more[0]!.size + 1.5 * more[0]!.size;
      expect(nextRowBottom).toBeGreaterThan(foot.y - foot.size - 0.4 * foot.size);
    }
  });

  it('keeps every text inside the canvas, at the type sizes of a social card', () => {
    const long =
      'The goals stated in the speeches of the President, checked against the published figures, year by year';
    const variants: Partial<SummaryCardTexts>[] = [
      {},
      { rows: manyRows(30), title: long, subtitle: `${long}. ${long}` },
      { footer: `${base.footer} · Sources: national statistics offices, customs, ${'x'.repeat(150)}` },
      { tally: '', subtitle: '', rows: [] },
    ];
    for (const v of variants) {
      const svg = card(v);
      const all = textsOf(svg);
      for (const t of all) {
        const w = textWidth(t.text, t.size, t.bold);
        const [left, right] = t.end ? [t.x - w, t.x] : [t.x, t.x + w];
        expect(left, t.text).toBeGreaterThanOrEqual(MARGIN_X - 0.01);
        expect(right, t.text).toBeLessThanOrEqual(W - MARGIN_X + 0.01);
        expect(t.y - t.size, t.text).toBeGreaterThanOrEqual(0); // the ascenders stay on the canvas
        expect(t.y + 0.3 * t.size, t.text).toBeLessThanOrEqual(H - 24); // the descenders above a bottom margin
      }
      for (const t of of(svg, 'card-title')) expect(t.size).toBeGreaterThanOrEqual(48);
      for (const c of ['card-status', 'card-name', 'card-detail', 'card-more']) {
        for (const t of of(svg, c)) expect(t.size).toBeGreaterThanOrEqual(22);
      }
      for (const t of of(svg, 'card-footer')) expect(t.size).toBeGreaterThanOrEqual(18);
      expect(of(svg, 'card-title').length).toBeLessThanOrEqual(2);
      expect(of(svg, 'card-subtitle').length).toBeLessThanOrEqual(2);
      // lines follow each other down the card without overlapping: each baseline a line height below the last
      const ys = all.filter((t) => !['card-status', 'card-detail'].includes(t.cls));
      for (let i = 1; i < ys.length; i++) {
        expect(ys[i]!.y - ys[i - 1]!.y, ys[i]!.text).toBeGreaterThanOrEqual(ys[i]!.size * 1.2 - 0.1);
      }
    }
  });

  it('wraps the footer and never cuts it', () => {
    const footer = `Goalpost · data of 5 December 2026 · https://news.example/goalpost/?view=overview&lang=en&${'q'.repeat(120)}`;
    const svg = card({ footer });
    const lines = of(svg, 'card-footer');
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines
        .map((l) => l.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(footer.replace(/\s/g, ''));
  });

  it('escapes hostile names and details', () => {
    const hostile = `</text><script>alert("x")</script> & 'q' ]]>`;
    const svg = card({
      title: hostile,
      alt: hostile,
      rows: [row('met', '✓', 'Met <b>', hostile, '<&>'), row('x" onload="y', '', 'Odd', 'Plain')],
    });
    expect(() => checkXml(svg)).not.toThrow();
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/ onload="/);
    expect(of(svg, 'card-name')[0]!.text).toBe(hostile);
    expect(of(svg, 'card-detail')[0]!.text).toBe('<&>');
    expect(of(svg, 'card-status')[0]!.text).toBe('Met <b>');
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('measures and cuts Russian and Kazakh names with the Noto Sans widths, never inside a character', () => {
    const kk = 'Қазақстанның түркі елдерімен сауда айналымы';
    const ru = 'Товарооборот Казахстана с государствами Организации тюркских государств';
    // the Kazakh and Russian letters are in the width table (an unknown character measures 0.7 em)
    for (const ch of 'ҚқңүіӘәөұһғЖщЫ') expect(textWidth(ch, 1)).not.toBe(0.7);
    const rows = [
      row('met', '✓', 'Орындалды', `${kk} ${kk}`, '11,5 млрд $ / 20 млрд $'),
      row('behind', '↘', 'Артта қалып отыр', ru, '6 % из 15 %'),
      row('missed', '✕', 'Не выполнена', `${'😀'.repeat(80)}`, ''),
    ];
    const svg = card({ lang: 'kk', rows });
    expect(checkXml(svg)[0]!.attrs.lang).toBe('kk');
    const names = of(svg, 'card-name');
    const details = of(svg, 'card-detail');
    expect(names).toHaveLength(3);
    names.forEach((t, i) => expect(shownAs(t.text, rows[i]!.name), t.text).toBe(true));
    expect(names[0]!.text.endsWith('…')).toBe(true);
    // a name ends before its detail begins, and is cut no shorter than it has to be
    for (const [i, d] of details.entries()) {
      const nameEnd = names[i]!.x + textWidth(names[i]!.text, names[i]!.size);
      const detailStart = d.x - textWidth(d.text, d.size);
      expect(nameEnd).toBeLessThan(detailStart);
      // a name cut short leaves a gap under two characters' size; a whole name may leave any gap
      const cut = names[i]!.text.endsWith('…');
      expect(detailStart - nameEnd, names[i]!.text).toBeLessThan(cut ? 2 * d.size : Infinity);
    }
    expect(svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('paints the verdicts in the colours of the app’s .status-* rules, and the dark theme on a dark background', () => {
    const css = readFileSync(new URL('../../src/app/components.css', import.meta.url), 'utf8');
    const lightRule = (status: string) =>
      new RegExp(
        `(?:^|\\n)(?:\\.status-[\\w-]+,\\s*)*\\.status-${status}(?:,\\s*\\.status-[\\w-]+)*\\s*\\{\\s*color:\\s*(#[0-9a-f]{6})`,
      ).exec(css)?.[1];
    const darkRule = (status: string) =>
      new RegExp(`:root\\[data-theme='dark'\\] \\.status-${status}[^{]*\\{\\s*color:\\s*(#[0-9a-f]{6})`).exec(css)?.[1];
    const colours = (svg: string) => of(svg, 'card-status');
    const colourOf = (svg: string, label: string) => colours(svg).find((t) => t.text.endsWith(label))?.fill;
    const light = card();
    const dark = card({}, 'dark');
    const labelled = GOALS.filter((r) => !['not-enough', 'no-goal'].includes(r.status!));
    expect(labelled).toHaveLength(6);
    for (const r of labelled) {
      expect(colourOf(light, r.statusLabel), r.status!).toBe(lightRule(r.status!));
      expect(colourOf(dark, r.statusLabel), r.status!).toBe(darkRule(r.status!));
    }
    expect(colourOf(light, 'No goal')).toBe(PALETTES.light.muted);
    expect(colourOf(dark, 'Not enough figures')).toBe(PALETTES.dark.muted);

    const svg = card({}, 'dark');
    expect(svg).toContain(`<rect x="0" y="0" width="1200" height="630" fill="${PALETTES.dark.background}"/>`);
    expect(of(svg, 'card-title')[0]!.fill).toBe(PALETTES.dark.text);
    expect(card()).toContain(`fill="${PALETTES.light.background}"/>`);
  });

  it('draws the symbols Noto Sans lacks as strokes, and keeps the others as text', () => {
    const svg = card({ rows: GOALS.slice(0, 2).concat(GOALS[6]!) });
    expect(svg.match(/<path /g)).toHaveLength(2); // ✓ and ↗
    expect(svg).not.toMatch(/[✓↗]/);
    expect(of(svg, 'card-status').map((t) => t.text)).toEqual(['Met', 'On track', '? Not enough figures']);
  });

  it('draws the sources card: plain lines of text from the margin, no status column', () => {
    const lines = ['Bureau of National Statistics of Kazakhstan', 'Speeches of the President, 2022–2026'];
    const svg = card({ tally: '', rows: lines.map((l) => row(null, '', '', l)) });
    expect(of(svg, 'card-status')).toEqual([]);
    expect(of(svg, 'card-tally')).toEqual([]);
    expect(of(svg, 'card-name').map((t) => [t.text, t.x])).toEqual(lines.map((l) => [l, 56]));
  });

  it('renders at 1200 × 630 with resvg and Noto Sans', () => {
    const fontFiles = [
      require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
      require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    ];
    const svg = card({ lang: 'ru', rows: [...GOALS, row('met', '✓', 'Выполнена', 'Қазақстанның түркі елдерімен')] });
    const image = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    }).render();
    expect([image.width, image.height]).toEqual([1200, 630]);
    const px = image.pixels;
    expect([...px.subarray(0, 4)]).toEqual([255, 255, 255, 255]); // the background
    // some dark text was drawn (the glyphs were found): count near-black pixels
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 80 && px[i + 1]! < 80 && px[i + 2]! < 80) ink++;
    expect(ink).toBeGreaterThan(5000);
    expect(image.asPng().subarray(1, 4).toString()).toBe('PNG');
  });
});
