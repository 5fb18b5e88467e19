import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors } from './chromium';
import { servedApp, wakeApp } from './harness';
import { DIST } from './static-server';

// A page whose prerendered view is the one its URL asks for runs no app until the reader reaches for
// it (src/lib/early-input.ts); then the live page takes over what the reader did (src/lib/take-over.ts).
const h = servedApp();
const PERMALINK = 'view/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en';
const APP_CHUNKS = /\/assets\/(start-app|react-dom)-[\w-]+\.js$/;

/** Opens `path` at a width where its prerendered chart is drawn at about its own width (1200 px; an embed in a 640 px column). */
async function open(path: string): Promise<Page> {
  const page = await h.browser.newPage();
  if (path.startsWith('embed/')) await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(`${h.server.base}${path}`);
  expect(await page.locator('html').getAttribute('class')).toContain('prerendered');
  return page;
}

const appRequested = (page: Page) =>
  page.evaluate(
    (re) => performance.getEntriesByType('resource').some((e) => new RegExp(re).test(new URL(e.name).pathname)),
    APP_CHUNKS.source,
  );

describe('a reader who only reads', () => {
  it('never loads the app: the prerendered page stays, with its chart, table and footer', async () => {
    for (const path of [
      PERMALINK,
      '?lang=en',
      'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1',
    ]) {
      const page = await open(path);
      // nothing to wait for when nothing happens: 1.5 s is several times the app's start on this machine
      await page.waitForTimeout(1500);
      await page.mouse.wheel(0, 400); // scrolling is reading, not reaching for the app
      await page.waitForTimeout(300);
      expect(await appRequested(page), path).toBe(false);
      expect(await page.locator('#prerender svg.static-chart:visible').first().isVisible(), path).toBe(true);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
    const page = await open(PERMALINK);
    const footer = page.locator('#prerender footer');
    expect(await footer.textContent()).toMatch(/^Dataset updated \S+ \S+/);
    // relative to the page's own file: no <base>, so every reader resolves it alike
    expect(await footer.getByRole('link', { name: 'Download the dataset (JSON)' }).getAttribute('href')).toBe(
      '../data/dataset.json',
    );
    await page.close();
  });
});

describe('the first reach starts the app, and nothing the reader did is lost', () => {
  it('a first Tab: the app starts, and focus stays on the skip link it reached', async () => {
    const page = await open(PERMALINK);
    await page.keyboard.press('Tab');
    await page.locator('#prerender').waitFor({ state: 'detached' });
    // (the focus comes back in the task after the live page's commit: src/lib/take-over.ts)
    await expect
      .poll(() =>
        page.evaluate(() => ({
          text: document.activeElement?.textContent,
          live: Boolean(document.activeElement?.closest('#root')),
        })),
      )
      .toEqual({ text: 'Skip to content', live: true });
    expect(await appRequested(page)).toBe(true);
    await page.close();
  });

  it('a year typed before the app is live stays in its field, focused, and Enter applies it', async () => {
    const page = await open(PERMALINK);
    await page.locator('#prerender input[placeholder="2010"]').click();
    await page.keyboard.type('2015');
    await page.locator('#prerender').waitFor({ state: 'detached' });
    const field = page.locator('#root input[placeholder="2010"]');
    await expect.poll(() => field.inputValue()).toBe('2015');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2015');
    await page.close();
  });

  it('a button pressed before the app is live does its job once it is: the PNG downloads', async () => {
    const page = await open(PERMALINK);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.locator('#prerender').getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await page.locator('#prerender').count()).toBe(0);
    await page.close();
  });

  it('a series switched off before the app is live stays off, in the chart and the link', async () => {
    const page = await open(PERMALINK);
    const context = page.locator('#prerender').getByRole('checkbox', { name: /context/i });
    await context.click();
    await page.locator('#prerender').waitFor({ state: 'detached' });
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('context');
    expect(
      await page
        .locator('#root')
        .getByRole('checkbox', { name: /context/i })
        .isChecked(),
    ).toBe(false);
    await page.close();
  });

  it('the pointer on the chart: the interactive chart comes up under it, with no second move', async () => {
    const page = await open(PERMALINK);
    await page.locator('#prerender .chart').hover();
    const figures = page.locator('#root .chart .recharts-surface [data-figure]');
    await figures.first().waitFor();
    expect(await figures.count(), 'points of the interactive chart').toBeGreaterThan(0);
    await page.close();
  });
});

