import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from '../../src/lib/embed-snippet';
import { pageErrors } from './chromium';
import { servedApp } from './harness';

/** An embed code of the first form (the app's root, the view in the query): it keeps working. */
const EMBED = '?view=indicator&indicator=kz-ots-trade&lang=ru&theme=dark&embed=1';
/** Today's embed code: the indicator's prerendered embed page. */
const EMBED_PAGE = 'embed/kz-ots-trade.ru.html?theme=dark';

function hostPage(withScript: boolean) {
  const snippet = embedSnippet({
    embedUrl: `http://127.0.0.1:PORT/graphics/goalpost/${EMBED_PAGE}`,
    scriptUrl: 'http://127.0.0.1:PORT/graphics/goalpost/embed.js',
    imageUrl: 'http://127.0.0.1:PORT/graphics/goalpost/snapshots/kz-ots-trade.ru.column.png',
    title: 'Товарооборот Казахстана со странами ОТГ — Goalpost',
    alt: 'График',
  });
  const body = withScript ? snippet : snippet.replace(/<script[^>]*><\/script>/, '');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><article style="max-width:640px;margin:0 auto"><p>News text before.</p>${body}<p>News text after.</p></article></body></html>`;
}

// The host pages are served from the same loopback server under another path; PORT is filled in per request.
const h = servedApp(() => ({
  '/host.html': ['text/html', hostPage(true)],
  '/host-noscript.html': ['text/html', hostPage(false)],
}));

const port = () => new URL(h.server.origin).port;

describe('embeds', () => {
  it('shows only the chart, title, source line and a link back, with no navigation chrome', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}${EMBED}`);
    await page.getByRole('heading', { name: 'Товарооборот Казахстана со странами ОТГ' }).waitFor();
    expect(await page.locator('svg.static-chart [data-figure]').count()).toBeGreaterThan(3);
    const sourceText = await page.locator('.embed-source').first().textContent();
    // the speaker and the event in Russian, from the dataset
    expect(sourceText).toContain('Источники: Касым-Жомарт Токаев, Неформальный саммит Совета сотрудничества');
    expect(sourceText).not.toMatch(/Tokayev|summit/);
    const back = page.getByRole('link', { name: 'Открыть полностью в Goalpost' });
    expect(await back.getAttribute('href')).toBe('/graphics/goalpost/view/kz-ots-trade.ru.html?theme=dark');
    // an embed's address is its host page's: it is not rewritten
    expect(new URL(page.url()).search).toBe(`${EMBED}`);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(pageErrors(page)).toEqual([]);
  });

  it('resizes its iframe on a host page through the optional script', async () => {
    const page = await h.browser.newPage();
    await page.route('**/host.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replaceAll('PORT', port()) });
    });
    await page.goto(`${h.server.origin}/host.html`);
    const frame = page.locator('iframe[data-goalpost-embed]');
    await page.waitForFunction(() => document.querySelector('iframe')?.hasAttribute('data-goalpost-height'));
    const reported = Number(await frame.getAttribute('data-goalpost-height'));
    const content = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(reported).toBe(content);
    expect((await frame.boundingBox())?.height).toBeCloseTo(reported, 0);
    expect(await page.frameLocator('iframe').locator('.embed-source').first().textContent()).toContain(
      'Касым-Жомарт Токаев',
    );
  });

  it('ignores forged resize messages and a second copy of the script', async () => {
    const page = await h.browser.newPage();
    await page.route('**/host.html', async (route) => {
      const res = await route.fetch();
      // the script twice, and a third-party iframe that forges Goalpost's message
      const forger =
        `<iframe id="forger" srcdoc="<script>parent.postMessage({type:'goalpost:resize',height:3000},'*')</scr` +
        `ipt>"></iframe>`;
      const body = (await res.text()).replaceAll('PORT', port());
      const script = body.match(/<script[^>]*embed\.js[^>]*><\/script>/)![0];
      await route.fulfill({ response: res, body: body.replace('</body>', `${script}${forger}</body>`) });
    });
    // every message the host window receives, in order; a message's listeners all run in one task,
    // so once a message is seen here the resizer has had it too
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (e: MessageEvent<{ height?: unknown }>) => seen.push(e.data?.height));
    });
    await page.goto(`${h.server.origin}/host.html`);
    const frame = page.locator('iframe[data-goalpost-embed]');
    await page.waitForFunction(() => document.querySelector('iframe')?.hasAttribute('data-goalpost-height'));
    // the host page itself, and any script on it, can post the same message: it changes nothing
    await page.evaluate(() => {
      window.postMessage({ type: 'goalpost:resize', height: 4000 }, '*');
      window.postMessage({ type: 'goalpost:resize', height: 1e9 }, '*');
    });
    await page.waitForFunction(() => {
      const seen = (window as unknown as { seen: unknown[] }).seen;
      return seen.includes(3000) && seen.includes(4000) && seen.includes(1e9);
    });
    // still the height the embed itself reported (a few hundred pixels), none of the forged ones
    const height = Number(await frame.getAttribute('data-goalpost-height'));
    expect(height).toBeGreaterThan(100);
    expect(height).toBeLessThan(2000);
    expect(await page.locator('#forger').evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe('');
    expect(
      await page.evaluate(() => (window as unknown as { __goalpostEmbedResizer: boolean }).__goalpostEmbedResizer),
    ).toBe(true);
  });

  it.each([640, 400])('shows the whole chart at the default height in a %s px column with no script', async (width) => {
    const page = await h.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.route('**/host-noscript.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replaceAll('PORT', port()) });
    });
    await page.goto(`${h.server.origin}/host-noscript.html`);
    const inner = page.frameLocator('iframe');
    await inner.locator('.embed-source').first().waitFor();
    const content = await inner.locator('html').evaluate((el) => el.scrollHeight);
    expect(content).toBeLessThanOrEqual(DEFAULT_EMBED_HEIGHT);
  });
});
