import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pageErrors, type Browser } from './chromium';
import { servedApp, wakeApp } from './harness';
import { DIST } from './static-server';

const h = servedApp();
let noScript: Browser;
let russian: Browser;
beforeAll(async () => {
  noScript = await launch({ javaScriptEnabled: false });
  russian = await launch({ locale: 'ru-RU' });
});
afterAll(async () => {
  await noScript?.close();
  await russian?.close();
});

/** Every page of the build: the front door and the files of view/ (embeds are frames, share pages redirects). */
const builtPages = () => ['', ...readdirSync(join(DIST, 'view')).map((f) => `view/${f}`)].sort();

/** A page's head as the browser read it: what a link preview or a crawler takes from it. */
function head(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    const link = (sel: string) => (document.querySelector(sel) as HTMLLinkElement | null)?.href ?? null;
    return {
      title: document.title,
      lang: document.documentElement.lang,
      description: meta('description'),
      canonical: link('link[rel="canonical"]'),
      ogUrl: meta('og:url'),
      ogImage: meta('og:image'),
      ogImageAlt: meta('og:image:alt'),
      feed: (document.querySelector('link[rel="alternate"][type="application/atom+xml"]') as HTMLLinkElement | null)
        ?.href,
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        (l as HTMLLinkElement).href,
      ]),
      base: document.querySelector('base') !== null,
      links: [...document.querySelectorAll('a[href]:not([download])')].map((a) => (a as HTMLAnchorElement).href),
      prerenderShown: (() => {
        const pre = document.getElementById('prerender');
        return pre !== null && getComputedStyle(pre).display !== 'none' && pre.getBoundingClientRect().height > 200;
      })(),
    };
  });
}