describe('the same words whoever drew them', () => {
  // The prerendered page is formatted in Node at build time, the live one in Chromium: their locale
  // data differ, and a reader who never interacts reads only the first.
  const PARTS = ['main h2', '.status-panel', '.goal-history', '.pace-panel', 'main table', '.claims', '.app-footer'];
  const texts = (page: Page, scope: string) =>
    page.evaluate(
      ([scope, parts]) =>
        (parts as string[]).map((sel) =>
          [...document.querySelectorAll<HTMLElement>(`${scope} ${sel}`)].map((el) => el.innerText).join('\n'),
        ),
      [scope, PARTS] as const,
    );

  it('Russian and Kazakh permalinks read the same, prerendered and live: verdicts, dates, numbers, footer', async () => {
    for (const lang of ['ru', 'kk']) {
      for (const id of ['kz-ots-trade', 'china-europe-transit', 'kz-transit']) {
        const page = await open(`view/${id}.${lang}.html?view=indicator&indicator=${id}&lang=${lang}`);
        const before = await texts(page, '#prerender');
        await wakeApp(page);
        await page.locator('#root .app-footer').waitFor();
        const after = await texts(page, '#root');
        expect(before.filter(Boolean).length, `${lang} ${id}`).toBeGreaterThanOrEqual(5);
        expect(after, `${lang} ${id}`).toEqual(before);
        await page.close();
      }
    }
  });
});

