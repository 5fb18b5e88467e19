import { describe, expect, it } from 'vitest';
import { buildChartModel, type ChartModel } from '../../src/domain/chart-model';
import { figuresFor, sourceMap } from '../../src/domain/series';
import { layoutChart } from '../../src/lib/chart-layout/chart-layout';
import { textWidth } from '../../src/lib/chart-layout/text-measure';
import { escapeXml } from '../../src/lib/chart-svg/escape';
import { layoutExport } from '../../src/lib/chart-svg/export-layout';
import { renderExportSvg, type ExportOptions, type ExportTexts } from '../../src/lib/chart-svg/export-svg';
import { LEGEND_KEYS } from '../../src/lib/chart-svg/legend-svg';
import { PALETTES } from '../../src/lib/chart-svg/palette';
import { renderPlot } from '../../src/lib/chart-svg/plot-svg';
import { chartModelOf, NO_CHART_OPTIONS } from './chart-fixture';
import { parsedRealDataset } from './dataset-fixture';

const ds = parsedRealDataset();
const model = chartModelOf;
const formatY = (v: number) => `${v} bn`;

/** A tiny XML tokenizer: throws on unbalanced or unknown tags, bad attributes, raw < or & in text. */
function checkXml(xml: string): { texts: string[]; tags: { name: string; attrs: Record<string, string> }[] } {
  const stack: string[] = [];
  const texts: string[] = [];
  const tags: { name: string; attrs: Record<string, string> }[] = [];
  let roots = 0;
  const token =
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\/?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>|[^<]+|</g;
  const decode = (t: string) => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(t)) throw new Error(`raw & in ${t}`);
    return t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  };
  for (const m of xml.matchAll(token)) {
    const [tok, name, attrText = '', selfClose] = m;
    if (tok.startsWith('<![CDATA[') || tok.startsWith('<!--')) continue;
    if (tok === '<') throw new Error(`stray < at ${m.index}`);
    if (!name) {
      if (!stack.length && tok.trim()) throw new Error(`text outside the root: ${tok}`);
      if (stack.length) texts.push(decode(tok));
      continue;
    }
    if (tok.startsWith('</')) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${m.index}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!);
    }
    tags.push({ name, attrs });
    if (!stack.length) roots++;
    if (!selfClose) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return { texts, tags };
}

const clean = (markup: string) => expect(markup).not.toMatch(/NaN|Infinity|undefined|null/);

const texts: ExportTexts = {
  title: "Kazakhstan's trade with the Turkic states",
  subtitle: 'Trade turnover, billion US dollars: figures stated against the goal',
  legend: [
    { key: 'primary', label: 'Figure from one of the five speeches' },
    { key: 'goal', label: 'Goal at its deadline' },
    { key: 'forecast', label: 'Forecast by others' },
  ],
  source: 'Sources: speeches of the President of Kazakhstan, 2022–2024; official statistics',
  dataset: 'Goalpost dataset v3, 2025-06-01',
  link: 'https://example.org/goalpost/?view=indicator&indicator=kz-ots-trade&lang=en',
  lang: 'en',
};
const exportOpts: ExportOptions = { width: 960, height: 540, theme: 'light', formatY };

describe('the well-formedness check', () => {
  it('rejects broken markup', () => {
    expect(() => checkXml('<g><a></g></a>')).toThrow();
    expect(() => checkXml('<g><text>a & b</text></g>')).toThrow();
    expect(() => checkXml('<g x="1"><rect/>')).toThrow();
    expect(() => checkXml('<g>a < b</g>')).toThrow();
    expect(checkXml('<g x="1"><rect/><text>a &amp; b</text></g>').texts).toEqual(['a & b']);
  });
});