/** The HTML of an address as a crawler gets it (no script): its own title, description and picture. */
async function fetchedHead(url: string) {
  const html = await (await fetch(url)).text();
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
  return {
    title:
      /<title>([^<]*)<\/title>/
        .exec(html)?.[1]
        ?.replace(/&#x27;|&#39;/g, "'")
        .replace(/&amp;/g, '&') ?? '',
    description: meta('description'),
    ogImage: meta('og:image') && new URL(meta('og:image')!, url).href,
    ogUrl: meta('og:url') && new URL(meta('og:url')!, url).href,
  };
}

const pathOf = (url: string, base: string) => new URL(url).pathname.slice(new URL(base).pathname.length);

describe('every address is a page', () => {
  it(
    'a reader with scripts off walks the whole site from the front door, and every page previews as itself',
    { timeout: 240_000 },
    async () => {
      const base = h.server.base;
      const seen = new Map<string, Awaited<ReturnType<typeof head>>>();
      const queue = [''];
      const page = await noScript.newPage();
      while (queue.length) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        const response = await page.goto(`${base}${path}`);
        expect(response?.status(), path).toBe(200);
        const got = await head(page);
        seen.set(path, got);
        for (const href of got.links) {
          const url = new URL(href);
          if (url.origin !== new URL(base).origin || !url.pathname.startsWith(new URL(base).pathname)) continue;
          const next = pathOf(href, base);
          // a link is to a page, or to a file (the dataset, a release, the feed): a download, not a page
          expect(next, `a link on ${path || 'the front door'}`).toMatch(/^$|\.html$|^data\/|^feed\.(en|ru|kk)\.xml$/);
          const isPage = next === '' || next.endsWith('.html');
          if (isPage && !seen.has(next) && !queue.includes(next)) queue.push(next);
        }
      }
      await page.close();
      // every page of the build, in every language, and nothing that is not one
      expect([...seen.keys()].sort()).toEqual(builtPages());
      const pictures = new Set<string>();
      const titles = new Set<string>();
      for (const [path, got] of seen) {
        const self = `${base}${path}`;
        expect(got.base, path).toBe(false);
        expect(got.prerenderShown, `${path}: the page's own view shows with scripts off`).toBe(true);
        expect(got.title, path).toMatch(/ — Goalpost$/);
        titles.add(`${got.lang} ${got.title}`);
        expect(got.description?.length, path).toBeGreaterThan(20);
        expect(got.canonical, path).toBe(self);
        // og:url and og:image are read against the page itself, as crawlers read them
        expect(got.ogUrl && new URL(got.ogUrl, self).href, path).toBe(self);
        expect(got.ogImage, path).toMatch(/\.social\.png$/);
        pictures.add(new URL(got.ogImage!, self).href);
        expect(got.ogImageAlt?.length, path).toBeGreaterThan(20);
        // every page announces the feed of changes in its language
        expect(got.feed, path).toBe(`${base}feed.${got.lang}.xml`);
        // the same page in each language (and the front door as x-default for the overview), each a page
        const langs = got.alternates.map(([l]) => l);
        expect(langs.slice(0, 3), path).toEqual(['en', 'ru', 'kk']);
        for (const [, href] of got.alternates) expect(seen.has(pathOf(href!, base)), `${path} → ${href}`).toBe(true);
        expect(got.alternates.find(([l]) => l === got.lang)?.[1], path).toBe(
          path === '' ? `${base}view/overview.en.html` : self,
        );
      }
      // a page's title names it: the same title twice in one language would be two previews alike
      expect(titles.size).toBe(seen.size - 1); // the front door and view/overview.en.html are the same page
      // each picture is a 1200 × 630 PNG of the build
      const check = await h.browser.newPage();
      await check.goto(base);
      const sizes = await check.evaluate(
        async (list) =>
          Promise.all(
            list.map(async (src) => {
              const img = new Image();
              img.src = src;
              await img.decode();
              return `${img.naturalWidth}×${img.naturalHeight}`;
            }),
          ),
        [...pictures],
      );
      expect(new Set(sizes)).toEqual(new Set(['2400×1260']));
      await check.close();
    },
  );

  it('lists every page in sitemap.xml with its language alternates, and robots.txt points to it', async () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => (m[1] === './' ? '' : m[1]!));
    expect(locs.sort()).toEqual(builtPages());
    const entries = xml.split('<url>').slice(1);
    for (const entry of entries) {
      const alternates = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]*)"/g)].map((m) => m[1]);
      expect(alternates.slice(0, 3)).toEqual(['en', 'ru', 'kk']);
    }
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: sitemap\.xml$/m);
    // no page of the build sets a <base>: a relative address means the same to every reader
    for (const file of builtPages().map((p) => p || 'index.html'))
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/<base\b/);
    for (const file of readdirSync(join(DIST, 'embed')))
      expect(readFileSync(join(DIST, 'embed', file), 'utf8'), file).not.toMatch(/<base\b/);
  });

  it('after every click, the address bar holds a page whose HTML previews as what the reader sees', async () => {
    const page = await h.browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(h.server.base);
    await wakeApp(page);
    const agree = async (what: string) => {
      await page.waitForFunction(() => !document.title.startsWith('Goalpost —'));
      // the tab's title follows the language once its words are in: wait for it, then compare
      const expected = (await fetchedHead(page.url())).title;
      await expect.poll(() => page.title()).toBe(expected);
      const fetched = await fetchedHead(page.url());
      expect(fetched.ogUrl, what).toBe(page.url().split('?')[0]);
      expect((await fetch(fetched.ogImage!)).status, what).toBe(200);
      // the share panel's link, where the page has one, is the address bar's
      const share = page.getByRole('textbox', {
        name: /^(Link to this view|Ссылка на эту страницу|Осы бетке сілтеме)$/,
      });
      for (const link of await share.all()) expect(await link.inputValue(), what).toBe(page.url());
    };
    await page.getByRole('link', { name: 'Trade within Central Asia', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Trade within Central Asia' }).waitFor();
    expect(page.url()).toBe(`${h.server.base}view/ca-intra-trade.en.html`);
    await agree('an indicator page');
    await page.getByText('Embed this chart').click();
    const embed = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(embed).toContain(`src="${h.server.base}embed/ca-intra-trade.en.html?theme=light"`);
    await page.getByRole('link', { name: /^Explore scenarios/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Scenarios:/ }).waitFor();
    expect(page.url()).toBe(`${h.server.base}view/ca-intra-trade.scenario.en.html`);
    await agree('a scenario page');
    await page.getByRole('link', { name: 'Қазақша' }).first().click();
    await expect.poll(() => page.url()).toBe(`${h.server.base}view/ca-intra-trade.scenario.kk.html`);
    await agree('the same page in Kazakh');
    await page.getByRole('link', { name: 'Дереккөздер' }).first().click();
    await expect.poll(() => page.url()).toBe(`${h.server.base}view/sources.kk.html`);
    await agree('the sources page');
    await page.getByRole('link', { name: 'Шолу' }).first().click();
    await expect.poll(() => page.url()).toBe(`${h.server.base}view/overview.kk.html`);
    await agree('the overview');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it.each([
    // the first form: the page named in the query at the app's root
    ['?view=indicator&indicator=kz-ots-trade&lang=ru&from=2015', 'view/kz-ots-trade.ru.html?from=2015'],
    ['?view=sources&lang=kk', 'view/sources.kk.html'],
    ['?lang=ru&theme=dark', 'view/overview.ru.html?theme=dark'],
    [
      '?view=scenario&indicator=kz-ots-trade&base=kz-ots-trade-2022&r1=5&n1=Only+5%25',
      'view/kz-ots-trade.scenario.en.html?base=kz-ots-trade-2022&r1=5&n1=Only+5%25',
    ],
    // the permalinks of the first builds, and a language switched on one (the old app kept the file)
    ['view/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=en', 'view/kz-ots-trade.en.html'],
    ['view/kz-ots-trade.en.html?view=indicator&indicator=kz-ots-trade&lang=ru', 'view/kz-ots-trade.ru.html'],
    ['view/sources.ru.html?view=sources&lang=ru', 'view/sources.ru.html'],
    // the share pages of the first builds send the reader on
    ['share/kz-transit.ru.html', 'view/kz-transit.ru.html'],
  ])('a link of an older form, %s, opens its page at %s', async (old, now) => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}${old}`);
    await page.locator('main h2').first().waitFor();
    // the prerendered page stays until the reader reaches for it; the address is right either way
    await expect.poll(() => page.url()).toBe(`${h.server.base}${now}`);
    await wakeApp(page);
    await expect.poll(() => page.url()).toBe(`${h.server.base}${now}`);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a reader whose browser asks for Russian goes from the front door to the overview in Russian', async () => {
    const page = await russian.newPage();
    await page.goto(h.server.base);
    await page.getByRole('heading', { level: 2, name: 'Цели и их выполнение' }).waitFor();
    expect(page.url()).toBe(`${h.server.base}view/overview.ru.html`);
    // the Russian page itself, prerendered: no app script ran for it
    expect(await page.evaluate(() => document.documentElement.classList.contains('prerendered'))).toBe(true);
    await page.close();
  });
});
