import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveChart, servedApp, wakeApp } from './harness';

// The charts draw in Noto Sans (src/app/chart-font.ts), and a page downloads only the subsets its
// text uses: each file is a round trip and a re-layout of the page when it arrives.
const h = servedApp();
const Q = (lang: string) => `?view=indicator&indicator=kz-ots-trade&lang=${lang}`;

/** The font files a page downloaded (names without the build's hash), and whether its chart labels' fonts are loaded. */
async function fontsOf(path: string) {
  const page = await h.browser.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${h.server.base}${path}`, { waitUntil: 'load' });
  await page.locator('svg.static-chart:visible').first().waitFor();
  const result = await page.evaluate(async () => {
    await document.fonts.ready;
    const svg = [...document.querySelectorAll('svg.static-chart')].find((s) => s.getBoundingClientRect().width > 0)!;
    const labels = [...svg.querySelectorAll('text')].map((t) => {
      const style = getComputedStyle(t);
      return { text: t.textContent ?? '', font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}` };
    });
    return {
      files: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop()!)
        .filter((f) => /\.woff2?$/.test(f))
        .map((f) => f.replace(/-[\w-]{8}\.(woff2?)$/, '.$1')),
      labels: labels.length,
      family: labels[0]?.font ?? '',
      unloaded: labels.filter((l) => !document.fonts.check(l.font, l.text)).map((l) => `${l.font}: ${l.text}`),
    };
  });
  await page.close();
  return result;
}

describe('the chart font', () => {
  it('an English page downloads the Latin subset only, and its chart labels draw in Noto Sans', async () => {
    for (const path of [`view/kz-ots-trade.en.html${Q('en')}`, '?lang=en']) {
      const f = await fontsOf(path);
      expect(f.files.sort(), path).toEqual(['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-700-normal.woff2']);
      expect(f.labels, path).toBeGreaterThanOrEqual(3);
      expect(f.family, path).toMatch(/^\d+ \d+px "Noto Sans"/);
      expect(f.unloaded, path).toEqual([]);
    }
  });

  it('Russian adds the Cyrillic subset, and Kazakh the extended one for letters such as Қ', async () => {
    const ru = await fontsOf(`view/kz-ots-trade.ru.html${Q('ru')}`);
    expect(ru.files.some((f) => f.startsWith('noto-sans-cyrillic-400'))).toBe(true);
    expect(ru.files.filter((f) => !/^noto-sans-(latin|cyrillic)-(400|700)-normal\.woff2$/.test(f))).toEqual([]);
    expect(ru.unloaded).toEqual([]);
    const kk = await fontsOf(`view/kz-ots-trade.kk.html${Q('kk')}`);
    expect(kk.files.some((f) => f.startsWith('noto-sans-cyrillic-ext-'))).toBe(true);
    expect(
      kk.files.filter((f) => !/^noto-sans-(latin|cyrillic|cyrillic-ext)-(400|700)-normal\.woff2$/.test(f)),
    ).toEqual([]);
    expect(kk.unloaded).toEqual([]);
  });
});

/** Chart labels whose drawn size or weight differs from the one the layout measured them at (their attributes). */
function unlikeTheirLayout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg text[font-size]')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => {
        const style = getComputedStyle(t);
        const measured = `${t.getAttribute('font-size')}px ${t.getAttribute('font-weight') === 'bold' ? 700 : 400}`;
        const drawn = `${parseFloat(style.fontSize)}px ${style.fontWeight}`;
        return measured === drawn
          ? ''
          : `${t.getAttribute('class')} "${t.textContent}": measured ${measured}, drawn ${drawn}`;
      })
      .filter(Boolean),
  );
}

describe('chart labels', () => {
  // The layout truncates labels and moves them apart by their widths at the size it chose; a
  // stylesheet rule that draws them larger, smaller or bolder makes them collide or leave gaps.
  it(
    'draw at the size and weight the layout measured, on the overview, the indicator page and the embed, prerendered and live',
    { timeout: 60_000 },
    async () => {
      const page = await h.browser.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      for (const path of [
        '?lang=en',
        `view/kz-ots-trade.en.html${Q('en')}`,
        `view/china-europe-transit.en.html?view=indicator&indicator=china-europe-transit&lang=en`,
        'embed/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en&embed=1',
      ]) {
        await page.goto(`${h.server.base}${path}`, { waitUntil: 'load' });
        await page.locator('svg.static-chart:visible').first().waitFor();
        expect(await page.locator('svg text[font-size]').count(), path).toBeGreaterThan(3);
        expect(await unlikeTheirLayout(page), `${path}, prerendered`).toEqual([]);
        await wakeApp(page);
        if (path.startsWith('view/')) {
          await liveChart(page);
          await page.locator('.recharts-view .direct-labels text').first().waitFor();
        }
        expect(await unlikeTheirLayout(page), `${path}, live`).toEqual([]);
      }
      await page.close();
    },
  );
});
