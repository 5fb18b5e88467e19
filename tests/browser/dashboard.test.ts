import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '../fixtures/words';
import { pageErrors } from './chromium';
import { liveChart, servedApp, wakeApp } from './harness';

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  indicators: { id: string; name: Record<'en' | 'ru' | 'kk', string> }[];
};

const h = servedApp();

describe.each(['en', 'ru', 'kk'] as const)('the dashboard in %s', (lang) => {
  it('opens the overview and every indicator page with its chart drawn', { timeout: 120_000 }, async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?lang=${lang}`);
    // the live app has replaced any build-time prerendered view
    await wakeApp(page);
    await page.locator('#root article.card').first().waitFor();
    // indicators with a goal as cards, the others as rows of one table
    const cards = await page.locator('article.card').count();
    const rows = await page.locator('section.no-goal tbody tr').count();
    expect(cards + rows).toBe(dataset.indicators.length);
    expect(cards).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const ind of dataset.indicators) {
      await page.goto(`${h.server.base}?view=indicator&indicator=${ind.id}&lang=${lang}`);
      await page.getByRole('heading', { level: 2, name: ind.name[lang], exact: true }).waitFor();
      // Recharts has replaced the static fallback and drawn at least one figure.
      await liveChart(page);
      expect(await page.getByRole('table').count()).toBe(1);
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('provenance and sharing in Chromium', () => {
  it('follows a point to its quote with the mouse and with the keyboard', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=indicator&indicator=ca-intra-trade`);
    const panel = page.locator('aside.provenance');
    // the panel opens on the latest figure (2024, $11.5B); pointing at another point must change it
    await expect(panel.textContent()).resolves.toContain('$11.5B');
    await liveChart(page);
    await page.locator('.chart [data-figure="ca-intra-trade-2023-kazinform"]').hover();
    await expect.poll(() => panel.locator('h3').textContent()).toContain('$11B');
    await expect(panel.textContent()).resolves.toMatch(/Kazinform/i);
    // back to the latest point with the mouse: its quote, speaker and outlet
    await page.locator('.chart [data-figure="ca-intra-trade-2024"]').hover();
    await expect
      .poll(() => panel.textContent())
      .toContain('объем внутрирегиональной торговли в прошлом году достиг 11,5 млрд долларов');
    await expect(panel.textContent()).resolves.toContain('Kazakhstan Today, citing Akorda');
    // Keyboard: focus moves through the chart's points; focusing one opens its source.
    await page.locator('.chart [data-figure="ca-intra-trade-2023-kazinform"]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-figure'));
    expect(focused).toBeTruthy();
    expect(focused).not.toBe('ca-intra-trade-2023-kazinform');
    await expect.poll(() => panel.locator('h3').textContent()).not.toContain('$11B');
    await page.close();
  });

  it('shares a link that reopens exactly the same view', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?lang=ru`);
    await page.getByRole('link', { name: 'Грузоперевозки по Среднему коридору', exact: true }).click();
    await liveChart(page);
    await page.getByRole('checkbox', { name: ru['controls.context'] }).uncheck();
    await page.getByRole('textbox', { name: 'С', exact: true }).fill('2020');
    await page.getByRole('button', { name: ru['controls.apply'] }).click();
    await page.waitForURL(/from=2020/);
    const shared = page.url();
    expect(shared).toBe(`${h.server.base}view/titr-cargo.ru.html?from=2020&hide=context`);

    const other = await h.browser.newPage();
    await other.goto(shared);
    await other.getByRole('heading', { level: 2, name: 'Грузоперевозки по Среднему коридору' }).waitFor();
    expect(await other.getByRole('checkbox', { name: ru['controls.context'] }).isChecked()).toBe(false);
    expect(await other.getByRole('textbox', { name: 'С', exact: true }).inputValue()).toBe('2020');
    await liveChart(other);
    const figures = await other
      .locator('.chart [data-figure]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
    expect(figures).toContain('titr-cargo-2023');
    expect(figures).not.toContain('titr-cargo-2023-ktz');
    // Back in the first tab, the browser's back button returns to the overview.
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Цели и их выполнение' }).waitFor();
    await page.close();
    await other.close();
  });
});

describe('on a 360 px phone', () => {
  it.each([
    ['overview', '?', 'article.card'],
    ['indicator page', '?view=indicator&indicator=china-europe-transit&lang=kk', '.chart svg'],
    ['scenario explorer', '?view=scenario&indicator=kz-ots-trade&r1=5', '.scenario-page .static-chart'],
    ['sources', '?view=sources&lang=ru', 'article'],
  ])('the %s fits the width: nothing scrolls sideways', async (_name, query, ready) => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${h.server.base}${query}`);
    // as loaded (a prerendered view, if the URL asks for one), then the live page
    for (const phase of ['as loaded', 'live']) {
      if (phase === 'live') await wakeApp(page);
      await page
        .locator(`${phase === 'live' ? '#root ' : ''}${ready}:visible`)
        .first()
        .waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, phase).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe('the answer on the first screen', () => {
  it('at 1280×900, every card with a verdict the figures support is on the first screen', async () => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.server.base}?lang=en`);
    // the prerendered overview a reader sees first, then the live one
    for (const scope of ['#prerender', '#root']) {
      if (scope === '#root') await wakeApp(page);
      await page.locator(`${scope} article.card`).first().waitFor();
      const verdicts = page.locator(`${scope} article.card .verdict-line`);
      const count = await verdicts.count();
      expect(count, scope).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const words = await verdicts.nth(i).locator('.verdict-words').textContent();
        if (!['Met', 'On track', 'Behind', 'Missed'].includes(words ?? '')) continue;
        const box = await verdicts.nth(i).boundingBox();
        expect(box!.y + box!.height, `${scope}: ${words}`).toBeLessThanOrEqual(900);
      }
    }
    await page.close();
  });

  it('at 375 px, the first verdict is visible without scrolling', async () => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${h.server.base}?lang=kk`);
    await page.locator('#root article.card').first().waitFor();
    const box = await page.locator('#root article.card .verdict-line').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await page.close();
  });

  it('at 1280×900, an indicator page shows its verdict and the top of its chart on the first screen', async () => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const id of ['kz-ots-trade', 'ca-intra-trade', 'kz-transit']) {
      await page.goto(`${h.server.base}?view=indicator&indicator=${id}&lang=ru`);
      await liveChart(page);
      const chart = await page.locator('.chart').first().boundingBox();
      expect(chart!.y, id).toBeLessThanOrEqual(400);
      // the source panel opens on the latest figure's quote, not on an instruction
      expect(await page.locator('aside.provenance.empty').count()).toBe(0);
    }
    await page.close();
  });
});