describe('a prerendered chart drawn for its box', () => {
  /** The prerendered charts on screen: how many, and each one's scale (its box over the width it was drawn at). */
  const scales = (page: Page) =>
    page
      .locator('#prerender svg.static-chart:visible')
      .evaluateAll((svgs: SVGSVGElement[]) =>
        svgs.map((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
      );

  it('from a 360 px phone to a wide screen: one width shown, at 0.9 to 1.25 of its size, and the app waits', async () => {
    for (const width of [360, 414, 600, 768, 1024, 1280]) {
      for (const path of [
        PERMALINK,
        'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1',
      ]) {
        const page = await h.browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${h.server.base}${path}`);
        const shown = await scales(page);
        expect(shown, `${width} px ${path}`).toHaveLength(1);
        expect(shown[0], `${width} px ${path}`).toBeGreaterThanOrEqual(0.9);
        expect(shown[0], `${width} px ${path}`).toBeLessThanOrEqual(1.25);
        // its tick labels drawn at no less than 0.9 of their 12 px
        const tickPx = await page
          .locator('#prerender svg.static-chart:visible text.tick')
          .first()
          .evaluate((el: SVGTextElement) => {
            const svg = el.ownerSVGElement!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(el).fontSize) * scale;
          });
        expect(tickPx, `${width} px ${path}`).toBeGreaterThanOrEqual(12 * 0.9 - 0.01);
        await page.waitForTimeout(300);
        expect(await appRequested(page), `${width} px ${path}`).toBe(false);
        await page.close();
      }
    }
  });

  it('in a box narrower than any width drawn, the app starts at once and draws the chart for it', async () => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 280, height: 800 });
    await page.goto(`${h.server.base}${PERMALINK}`);
    // no interaction at all
    await page.locator('#prerender').waitFor({ state: 'detached' });
    const [built, shown] = await page
      .locator('#root .chart svg.static-chart')
      .evaluate((svg: SVGSVGElement) => [svg.viewBox.baseVal.width, svg.getBoundingClientRect().width]);
    expect(Math.abs(built - shown)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('a window resized until no width fits: the app redraws the chart', async () => {
    const page = await open(PERMALINK);
    await page.waitForTimeout(500);
    expect(await appRequested(page)).toBe(false);
    await page.setViewportSize({ width: 280, height: 900 });
    await page.locator('#prerender').waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('an embed before any interaction', () => {
  it('tells its host its height, so the frame fits the chart with no app running', async () => {
    const page = await h.browser.newPage();
    const src = `${h.server.base}embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1`;
    await page.setContent(
      `<script src="${h.server.base}embed.js"></script>
       <iframe data-goalpost-embed src="${src}" style="width:600px;height:150px;border:0"></iframe>`,
    );
    const frame = page.locator('iframe');
    await expect.poll(() => frame.getAttribute('data-goalpost-height'), { timeout: 10_000 }).not.toBeNull();
    const height = Number(await frame.getAttribute('data-goalpost-height'));
    const inner = page.frames()[1]!;
    expect(await inner.evaluate(() => document.documentElement.classList.contains('prerendered'))).toBe(true);
    const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(height).toBe(content);
    expect(height).toBeGreaterThan(300);
    await page.close();
  });
});

describe('the first reach', () => {
  // Vite's helper would add a preload link for each of the start chunk's imports, eight in the one
  // task that starts the app, its longest at the first reach (vite.config.ts, modulePreload).
  it("leaves the start chunk's imports to the module loader: the entry preloads nothing with it", () => {
    const assets = join(DIST, 'assets');
    const entry = readdirSync(assets).find((f) => /^index-[\w-]+\.js$/.test(f))!;
    const code = readFileSync(join(assets, entry), 'utf8');
    const call = code.match(/import\(`\.\/start-app-[\w-]+\.js`\)[^,]*,([^,)]+)/);
    expect(call, 'the entry imports the start chunk').not.toBeNull();
    expect(call![1]).toBe('[]');
  });

  // React DOM's own start (its module run, 60-110 ms at 4× CPU) in one task with the app's modules
  // was the first reach's longest (src/app/main.tsx).
  it("runs React DOM's start in a task after the app's modules, and preloads nothing for it", () => {
    const assets = join(DIST, 'assets');
    const read = (re: RegExp) =>
      readFileSync(
        join(
          assets,
          readdirSync(assets).find((f) => re.test(f))!,
        ),
        'utf8',
      );
    const entry = read(/^index-[\w-]+\.js$/);
    const later = entry.match(
      /import\(`\.\/start-app-[\w-]+\.js`\)[^]*?setTimeout\(\w+,0\)\);[^;]*?import\(`\.\/react-dom-client-[\w-]+\.js`\)[^\]]*?\},(\[[^\]]*\])/,
    );
    expect(later, 'the start chunk imported, a task boundary, then React DOM client').not.toBeNull();
    expect(later![1], 'its preload list').toBe('[]');
    const start = read(/^start-app-[\w-]+\.js$/);
    const imports = [...start.matchAll(/import(?:\{[^}]*\}from)?"([^"]+)"/g)].map((m) => m[1]!);
    expect(imports.length, "the start chunk's static imports").toBeGreaterThan(3);
    expect(
      imports.filter((f) => /react-dom-client-/.test(f)),
      'React DOM client, imported with the app',
    ).toEqual([]);
  });
});

describe('a live chart drawn for its box from its first frame', () => {
  // At every DOM change, each live static chart's drawn width (its viewBox) against its box: a chart
  // drawn at a stand-in width and redrawn once measured shows its labels scaled in between. The
  // overview cards' small charts are drawn at a fixed 320 px and scaled to the card, by design: while
  // the next page's data loads, the overview is still on screen, and they are not what is measured.
  const RECORD = `window.__drawn = [];
    new MutationObserver(function () {
      for (const svg of document.querySelectorAll('#root svg.static-chart:not(article.card svg)')) {
        const box = Math.round(svg.getBoundingClientRect().width);
        if (box > 0) window.__drawn.push([svg.viewBox.baseVal.width, box]);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });`;
  const drawn = (page: Page) => page.evaluate(() => (window as unknown as { __drawn: [number, number][] }).__drawn);

  async function recorded(width: number, path: string, then?: (page: Page) => Promise<void>) {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript({ content: RECORD });
    await page.goto(`${h.server.base}${path}`);
    await wakeApp(page);
    await then?.(page);
    // a static chart recorded, even if the pointer left over it has since brought the interactive one
    // up in its place (which it does, by design: "the pointer on the chart", above)
    await page.waitForFunction(() => (window as unknown as { __drawn: unknown[] }).__drawn.length > 0);
    const seen = await drawn(page);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
    return seen;
  }
  const expectAtItsWidth = (seen: [number, number][], what: string) => {
    expect(seen.length, what).toBeGreaterThan(0);
    for (const [built, box] of seen)
      expect(Math.abs(built - box), `${what}: drawn at ${built} in ${box}`).toBeLessThanOrEqual(2);
  };

  it('at the first reach, on a phone and a wide screen: the indicator page and the embed', async () => {
    for (const width of [390, 1280]) {
      expectAtItsWidth(await recorded(width, PERMALINK), `${width} px, indicator page`);
      expectAtItsWidth(
        await recorded(width, 'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1'),
        `${width} px, embed`,
      );
    }
  });

  it('with no prerendered view: a scenario link opened on a phone, and an indicator page reached from the overview', async () => {
    expectAtItsWidth(await recorded(390, '?view=scenario&indicator=kz-ots-trade&lang=en'), 'scenario page');
    const fromOverview = await recorded(390, '?lang=en', async (page) => {
      await page.evaluate(() => ((window as unknown as { __drawn: unknown[] }).__drawn.length = 0));
      await page.getByRole('link', { name: "Kazakhstan's trade with the Turkic states" }).first().click();
      // (the pointer, left where the card's link was, may come to lie on the new page's chart)
      await page.mouse.move(0, 0);
      await page.locator('#root .indicator-page').waitFor();
    });
    expectAtItsWidth(fromOverview, 'indicator page from the overview');
  });
});
