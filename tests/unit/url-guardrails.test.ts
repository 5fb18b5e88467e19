import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { indicatorPartAddress, OVERVIEW_PART } from '../../src/domain/dataset-parts';
import { DEFAULT_DATASET_URL } from '../../src/lib/dataset-url';
import { ALL_PARAMS, DRAWING_PARAMS, PRESENTATION_PARAMS, VIEW_PARAMS } from '../../src/lib/url-state';
import { repoRoot } from './dataset-fixture';

const bootJs = readFileSync(join(repoRoot, 'public/boot.js'), 'utf8');

const APP = 'https://news.example/app/';

/**
 * Runs public/boot.js as the browser would, for a page that names itself `meta` (none: a page with
 * no prerendered view), at `address` (relative to the app's folder): whether it shows the
 * prerendered view, what it preloads, and where it sends the reader or rewrites the address to.
 */
function boot(meta: string | null, address: string, languages = ['en-US']) {
  const classes = new Set<string>();
  const preloads: string[] = [];
  const url = new URL(address, APP);
  let replaced: string | null = null;
  let redirected: string | null = null;
  const root = { setAttribute: () => undefined, classList: { add: (c: string) => classes.add(c) } };
  runInNewContext(bootJs, {
    URLSearchParams,
    location: {
      search: url.search,
      pathname: url.pathname,
      hash: '',
      replace: (to: string) => (redirected = to),
    },
    history: { state: null, replaceState: (_s: unknown, _t: string, to: string) => (replaced = to) },
    navigator: { languages, language: languages[0] },
    document: {
      currentScript: { src: `${APP}boot.js` },
      documentElement: root,
      querySelector: (sel: string) =>
        meta !== null && sel.includes('goalpost:prerender') ? { getAttribute: () => meta } : null,
      createElement: () => ({}),
      head: {
        appendChild: (l: { rel: string; href: string; as: string }) => preloads.push(`${l.rel} ${l.as} ${l.href}`),
      },
    },
  });
  return { shown: classes.has('prerendered'), preloads, replaced, redirected };
}
const bootShows = (meta: string, address: string, languages?: string[]) => boot(meta, address, languages).shown;