describe('the goal is the clearest mark on the chart', () => {
  it.each([
    ['an indicator page', '?view=indicator&indicator=kz-ots-trade&lang=kk', '.chart'],
    [
      'an embed',
      'embed/kz-ots-trade.kk.html?view=indicator&indicator=kz-ots-trade&lang=kk&theme=light&embed=1',
      '#root .embed',
    ],
  ])('at 375 px, %s writes the goal on its line and keeps the words inside the chart', async (_name, query, box) => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${h.server.base}${query}`);
    // the embed as a reader first sees it (prerendered, at the width drawn for its box), then live
    const scopes = box === '.chart' ? [box] : ['#prerender .embed', box];
    for (const scope of scopes) {
      if (scope === box && scopes.length > 1) await wakeApp(page);
      await page.locator(`${scope} .goal-label.current:visible`).first().waitFor();
      if (box === '.chart') await liveChart(page);
      const label = page.locator(`${scope} .goal-label.current:visible`).last();
      expect(await label.textContent(), scope).toMatch(/^Мақсат 23\s?млрд\s?\$/);
      const chart = (await page.locator(scope).first().boundingBox())!;
      const words = (await label.boundingBox())!;
      expect(words.x, scope).toBeGreaterThanOrEqual(chart.x - 0.5);
      expect(words.x + words.width, scope).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
      expect(await page.locator(`${scope} svg:visible .goal-line`).count(), scope).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('type scale and targets', () => {
  // Each size, weight and style of a family is a font the browser resolves before it can lay the page
  // out (docs/architecture.md): text outside the scale costs time as well as consistency.
  it(
    'every text on every kind of page is set in the type scale, prerendered and live',
    { timeout: 90_000 },
    async () => {
      const SCALE: Record<string, string[]> = {
        page: ['12 400', '14 400', '14 700', '16 400', '16 700', '20 700', '24 700'],
        chart: ['12 400', '13 400', '13 700'],
        mono: ['14 400'],
      };
      const page = await h.browser.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const path of [
        '?lang=ru',
        'view/kz-ots-trade.kk.html?view=indicator&indicator=kz-ots-trade&lang=kk',
        'view/sources.en.html?view=sources&lang=en',
        '?view=scenario&indicator=kz-ots-trade&r1=5&lang=en',
        'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1',
      ]) {
        await page.goto(`${h.server.base}${path}`, { waitUntil: 'load' });
        await page.locator(':is(h1, h2):visible').first().waitFor();
        for (const state of ['prerendered', 'live']) {
          if (state === 'live') await wakeApp(page);
          const fonts = await page.evaluate(() => {
            const found = new Map<string, string>();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement!;
              if (!n.textContent?.trim() || !el.getClientRects().length) continue;
              const s = getComputedStyle(el);
              const kind = /Noto Sans/.test(s.fontFamily) ? 'chart' : /monospace/.test(s.fontFamily) ? 'mono' : 'page';
              found.set(
                `${kind} ${parseFloat(s.fontSize)} ${s.fontWeight}${s.fontStyle === 'italic' ? ' italic' : ''}`,
                `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${n.textContent.trim().slice(0, 30)}`,
              );
            }
            return [...found];
          });
          const outside = fonts.filter(([f]) => {
            const [kind, size, weight] = f.split(' ');
            return !SCALE[kind!]!.includes(`${size} ${weight}`);
          });
          expect(outside, `${path}, ${state}`).toEqual([]);
        }
      }
      await page.close();
    },
  );

  it('the site name is no larger than the page title; header controls are at least 24 × 24 px; ticks at least 12 px', async () => {
    const page = await h.browser.newPage();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${h.server.base}?view=indicator&indicator=kz-ots-trade&lang=kk`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      // on a phone the controls are in the menu: open it to measure them
      if (width === 360) await page.locator('#root').getByRole('button', { name: kk['nav.menu'] }).click();
      const sizes = await page.evaluate(() => {
        const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
        return {
          site: px(document.querySelector('#root .app-name')),
          title: px(document.querySelector('#root main h2')),
          ticks: [
            ...document.querySelectorAll('#root .chart .tick, #root .chart .recharts-cartesian-axis-tick-value'),
          ].map(px),
          controls: [
            ...document.querySelectorAll(
              '#root .header-controls a, #root .header-controls select, #root .menu-button:not([hidden])',
            ),
          ]
            .filter((el) => getComputedStyle(el).display !== 'none')
            .map((el) => {
              const r = el.getBoundingClientRect();
              return [r.width, r.height, (el.textContent ?? '').trim().slice(0, 12)] as const;
            }),
        };
      });
      expect(sizes.site).toBeLessThanOrEqual(sizes.title);
      expect(sizes.ticks.length).toBeGreaterThan(3);
      for (const t of sizes.ticks) expect(t).toBeGreaterThanOrEqual(12);
      expect(sizes.controls.length, `controls measured at ${width} px`).toBeGreaterThanOrEqual(6);
      for (const [w, hgt, name] of sizes.controls) {
        expect(w, `${name} at ${width} px`).toBeGreaterThanOrEqual(24);
        expect(hgt, `${name} at ${width} px`).toBeGreaterThanOrEqual(24);
      }
    }
    await page.close();
  });

  it('on a phone the header is one row with a Menu button; the menu works before and after the app takes over', async () => {
    const heights: Record<string, number> = {};
    for (const [lang, dict] of [
      ['en', en],
      ['ru', ru],
      ['kk', kk],
    ] as const) {
      for (const mode of ['prerendered', 'live'] as const) {
        const page = await h.browser.newPage();
        await page.setViewportSize({ width: 360, height: 740 });
        if (mode === 'prerendered') await page.route('**/assets/*.js', (route) => route.abort());
        await page.goto(
          `${h.server.base}view/kz-ots-trade.${lang}.html?view=indicator&indicator=kz-ots-trade&lang=${lang}`,
        );
        const scope = page.locator(mode === 'live' ? '#root' : '#prerender');
        if (mode === 'live') await wakeApp(page);
        const header = scope.locator('header.app-header');
        const box = (await header.boundingBox())!;
        heights[`${lang} ${mode}`] = Math.round(box.height);
        // one row: the name and the button share a line, and nothing else of the header shows
        const name = (await scope.locator('.app-name').boundingBox())!;
        const button = scope.getByRole('button', { name: dict['nav.menu'] });
        const buttonBox = (await button.boundingBox())!;
        expect(Math.abs(name.y + name.height / 2 - (buttonBox.y + buttonBox.height / 2))).toBeLessThan(8);
        expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(360);
        const languages = scope.getByRole('navigation', { name: dict['lang.label'] });
        expect(await languages.isVisible()).toBe(false);
        // the menu opens on a tap, shows every control, and closes on Esc
        await button.click();
        expect(await languages.isVisible()).toBe(true);
        const menu = (await scope.locator('.header-controls').boundingBox())!;
        expect(menu.x).toBeGreaterThanOrEqual(0);
        expect(menu.x + menu.width).toBeLessThanOrEqual(360);
        expect(await scope.getByRole('combobox', { name: dict['theme.label'] }).isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await languages.isVisible()).toBe(false);
        expect(
          pageErrors(page).filter((e) => mode === 'live' || !/Failed to fetch|dynamically imported/.test(e)),
        ).toEqual([]);
        await page.close();
      }
    }
    for (const [key, height] of Object.entries(heights)) expect(height, key).toBeLessThanOrEqual(64);
    // on a wide screen the controls are in the header and the button is gone
    const page = await h.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.server.base}?lang=ru`);
    await wakeApp(page);
    expect(await page.locator('#root').getByRole('button', { name: ru['nav.menu'] }).isVisible()).toBe(false);
    expect(await page.locator('#root').getByRole('navigation', { name: ru['lang.label'] }).isVisible()).toBe(true);
    await page.close();
  });

  it('on a phone, choosing a language in the live app’s menu navigates in place and closes the menu', async () => {
    for (const [lang, dict] of [
      ['en', en],
      ['ru', ru],
      ['kk', kk],
    ] as const) {
      const page = await h.browser.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(
        `${h.server.base}view/kz-ots-trade.${lang}.html?view=indicator&indicator=kz-ots-trade&lang=${lang}`,
      );
      await wakeApp(page);
      const scope = page.locator('#root');
      await scope.getByRole('button', { name: dict['nav.menu'] }).click();
      const other = lang === 'ru' ? 'kk' : 'ru';
      await scope
        .getByRole('navigation', { name: dict['lang.label'] })
        .getByRole('link', { name: other === 'ru' ? 'Русский' : 'Қазақша' })
        .click();
      await page.locator(`html[lang="${other}"]`).waitFor();
      expect(await page.locator('#root .header-controls').isVisible()).toBe(false);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  });
});
