import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors } from './chromium';
import { liveChart, servedApp, wakeApp } from './harness';

type Lang = 'ru' | 'kk';
const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  indicators: { id: string; name: Record<Lang, string> }[];
  sources: { outlet: string | null }[];
};

/**
 * Latin-script words a Russian or Kazakh page may show: outlets' own names, Goalpost, format names.
 * Web addresses and document file names are removed before the words are read.
 */
const ALLOWED = new Set(
  [
    'Goalpost',
    'PNG',
    'SVG',
    'CSV',
    'JSON',
    'TEU',
    'BibTeX',
    ...dataset.sources.flatMap((s) => (s.outlet ?? '').split(/[\s,]+/)),
    'AzerNews',
    'dknews.kz',
  ]
    .filter(Boolean)
    .map((w) => w.toLowerCase()),
);

/** Every Latin word on the page that is not allowed, with a little context, plus raw ICU fallbacks. */
async function foreignWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    // Text marked as another language on purpose (a quote as said, its English rendering on request,
    // a language's own name in the switcher) is not the page's language failing; hide it from the scan.
    const page = document.documentElement.lang;
    const other = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((el) => el.lang !== page);
    for (const el of other) el.dataset.scanHidden = el.style.display || 'unset';
    for (const el of other) el.style.display = 'none';
    const seen = `${document.title}\n${document.body.innerText}`;
    for (const el of other) el.style.display = el.dataset.scanHidden === 'unset' ? '' : el.dataset.scanHidden!;
    return seen;
  });
  const clean = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+\.(txt|json|csv|html)\b/g, ' ')
    .replace(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(kz|az|com|net|org|ru|media)\b/gi, ' ') // an outlet's own site
    .replace(/\b[IVXLC]+\b/g, ' '); // Roman numerals, as Russian and Kazakh write them ("IV Консультативная встреча")
  const found = new Set<string>();
  for (const m of clean.matchAll(/[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]/g)) {
    const word = m[0];
    if (ALLOWED.has(word.toLowerCase())) continue;
    const at = m.index ?? 0;
    found.add(`${word} («${clean.slice(Math.max(0, at - 25), at + word.length + 25).replace(/\s+/g, ' ')}»)`);
  }
  // ICU's fallbacks when a browser lacks a language's data: "$ 20G", "2023 M09"
  for (const m of clean.matchAll(/\d\s?[GMBK]\b|\bM\d{2}\b/g)) found.add(`ICU fallback «${m[0]}»`);
  return [...found];
}

const h = servedApp();

describe.each(['ru', 'kk'] as const)('every view in %s, as Chromium shows it', (lang) => {
  it('has no English words beyond outlets and formats, and no raw ICU fallbacks', { timeout: 240_000 }, async () => {
    const page = await h.browser.newPage();
    const problems: Record<string, string[]> = {};
    const check = async (name: string) => {
      const words = await foreignWords(page);
      if (words.length) problems[name] = words;
    };
    await page.goto(`${h.server.base}?lang=${lang}`);
    await wakeApp(page);
    await page.locator('#root article.card').first().waitFor();
    await check('overview');
    // grouped by area and by topic, with the filters' labels and choices drawn (area names and topics
    // come from the page's dictionary; the platform's region names only for a code it has not)
    for (const group of ['area', 'topic']) {
      await page.goto(`${h.server.base}view/overview.${lang}.html?group=${group}`);
      await wakeApp(page);
      await page.locator('#root section.overview-group h3').first().waitFor();
      await page.locator('#root fieldset.overview-filters select').first().waitFor();
      await check(`overview grouped by ${group}`);
    }
    await page.goto(`${h.server.base}?view=sources&lang=${lang}`);
    await page.locator('#root article.source-card').first().waitFor();
    await check('sources');
    await page.goto(`${h.server.base}?view=scenario&indicator=kz-ots-trade&lang=${lang}&r1=5`);
    await page.locator('.scenario-page .static-chart').first().waitFor();
    await check('scenario');
    for (const ind of dataset.indicators) {
      await page.goto(`${h.server.base}?view=indicator&indicator=${ind.id}&lang=${lang}`);
      await page.getByRole('heading', { level: 2, name: ind.name[lang], exact: true }).waitFor();
      await liveChart(page);
      // a point's provenance shown: the first figure's source, from the table
      await page.locator('table .link-button').first().click();
      await page.locator('aside.provenance:not(.empty)').waitFor();
      await check(`indicator ${ind.id}`);
      // its permalink as a reader who only reads sees it: the prerendered page, no app running
      await page.goto(`${h.server.base}view/${ind.id}.${lang}.html?view=indicator&indicator=${ind.id}&lang=${lang}`);
      expect(await page.locator('html').getAttribute('class')).toContain('prerendered');
      await check(`prerendered permalink ${ind.id}`);
    }
    for (const id of ['kz-ots-trade', 'china-europe-transit', 'kz-transit']) {
      await page.goto(
        `${h.server.base}embed/${id}.${lang}.html?view=indicator&indicator=${id}&lang=${lang}&theme=light&embed=1`,
      );
      await wakeApp(page);
      await page.locator('#root .embed').first().waitFor();
      await check(`embed ${id}`);
    }
    expect(problems).toEqual({});
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('grammar as Chromium shows it (Kazakh from our tables, Russian through its Intl)', () => {
  it('writes Kazakh case endings and Russian plurals and numbers as a native reader expects', async () => {
    const page = await h.browser.newPage();
    const text = async (url: string, ready: string) => {
      await page.goto(`${h.server.base}${url}`);
      await page.locator(ready).first().waitFor();
      return (await page.locator('#root').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    };
    const kk = await text('?lang=kk', '#root article.card');
    // ablative and dative after a formatted sum: «12,9 млрд доллардан … 23 млрд долларға жету»
    expect(kk).toContain('12,9 млрд доллардан (2022 ж.) 23 млрд долларға жету үшін');
    expect(kk).toContain('+9,2%');
    const kkClaims = await text('?view=indicator&indicator=kz-ots-trade&lang=kk', '.claims');
    expect(kkClaims).toContain('3 есе өсті');
    const ru = await text('?view=indicator&indicator=kz-ots-trade&lang=ru', '.claims');
    expect(ru).toContain('рост в 3 раза');
    expect(ru).toContain('+9,2 %');
    expect(ru).toMatch(/12,9 млрд \$ из 23 млрд \$/);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('alt text in the browser is the alt text the build wrote', () => {
  it.each(['ru', 'kk'] as const)(
    '%s: the chart’s accessible name in Chromium equals og:image:alt, written in Node at build time',
    async (lang) => {
      const page = await h.browser.newPage();
      for (const id of ['kz-ots-trade', 'china-europe-transit', 'kz-transit']) {
        await page.goto(`${h.server.base}view/${id}.${lang}.html?view=indicator&indicator=${id}&lang=${lang}`);
        await wakeApp(page);
        await page.locator('#root .chart[role="group"]').waitFor();
        const inBrowser = (await page.locator('#root .chart[role="group"]').getAttribute('aria-label')) ?? '';
        const built = readFileSync(
          new URL(`../../${process.env.GOALPOST_OUT ?? 'dist'}/view/${id}.${lang}.html`, import.meta.url),
          'utf8',
        );
        const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(built)?.[1] ?? '';
        const decoded = alt
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
        // the page's name adds the unit to the title; the sentence after the colon is the same
        expect(plain(inBrowser).split(': ').slice(1).join(': '), id).toBe(
          plain(decoded).split(': ').slice(1).join(': '),
        );
        expect(decoded).toMatch(/\d/);
      }
      await page.close();
    },
  );
});