describe('one set of URL rules: url-state.ts, and public/boot.js held to it', () => {
  it('classifies every parameter the app reads: a new one must say whether it changes what is drawn', () => {
    const classified = [...VIEW_PARAMS, ...PRESENTATION_PARAMS, ...DRAWING_PARAMS].sort();
    expect(classified).toEqual([...ALL_PARAMS].sort());
  });

  it('boot.js refuses the prerendered view for exactly the drawing parameters url-state lists', () => {
    const list = /\[((?:\s*'[a-z0-9]+',?\s*)+)\]\.forEach/.exec(bootJs)?.[1];
    expect(list, 'the list in boot.js').toBeDefined();
    expect([...list!.matchAll(/'([a-z0-9]+)'/g)].map((m) => m[1]).sort()).toEqual([...DRAWING_PARAMS].sort());
  });

  it('boot.js shows a page’s prerendered view only when the URL asks for exactly it', () => {
    const meta = 'view=indicator;indicator=kz-transit;lang=ru';
    const page = 'view/kz-transit.ru.html';
    expect(bootShows(meta, page)).toBe(true);
    // presentation only: still the same drawing
    expect(bootShows(meta, `${page}?theme=dark`)).toBe(true);
    for (const p of DRAWING_PARAMS) expect(bootShows(meta, `${page}?${p}=1`), p).toBe(false);
    // a link of the first form names the page in the query, over the path
    expect(bootShows(meta, `${page}?lang=kk`)).toBe(false);
    expect(bootShows(meta, `${page}?view=indicator&indicator=kz-ots-trade&lang=ru`)).toBe(false);
    expect(bootShows(meta, `${page}?view=sources`)).toBe(false);
    // the path names the language: the browser's does not matter
    expect(bootShows(meta, page, ['kk-KZ'])).toBe(true);
    expect(bootShows('view=indicator;indicator=x;lang=en;embed=1', 'embed/x.en.html?embed=0')).toBe(false);
  });

  it('boot.js takes the first form’s page parameters off a page’s address when they agree with its path', () => {
    const meta = 'view=indicator;indicator=kz-transit;lang=ru';
    expect(boot(meta, 'view/kz-transit.ru.html?view=indicator&indicator=kz-transit&lang=ru').replaced).toBe(
      '/app/view/kz-transit.ru.html',
    );
    expect(boot(meta, 'view/kz-transit.ru.html?view=indicator&indicator=kz-transit&lang=ru&theme=dark').replaced).toBe(
      '/app/view/kz-transit.ru.html?theme=dark',
    );
    expect(boot(meta, 'view/kz-transit.ru.html?theme=dark').replaced).toBeNull();
    // an embed's address is its host page's code: it stays as published
    const embed = 'view=indicator;indicator=x;lang=en;embed=1';
    const old = boot(embed, 'embed/x.en.html?view=indicator&indicator=x&lang=en&theme=light&embed=1');
    expect(old.shown).toBe(true);
    expect(old.replaced).toBeNull();
  });

  it('boot.js sends a reader of another language from the front door to the overview in their language', () => {
    const front = 'view=overview;indicator=;lang=en';
    expect(boot(front, '').shown).toBe(true);
    expect(boot(front, '', ['de-DE']).shown).toBe(true);
    expect(boot(front, '', ['ru-RU']).redirected).toBe(`${APP}view/overview.ru.html`);
    expect(boot(front, '?theme=dark', ['kk']).redirected).toBe(`${APP}view/overview.kk.html?theme=dark`);
    // a link of the first form names its page: the app opens it and rewrites the address
    const old = boot(front, '?view=indicator&indicator=kz-transit', ['ru-RU']);
    expect(old.redirected).toBeNull();
    expect(old.shown).toBe(false);
    expect(boot(front, '?lang=en', ['ru-RU']).shown).toBe(true);
  });

  it('boot.js preloads the dataset only for a page that starts the app on load, and only the published one', () => {
    const meta = 'view=indicator;indicator=kz-transit;lang=ru';
    // the address the app itself fetches (the page's part), from the app's folder whatever the page's depth
    const preload = (address: string) => [`preload fetch ${APP}${address}`];
    const part = preload(indicatorPartAddress('kz-transit'));
    // the prerendered view is shown: the app waits for the reader, and so does the dataset
    expect(boot(meta, 'view/kz-transit.ru.html').preloads).toEqual([]);
    expect(boot(meta, 'view/kz-transit.ru.html?from=2020').preloads).toEqual(part);
    expect(boot(null, '?view=scenario&indicator=kz-transit').preloads).toEqual(part);
    expect(boot('view=overview;lang=en', 'view/overview.en.html?q=trade').preloads).toEqual(preload(OVERVIEW_PART));
    // a past view and the pages of the whole record read the whole
    expect(boot(meta, 'view/kz-transit.ru.html?asof=2024-01-01').preloads).toEqual(preload(DEFAULT_DATASET_URL));
    expect(boot('view=sources;lang=en', 'view/sources.en.html?from=2020').preloads).toEqual(
      preload(DEFAULT_DATASET_URL),
    );
    // a link to another dataset: the app fetches that one, never ours
    expect(boot(null, '?data=https%3A%2F%2Fdata.example.org%2Fd.json').preloads).toEqual([]);
    // a release: the app fetches that release's file
    expect(boot(null, 'view/overview.en.html?release=1').preloads).toEqual([]);
  });

  it('the lint rule keeps every other module from reading the URL by itself', { timeout: 30_000 }, async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const [planted] = await eslint.lintText('export const q = () => window.location.search;\n', {
      filePath: join(repoRoot, 'src/components/planted.ts'),
    });
    expect(planted!.messages.map((m) => m.message)).toContain(
      'Read the URL through src/lib/use-url-state.ts (currentAddress, useUrlState, changeUrl).',
    );
    const [allowed] = await eslint.lintText('export const q = () => window.location.search;\n', {
      filePath: join(repoRoot, 'src/lib/use-url-state.ts'),
    });
    expect(allowed!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});
