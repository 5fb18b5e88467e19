import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { eagerFactories } from '../../scripts/build/eager-commonjs';
import { csp } from '../../vite.config';
import { kk } from '../fixtures/words';
import { pageErrors } from './chromium';
import { liveChart, servedApp, wakeApp } from './harness';
import { DIST } from './static-server';

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  indicators: { id: string }[];
  figures: { indicator: string; kind: string; period: string | null }[];
};
/** Indicators with a goal and at least two dated figures: the cards that carry a small chart. */
const chartedCards = dataset.indicators.filter((i) => {
  const mine = dataset.figures.filter((f) => f.indicator === i.id);
  const dated = mine.filter((f) => (f.kind === 'actual' || f.kind === 'capacity') && f.period !== null);
  return mine.some((f) => f.kind === 'goal') && dated.length > 1;
}).length;

const h = servedApp();

/** A page with every script blocked except the tiny boot.js: what a reader sees before the app runs. */
async function withoutApp(url: string) {
  const page = await h.browser.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(url);
  return page;
}

describe('first paint without waiting for the app', () => {
  it('index.html carries the overview with every card chart, before any app script runs', async () => {
    const page = await withoutApp(h.server.base);
    // one small chart per card with two figures or more (indicators with no goal are a table)
    expect(await page.locator('#prerender svg.static-chart').count()).toBe(chartedCards);
    expect(await page.locator('#prerender svg.static-chart').first().isVisible()).toBe(true);
    expect(await page.locator('#prerender').textContent()).toContain('Trade within Central Asia');
  });

  it('a prerendered embed paints its chart and source line with no app script, in its language and theme', async () => {
    const page = await withoutApp(
      `${h.server.base}embed/kz-transit.kk.html?view=indicator&indicator=kz-transit&lang=kk&theme=dark&embed=1`,
    );
    expect(await page.locator('#prerender svg.static-chart:visible').count()).toBe(1);
    expect(await page.locator('#prerender h1').textContent()).toBe('Қазақстан аумағы арқылы транзит мерзімі');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('a permalink opens its indicator page prerendered, chart and figures table included, in its language', async () => {
    const page = await withoutApp(
      `${h.server.base}view/ca-intra-trade.ru.html?view=indicator&indicator=ca-intra-trade&lang=ru`,
    );
    expect(await page.locator('#prerender .chart svg.static-chart:visible').count()).toBe(1);
    expect(await page.locator('#prerender h2').first().textContent()).toBe(
      'Внутрирегиональная торговля Центральной Азии',
    );
    expect(await page.locator('#prerender table tbody tr').count()).toBeGreaterThan(5);
  });

  it('hides a prerendered view the URL does not ask for (another language, or a narrowed range)', async () => {
    for (const url of [
      `${h.server.base}?lang=ru`,
      `${h.server.base}?view=sources`,
      `${h.server.base}embed/kz-transit.kk.html?view=indicator&indicator=kz-transit&lang=kk&from=2023&embed=1`,
    ]) {
      const page = await withoutApp(url);
      const pre = page.locator('#prerender');
      expect((await pre.count()) === 0 || !(await pre.isVisible()), url).toBe(true);
      await page.close();
    }
  });

  it('replaces the prerendered view with the live app, once', async () => {
    const page = await h.browser.newPage();
    await page.goto(
      `${h.server.base}embed/kz-transit.kk.html?view=indicator&indicator=kz-transit&lang=kk&theme=light&embed=1`,
    );
    await wakeApp(page);
    expect(await page.locator('#root svg.static-chart').count()).toBe(1);
    expect(await page.getByRole('link', { name: kk['embed.open'] }).getAttribute('href')).toBe(
      '/graphics/goalpost/view/kz-transit.kk.html?theme=light',
    );
    expect(pageErrors(page)).toEqual([]);
  });

  it('goes from the prerendered page to the live one with no loading message in between', async () => {
    for (const path of [
      'view/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en',
      'view/sources.ru.html?view=sources&lang=ru',
      '?lang=en',
      'embed/kz-transit.kk.html?view=indicator&indicator=kz-transit&lang=kk&theme=light&embed=1',
    ]) {
      const page = await h.browser.newPage();
      // records every loading message a reader could see: in the live root once the prerendered view is gone
      await page.addInitScript({
        content: `(() => {
          const seen = (window.__loadingSeen = []);
          const check = () => {
            if (document.documentElement.classList.contains('prerendered')) return;
            for (const el of document.querySelectorAll('#root .loading')) seen.push(el.textContent);
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
        })();`,
      });
      await page.goto(`${h.server.base}${path}`);
      await wakeApp(page);
      await page.locator('#root :is(main h2, .app-embed h2, .app-embed svg)').first().waitFor({ timeout: 5000 });
      expect(await page.evaluate(() => (window as unknown as { __loadingSeen: string[] }).__loadingSeen), path).toEqual(
        [],
      );
      await page.close();
    }
  });

  it('checks the dataset in a worker: the page itself never runs the validator', async () => {
    const page = await h.browser.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${h.server.base}view/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en`);
    await wakeApp(page);
    await page.getByRole('table').first().waitFor();
    expect(workers.map((u) => new URL(u).pathname)).toEqual([
      expect.stringMatching(/\/assets\/parse-worker-[\w-]+\.js$/),
    ]);
    const pageScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    );
    expect(pageScripts.some((p) => p.includes('/assets/start-app-'))).toBe(true);
    expect(pageScripts.filter((p) => p.includes('parse-dataset'))).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the CommonJS inside the build', () => {
  it('reaches the browser as parenthesised functions, compiled while it downloads (scripts/build/eager-commonjs.ts)', () => {
    const dir = join(DIST, 'assets');
    const chunks = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, code: readFileSync(join(dir, f), 'utf8') }));
    const reactDom = chunks.find((c) => c.f.startsWith('react-dom-'));
    // React, the scheduler, React DOM and its client: each a factory called on first require
    expect(reactDom?.code.match(/[\w$]\(\(function\([\w$,]*\)\{/g)?.length).toBeGreaterThanOrEqual(4);
    // nothing left for the rewrite to do in any chunk: no factory is still an arrow
    for (const c of chunks)
      expect(
        eagerFactories(c.code, (code) => parseAst(code)),
        c.f,
      ).toBeNull();
  });
});

describe('content security policy', () => {
  it('is set on every built page, and the app runs under it without a violation', async () => {
    const page = await h.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const url of [
      '',
      '?view=indicator&indicator=kz-ots-trade',
      '?view=scenario&indicator=kz-ots-trade&r1=5',
      '?view=sources',
      '?view=indicator&indicator=kz-ots-trade&embed=1',
      'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1',
    ]) {
      await page.goto(`${h.server.base}${url}`);
      await wakeApp(page);
      await page.locator('#root h1, #root h2').first().waitFor();
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(csp());
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), url).toEqual([]);
    }
    // the indicator page's exports run under it too
    await page.goto(`${h.server.base}?view=indicator&indicator=kz-ots-trade`);
    await liveChart(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});

describe('skip link on a page one folder down (no <base>: "#main" is the page’s own)', () => {
  it('moves to the content and stays on the page, before and after the app takes over', async () => {
    let focusedByApp: string | undefined;
    for (const script of [false, true]) {
      const url = `${h.server.base}view/kz-transit.en.html`;
      const page = script ? await h.browser.newPage() : await withoutApp(url);
      if (script) await page.goto(url);
      await page.keyboard.press('Tab');
      // the first Tab starts the app, which takes over with focus on the same link
      if (script) await page.locator('#prerender').waitFor({ state: 'detached' });
      const link = page.getByRole('link', { name: 'Skip to content' });
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      // still this indicator's page, not the overview at the app's root
      expect(page.url().split('#')[0]).toBe(url);
      expect(await page.getByRole('heading', { level: 2, name: 'Transit time across Kazakhstan' }).isVisible()).toBe(
        true,
      );
      if (script) focusedByApp = await page.evaluate(() => document.activeElement?.id);
      await page.close();
    }
    // the app, once it has taken over, also moves the focus to the content
    expect(focusedByApp).toBe('main');
  });
});
