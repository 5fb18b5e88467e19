import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALL_PARAMS, DRAWING_PARAMS, PRESENTATION_PARAMS, VIEW_PARAMS } from '../../src/lib/url-state';
import { repoRoot } from './dataset-fixture';
import { DEFAULT_DATASET_URL } from '../../src/lib/dataset-url';

const bootJs = readFileSync(join(repoRoot, 'public/boot.js'), 'utf8');

/**
 * Runs public/boot.js as the browser would, for a page that names itself `meta` (none: a page with
 * no prerendered view), at `search`: whether it shows the prerendered view, and what it preloads.
 */
function boot(meta: string | null, search: string, languages = ['en-US']) {
  const classes = new Set<string>();
  const preloads: string[] = [];
  const root = { setAttribute: () => undefined, classList: { add: (c: string) => classes.add(c) } };
  runInNewContext(bootJs, {
    URLSearchParams,
    location: { search },
    navigator: { languages, language: languages[0] },
    document: {
      documentElement: root,
      querySelector: (sel: string) =>
        meta !== null && sel.includes('goalpost:prerender') ? { getAttribute: () => meta } : null,
      createElement: () => ({}),
      head: {
        appendChild: (l: { rel: string; href: string; as: string }) => preloads.push(`${l.rel} ${l.as} ${l.href}`),
      },
    },
  });
  return { shown: classes.has('prerendered'), preloads };
}
const bootShows = (meta: string, search: string, languages?: string[]) => boot(meta, search, languages).shown;

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

  it('boot.js shows a prerendered view only when the URL asks for exactly it', () => {
    const meta = 'view=indicator;indicator=kz-transit;lang=ru';
    expect(bootShows(meta, '?view=indicator&indicator=kz-transit&lang=ru')).toBe(true);
    // presentation only: still the same drawing
    expect(bootShows(meta, '?view=indicator&indicator=kz-transit&lang=ru&theme=dark&headline=x')).toBe(true);
    for (const p of DRAWING_PARAMS)
      expect(bootShows(meta, `?view=indicator&indicator=kz-transit&lang=ru&${p}=1`), p).toBe(false);
    expect(bootShows(meta, '?view=indicator&indicator=kz-transit&lang=kk')).toBe(false);
    expect(bootShows(meta, '?view=indicator&indicator=kz-ots-trade&lang=ru')).toBe(false);
    // no lang in the URL: the browser's language decides, as in url-state's pickLocale
    expect(bootShows(meta, '?view=indicator&indicator=kz-transit', ['ru-RU'])).toBe(true);
    expect(bootShows(meta, '?view=indicator&indicator=kz-transit', ['de-DE'])).toBe(false);
    expect(bootShows('view=overview;indicator=;lang=en', '')).toBe(true);
    expect(bootShows('view=indicator;indicator=x;lang=en;embed=1', '?view=indicator&indicator=x&lang=en')).toBe(false);
  });

  it('boot.js preloads the dataset only for a page that starts the app on load, and only the published one', () => {
    const meta = 'view=indicator;indicator=kz-transit;lang=ru';
    // the address the app itself fetches (boot.js writes it out: it is a plain script)
    const dataset = [`preload fetch ${DEFAULT_DATASET_URL}`];
    // the prerendered view is shown: the app waits for the reader, and so does the dataset
    expect(boot(meta, '?view=indicator&indicator=kz-transit&lang=ru').preloads).toEqual([]);
    expect(boot(meta, '?view=indicator&indicator=kz-transit&lang=ru&from=2020').preloads).toEqual(dataset);
    expect(boot(null, '?view=scenario&indicator=kz-transit').preloads).toEqual(dataset);
    // a link to another dataset: the app fetches that one, never ours
    expect(boot(null, '?data=https%3A%2F%2Fdata.example.org%2Fd.json').preloads).toEqual([]);
  });

  it('the lint rule keeps every other module from reading the URL by itself', { timeout: 30_000 }, async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const [planted] = await eslint.lintText('export const q = () => window.location.search;\n', {
      filePath: join(repoRoot, 'src/components/planted.ts'),
    });
    expect(planted!.messages.map((m) => m.message)).toContain(
      'Read the URL through src/lib/use-url-state.ts (currentSearch, useUrlState, changeUrl).',
    );
    const [allowed] = await eslint.lintText('export const q = () => window.location.search;\n', {
      filePath: join(repoRoot, 'src/lib/use-url-state.ts'),
    });
    expect(allowed!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});
