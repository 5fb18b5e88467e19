import { describe, expect, it } from 'vitest';
import { addresses } from '../../scripts/build/addresses';
import { sitePages } from '../../scripts/build/pages';
import { sitemapXml } from '../../scripts/build/sitemap';
import { splitPathname } from '../../src/lib/app-folder';
import { fromPage, pagePath, readPagePath, type Page } from '../../src/lib/page-address';
import { realDataset } from './dataset-fixture';

const page = (p: Partial<Page>): Page => ({ view: 'overview', indicator: null, lang: 'en', embed: false, ...p });

describe('page addresses', () => {
  it.each<[Page, string]>([
    [page({}), 'view/overview.en.html'],
    [page({ view: 'sources', lang: 'kk' }), 'view/sources.kk.html'],
    [page({ view: 'indicator', indicator: 'kz-transit', lang: 'ru' }), 'view/kz-transit.ru.html'],
    [page({ view: 'scenario', indicator: 'kz-transit' }), 'view/kz-transit.scenario.en.html'],
    [page({ view: 'indicator', indicator: 'kz-transit', embed: true }), 'embed/kz-transit.en.html'],
  ])('%o lives at %s, and that path reads back as the same page', (p, path) => {
    expect(pagePath(p)).toBe(path);
    expect(readPagePath(path)).toEqual(p);
  });

  it.each([
    'view/kz-transit.de.html',
    'view/Kz-transit.en.html',
    'view/kz-transit.en.htm',
    'embed/kz-transit.scenario.en.html',
    'view/a/b.en.html',
    'assets/index.js',
    'view/.en.html',
  ])('%s names no page', (path) => {
    expect(readPagePath(path)).toBeNull();
  });

  it('reads the front door as the overview in no language yet (the reader’s decides)', () => {
    expect(readPagePath('')).toEqual({ view: 'overview', indicator: null, lang: null, embed: false });
    expect(readPagePath('index.html')).toEqual(readPagePath(''));
  });

  it.each([
    ['/', '/', ''],
    ['/index.html', '/', 'index.html'],
    ['/graphics/goalpost/', '/graphics/goalpost/', ''],
    ['/graphics/goalpost/view/kz-transit.en.html', '/graphics/goalpost/', 'view/kz-transit.en.html'],
    ['/graphics/goalpost/embed/kz-transit.en.html', '/graphics/goalpost/', 'embed/kz-transit.en.html'],
    ['/view/x.en.html', '/', 'view/x.en.html'],
    // a folder the publisher called "view" is still the app's folder when the page is below it
    ['/view/view/x.en.html', '/view/', 'view/x.en.html'],
  ])('splits %s into the app’s folder %s and the page %s', (pathname, root, pagePart) => {
    expect(splitPathname(pathname)).toEqual({ root, page: pagePart });
  });

  it('writes an address as seen from a page’s own file, with no <base> to resolve against', () => {
    expect(fromPage('index.html', 'view/x.en.html')).toBe('view/x.en.html');
    expect(fromPage('view/y.en.html', 'view/x.en.html')).toBe('../view/x.en.html');
    expect(fromPage('view/y.en.html', '')).toBe('../');
    expect(fromPage('index.html', '')).toBe('./');
    // what a browser and a crawler make of it, from the page's own address
    const on = (file: string, address: string) =>
      new URL(fromPage(file, address), `https://n.example/app/${file}`).href;
    expect(on('view/y.en.html', 'snapshots/y.en.social.png')).toBe('https://n.example/app/snapshots/y.en.social.png');
    expect(on('embed/y.en.html', 'view/y.en.html')).toBe('https://n.example/app/view/y.en.html');
  });
});

describe('the sitemap', () => {
  const pages = sitePages(realDataset());
  it('lists each page once with its alternates in the three languages, and leaves embeds out', () => {
    const xml = sitemapXml(pages, addresses(new URL('https://n.example/app/')), '2026-12-01');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('https://n.example/app/');
    expect(locs).toContain('https://n.example/app/view/kz-transit.kk.html');
    expect(locs.some((l) => l!.includes('/embed/'))).toBe(false);
    expect(locs).toHaveLength(pages.filter((p) => p.kind !== 'embed').length);
    const entry = xml.split('<url>').find((e) => e.includes('<loc>https://n.example/app/view/kz-transit.kk.html<'))!;
    expect([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'en https://n.example/app/view/kz-transit.en.html',
      'ru https://n.example/app/view/kz-transit.ru.html',
      'kk https://n.example/app/view/kz-transit.kk.html',
    ]);
  });

  it('refuses an indicator whose id would name another page’s file', () => {
    const dataset = realDataset();
    dataset.indicators[0]!.id = 'overview';
    expect(() => sitePages(dataset)).toThrow(/may not be called "overview"/);
  });
});