describe('renderExportSvg', () => {
  const svg = renderExportSvg(model('kz-ots-trade'), texts, exportOpts);
  const doc = checkXml(svg);
  const allText = doc.texts.join('\n');

  it('is a standalone SVG document with a title, description, language and font', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const root = doc.tags[0]!.attrs;
    expect(root).toMatchObject({
      width: '960',
      height: '540',
      viewBox: '0 0 960 540',
      role: 'img',
      lang: 'en',
      'xml:lang': 'en',
    });
    expect(svg).toContain(`font-family="'Noto Sans', 'DejaVu Sans', Verdana, Arial, sans-serif"`);
    const ids = root['aria-labelledby']!.split(' ');
    expect(doc.tags.filter((t) => ids.includes(t.attrs.id ?? '')).map((t) => t.name)).toEqual(['title', 'desc']);
    clean(svg);
  });

  it('draws the title, subtitle, legend labels, source, dataset and link as text', () => {
    for (const t of [texts.title, texts.subtitle, texts.source, texts.dataset, ...texts.legend.map((l) => l.label)]) {
      expect(allText).toContain(t);
    }
    expect(doc.texts.join('')).toContain(texts.link);
    expect(doc.tags.find((t) => t.name === 'a')?.attrs.href).toBe(texts.link);
  });

  it('escapes XML special characters in texts and keeps Cyrillic and Kazakh letters as they are', () => {
    const out = renderExportSvg(
      model('kz-ots-trade'),
      { ...texts, title: '<script>&"x\'', subtitle: 'Қазақстан аумағы' },
      exportOpts,
    );
    const { texts: t } = checkXml(out);
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;&amp;&quot;x&apos;');
    expect(t).toContain('<script>&"x\'');
    expect(out).toContain('Қазақстан аумағы');
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('includes the font CSS, uses the theme palette, and draws each legend key given', () => {
    const dark = renderExportSvg(model('kz-ots-trade'), texts, {
      ...exportOpts,
      theme: 'dark',
      fontCss: '@font-face{src:url(data:font/woff2;base64,AA==)}',
    });
    checkXml(dark);
    expect(dark).toContain('<style><![CDATA[@font-face{src:url(data:font/woff2;base64,AA==)}]]></style>');
    expect(dark).toContain(`fill="${PALETTES.dark.background}"`);
    expect(dark).not.toContain(PALETTES.light.actual);
    const legendClasses = doc.tags.map((t) => t.attrs.class).filter((c) => c?.startsWith('legend-'));
    expect(legendClasses).toEqual(['legend-primary', 'legend-goal', 'legend-forecast']);
  });

  it('fits: texts inside the image, title at most two lines, the plot gets the rest', () => {
    const long = { ...texts, title: 'A very long title '.repeat(12), link: `https://example.org/${'x'.repeat(300)}` };
    for (const [w, h] of [
      [960, 540],
      [1200, 675],
      [480, 360],
      [320, 260],
    ] as const) {
      const L = layoutExport(
        { ...long, legend: LEGEND_KEYS.map((key) => ({ key, label: `${key} label text` })) },
        w,
        h,
      );
      expect(L.title.lines.length).toBeLessThanOrEqual(2);
      const ys = [
        ...L.title.ys,
        ...L.subtitle.ys,
        ...L.legend.items.map((i) => i.baseline),
        ...L.footer.lines.map((l) => l.y),
      ];
      expect(Math.min(...ys)).toBeGreaterThan(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(h);
      for (const line of L.title.lines)
        expect(textWidth(line, L.title.size, true)).toBeLessThanOrEqual(w - 2 * L.margin);
      for (const line of L.footer.lines)
        expect(textWidth(line.text, L.footer.size)).toBeLessThanOrEqual(w - 2 * L.margin);
      expect(L.plot.y + L.plot.height).toBeLessThanOrEqual(Math.min(...L.footer.lines.map((l) => l.y)));
      // the plot always gets some height, and from 480 px wide at least 120 px
      expect(L.plot.height, `${w}×${h}`).toBeGreaterThan(0);
      expect(L.plot.height, `${w}×${h}`).toBeGreaterThanOrEqual(w >= 480 ? 120 : 0);
      const out = renderExportSvg(model('ca-intra-trade'), long, { ...exportOpts, width: w, height: h });
      checkXml(out);
      clean(out);
    }
  });
});

describe('renderPlot', () => {
  it('renders every indicator of the real dataset without NaN, in every mode', () => {
    for (const { id } of ds.indicators) {
      for (const m of [
        model(id),
        model(id, { from: 2020, to: 2024 }),
        model(id, { hideContext: true, hideGoals: true }),
      ]) {
        for (const opts of [
          { width: 640, height: 340, formatY, goalLabel: (g: string) => `Goal ${g}` },
          { width: 320, height: 110, compact: true, formatY, palette: PALETTES.dark },
        ]) {
          const out = renderPlot(m, opts);
          checkXml(out);
          clean(out);
        }
        const doc = renderExportSvg(m, texts, { ...exportOpts, goalLabel: (g) => g });
        checkXml(doc);
        clean(doc);
      }
    }
  });

  const empty: ChartModel = {
    points: [],
    line: [],
    goals: [],
    forecasts: [],
    projection: [],
    xDomain: [2010, 2030],
    yDomain: [0, 2],
    yTicks: [0, 0.5, 1, 1.5, 2],
    yMax: 2,
    undated: [],
  };
  const one: ChartModel = {
    ...empty,
    points: [
      {
        figureId: 'p',
        x: 2020,
        y: 5,
        low: null,
        high: null,
        approx: false,
        atLeast: false,
        apart: false,
        tier: 'primary',
        partial: false,
        kind: 'actual',
      },
    ],
    line: [{ x: 2020, y: 5 }],
    xDomain: [2020, 2020],
    yDomain: [5, 5],
  };

  it.each([
    ['an empty model', empty],
    ['one point on degenerate domains', one],
    ['NaN domains', { ...one, xDomain: [NaN, NaN], yDomain: [Infinity, -Infinity] } as ChartModel],
    ['a range that hides everything', model('ca-intra-trade', { from: 1990, to: 1991 })],
    [
      'a built model with no figures',
      buildChartModel(
        { ...figuresFor(ds, 'kz-ots-trade')!, dated: [], goals: [], forecasts: [] },
        sourceMap(ds),
        NO_CHART_OPTIONS,
      ),
    ],
  ])('stays well-formed and finite for %s', (_, m) => {
    for (const compact of [false, true]) {
      const out = renderPlot(m, { width: 300, height: 120, compact, formatY });
      checkXml(out);
      clean(out);
    }
    const doc = renderExportSvg(m, texts, { ...exportOpts, width: 0, height: NaN });
    checkXml(doc);
    clean(doc);
  });

  it('hides marks outside a narrowed x range and clips the lines to the plot', () => {
    const out = renderPlot(model('ca-intra-trade', { from: 1990, to: 1991 }), { width: 640, height: 340, formatY });
    expect(out).not.toContain('data-figure="ca-intra-trade-2024"');
    const full = renderPlot(model('ca-intra-trade'), { width: 640, height: 340, formatY, idPrefix: 'c1' });
    expect(full).toContain('data-figure="ca-intra-trade-2024"');
    expect(full).toContain('<clipPath id="c1-clip">');
    expect(full).toMatch(/<g clip-path="url\(#c1-clip\)"><path d="M[^"]+" class="actual-line"/);
  });

  it('draws a stated range as a bar from low to high at the right pixels', () => {
    const m = model('china-europe-transit');
    const opts = { width: 640, height: 340, formatY };
    const f = layoutChart(m, opts).plot;
    const p = m.points.find((q) => q.figureId === 'china-europe-transit-2023')!;
    const [x0, x1] = m.xDomain;
    const [y0, y1] = m.yDomain;
    const px = f.left + ((p.x - x0) / (x1 - x0)) * (f.right - f.left);
    const py = (v: number) => f.bottom - ((v - y0) / (y1 - y0)) * (f.bottom - f.top);
    const group = renderPlot(m, opts).match(
      /<g class="[^"]*" data-figure="china-europe-transit-2023">(<g class="range">.*?<\/g>)/,
    )?.[1];
    const bar = group?.match(/<g class="range"><line x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)" y2="([\d.]+)"/);
    expect(bar).not.toBeNull();
    const [, bx1, bx2, by1, by2] = bar!.map(Number);
    expect(bx1).toBeCloseTo(px, 0);
    expect(bx2).toBeCloseTo(px, 0);
    expect(by1).toBeCloseTo(py(19), 0);
    expect(by2).toBeCloseTo(py(23), 0);
    expect(Math.abs(by1! - by2!)).toBeGreaterThan(10);
  });

  it('paints with the palette when given, and leaves colours to the CSS when not', () => {
    const m = model('ca-intra-trade');
    const painted = renderPlot(m, { width: 640, height: 340, formatY, palette: PALETTES.light });
    for (const c of [PALETTES.light.actual, PALETTES.light.goal, PALETTES.light.grid, PALETTES.light.muted])
      expect(painted).toContain(c);
    const plain = renderPlot(m, { width: 640, height: 340, formatY });
    expect(plain).not.toMatch(/#[0-9a-f]{6}/i);
    expect(plain).not.toMatch(/ (fill|stroke)="/);
    expect(plain).toContain('class="actual-line"');
    expect(plain).toMatch(/class="point tier-(primary|context)/);
    expect(plain).toMatch(/class="goal-(band|mark)/);
  });

  it('labels ticks with formatY, thins the years, and keeps compact charts bare', () => {
    const m = { ...model('ca-intra-trade'), xDomain: [1990, 2050] as [number, number] };
    const full = checkXml(renderPlot(m, { width: 300, height: 200, formatY, goalLabel: () => 'GOAL' }));
    const years = full.tags
      .filter((t) => t.attrs.class === 'tick' && t.attrs['text-anchor'] === 'middle')
      .map((t) => Number(t.attrs.x));
    expect(years.length).toBeGreaterThan(1);
    years.slice(1).forEach((x, i) => expect(x - years[i]!).toBeGreaterThanOrEqual(textWidth('2030', 11)));
    const yLabels = full.texts.filter((t) => t.endsWith(' bn'));
    expect(yLabels.length).toBeGreaterThanOrEqual(4);
    expect(yLabels.length).toBeLessThanOrEqual(6);
    expect(full.texts).toContain('GOAL');
    const compact = checkXml(
      renderPlot(m, { width: 320, height: 110, compact: true, formatY, goalLabel: () => 'GOAL' }),
    );
    // 1990.0 to 2050.0: the last whole year is 2049
    expect(compact.texts).toEqual(['1990', '2049']);
  });

  it("writes each year in the middle of its band, so a year's total sits under its own label", () => {
    const m = model('kz-ots-trade');
    const opts = { width: 900, height: 340, formatY };
    const { tags, texts } = checkXml(renderPlot(m, opts));
    const labels = tags.filter((t) => t.attrs.class === 'tick' && t.attrs['text-anchor'] === 'middle');
    const years = texts.filter((t) => /^\d{4}$/.test(t));
    const grid = tags
      .filter((t) => t.name === 'line' && t.attrs.class === 'grid' && t.attrs.x1 === t.attrs.x2)
      .map((t) => Number(t.attrs.x1));
    expect(labels.length).toBeGreaterThan(3);
    expect(years.length).toBe(labels.length);
    // every label halfway between its year's gridline and the next one
    const step = grid[1]! - grid[0]!;
    labels.forEach((t, i) => expect(Number(t.attrs.x) - grid[i]!).toBeCloseTo(step / 2, 0));
    // the 2022 total, drawn at the end of 2022, is in the band labelled "2022" (at its right edge)
    const f = ds.figures.find((x) => x.indicator === 'kz-ots-trade' && x.period === '2022' && x.kind === 'actual');
    const pt = m.points.find((p) => p.figureId === f?.id);
    expect(pt).toBeDefined();
    const { plot, x: xAxis } = layoutChart(m, opts);
    const [d0, d1] = xAxis.domain;
    const x = plot.left + ((pt!.x - d0) / (d1 - d0)) * (plot.right - plot.left);
    const label2022 = Number(labels[years.indexOf('2022')]?.attrs.x);
    expect(x - label2022).toBeGreaterThan(0);
    expect(x - label2022).toBeLessThanOrEqual(step / 2 + 0.5);
  });
});

describe('direct labels, the same in every renderer that draws from renderPlot', () => {
  const labels = {
    currentGoalLabel: 'Goal $20B · horizon: “in the future” · stated Nov 2025',
    latestLabel: '$11.5B',
    stepLabel: (id: string) => (id === 'ca-intra-trade-goal-2025' ? 'Raised to $20B, Nov 2025' : ''),
  };
  it('draws the goal as a solid line and writes the goal, the latest value and the move', () => {
    const markup = renderPlot(model('ca-intra-trade'), { width: 640, height: 340, formatY, ...labels });
    expect(markup).toContain('class="goal-line"');
    expect(markup).toMatch(/class="goal-label current"[^>]*>Goal \$20B/);
    expect(markup).toMatch(/class="latest-label"[^>]*>\$11\.5B</);
    expect(markup).toMatch(/class="goal-step-label"[^>]*>Raised to \$20B, Nov 2025</);
  });

  it('keeps the goal and the latest value on a small chart, without the step label', () => {
    const markup = renderPlot(model('ca-intra-trade'), {
      width: 320,
      height: 150,
      compact: true,
      formatY,
      ...labels,
      currentGoalLabel: 'Goal $20B',
    });
    expect(markup).toMatch(/class="goal-label current"[^>]*>Goal \$20B</);
    expect(markup).toContain('class="latest-label"');
    expect(markup).not.toContain('goal-step-label');
  });

  it('keeps the goal label inside the plot at 375 px, shortening it rather than spilling', () => {
    const m = model('ca-intra-trade');
    const width = 335; // a 375 px phone less the page's margins
    const markup = renderPlot(m, { width, height: 300, formatY, ...labels });
    const f = layoutChart(m, { width, height: 300, formatY }).plot;
    const label = /<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*class="goal-label current"[^>]*>([^<]*)</.exec(markup)!;
    const right = Number(label[1]);
    expect(right).toBeLessThanOrEqual(f.right + 0.5);
    expect(right - textWidth(label[2]!, 12)).toBeGreaterThanOrEqual(f.left - 0.5);
  });
});
