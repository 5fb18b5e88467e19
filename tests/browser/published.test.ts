import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSV_COLUMNS } from '../../src/domain/csv';
import { parseCsv } from '../fixtures/parse-csv';
import { en } from '../fixtures/words';
import { dangling, oembedReferences, pageReferences, walk } from './dist-references';
import { servedApp, wakeApp } from './harness';
import { DIST } from './static-server';

const h = servedApp();
const files = walk(DIST);
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const dataset = JSON.parse(read('data/dataset.json')) as {
  updated: string;
  indicators: { id: string; name: Record<string, string>; description: Record<string, string> }[];
};
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('the build is what a newsroom uploads', () => {
  it('has no dangling reference: every page, embed code, preview picture and oEmbed document points to a file', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    const refs = pages.flatMap((f) => pageReferences(f, read(f)));
    const oembeds = files.filter((f) => f.startsWith('oembed/'));
    refs.push(...oembeds.flatMap((f) => oembedReferences(f, read(f))));
    expect(pages.length).toBeGreaterThan(100);
    expect(oembeds).toHaveLength(dataset.indicators.length * 3);
    // every kind of reference was looked at, so a missing kind cannot pass unseen
    const kinds = new Set(refs.map((r) => r.what));
    for (const k of [
      '<meta og:image>',
      '<meta twitter:image>',
      '<link href>',
      '<script src>',
      'embed code',
      'thumbnail_url',
      'JSON-LD url',
      'JSON-LD contentUrl',
      '<meta refresh>',
    ])
      expect(kinds, k).toContain(k);
    expect(dangling(DIST, refs).map((r) => `${r.file}: ${r.what} ${r.address}`)).toEqual([]);
  });

  it('bakes no local address into any file (no VITE_PUBLIC_URL: addresses stay relative)', () => {
    const text = files.filter((f) => /\.(html|json|svg|js)$/.test(f) && !f.startsWith('assets/'));
    const baked = text.filter((f) => /https?:\/\/(localhost|127\.0\.0\.1)/.test(read(f)));
    expect(baked).toEqual([]);
  });

  it('a page downloads its part of the dataset once, from data/ (no hashed copy preloaded beside it)', async () => {
    for (const [path, part] of [
      ['', 'data/overview.json'],
      ['view/kz-transit.ru.html?view=indicator&indicator=kz-transit&lang=ru', 'data/indicators/kz-transit.json'],
      // not the prerendered view: the app starts on load, with the part preloaded by boot.js
      [
        'view/kz-transit.ru.html?view=indicator&indicator=kz-transit&lang=ru&from=2020',
        'data/indicators/kz-transit.json',
      ],
      ['view/kz-transit.en.html?asof=2024-01-01', 'data/dataset.json'],
      ['view/sources.en.html', 'data/dataset.json'],
    ] as const) {
      const page = await h.browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${h.server.base}${path}`);
      await page.locator('h2:visible').first().waitFor();
      await wakeApp(page);
      await page.locator('#root h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      const data = requests.filter((u) => /\.json(\?|$)/.test(u) && !u.includes('/oembed/'));
      expect(data, path || 'overview').toEqual([`${h.server.base}${part}`]);
      await page.close();
    }
  });

  it('the check fails on a planted dangling reference, and reads <base> the way a browser does', () => {
    const refs = pageReferences(
      'view/x.en.html',
      '<base href="../"><img src="snapshots/nope.png"><meta property="og:image" content="../snapshots/kz-transit.en.social.png"><a href="view/kz-transit.en.html?view=indicator">ok</a><meta property="og:url" content="view/missing.html">',
    );
    expect(dangling(DIST, refs).map((r) => r.target)).toEqual(['snapshots/nope.png', 'view/view/missing.html']);
  });

  it('every permalink page previews with its chart: og:image, its alt text from the figures, Twitter card, oEmbed, description in its language', () => {
    for (const ind of dataset.indicators) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const html = read(`view/${ind.id}.${lang}.html`);
        expect(meta(html, 'og:image'), ind.id).toBe(`../snapshots/${ind.id}.${lang}.social.png`);
        expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
        expect(meta(html, 'twitter:card')).toBe('summary_large_image');
        const alt = meta(html, 'og:image:alt') ?? '';
        expect(alt.startsWith(ind.name[lang]!.replace(/'/g, '&#39;')) || alt.startsWith(ind.name[lang]!), alt).toBe(
          true,
        );
        expect(alt).toMatch(/\d/);
        expect(meta(html, 'description')).toBe(ind.description[lang]!.replace(/"/g, '&quot;'));
        expect(html).toContain(
          `<link rel="alternate" type="application/json+oembed" href="../oembed/${ind.id}.${lang}.json"`,
        );
        expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
      }
    }
    // the default English description is not left on Russian and Kazakh pages
    expect(read('view/kz-transit.kk.html')).not.toContain('What leaders of Kazakhstan');
  });

  it('share pages send readers to the permalink page, with og:url and canonical pointing there', () => {
    for (const ind of dataset.indicators) {
      const html = read(`share/${ind.id}.ru.html`);
      const target = `../view/${ind.id}.ru.html`;
      expect(meta(html, 'og:url')).toBe(target);
      expect(html).toContain(`<link rel="canonical" href="${target}">`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    }
  });

  it('every picture in the manifest decodes in the browser at its stated size', { timeout: 60_000 }, async () => {
    const manifest = JSON.parse(read('snapshots/manifest.json')) as {
      files: {
        file: string;
        page: string;
        width: number;
        height: number;
        scale: number;
        format: 'png' | 'svg';
        alt: string;
      }[];
    };
    const of = (page: string) => manifest.files.filter((f) => f.page === page);
    // every indicator's chart in three languages, two sizes, two formats
    expect(of('indicator')).toHaveLength(dataset.indicators.length * 3 * 2 * 2);
    // a social card for each scenario page, and for the overview and the sources page, in each language
    const scenarioPages = readdirSync(join(DIST, 'view')).filter((f) => f.includes('.scenario.')).length;
    expect(scenarioPages).toBeGreaterThan(0);
    expect(of('scenario')).toHaveLength(scenarioPages * 2);
    expect(of('overview')).toHaveLength(3 * 2);
    expect(of('sources')).toHaveLength(3 * 2);
    expect(of('changes')).toHaveLength(3 * 2);
    expect(manifest.files).toHaveLength(of('indicator').length + scenarioPages * 2 + 18);
    const page = await h.browser.newPage();
    await page.goto(h.server.base);
    const sizes = await page.evaluate(
      async (list) =>
        Promise.all(
          list.map(async (f) => {
            const img = new Image();
            img.src = f.file;
            await img.decode();
            return [img.naturalWidth, img.naturalHeight];
          }),
        ),
      manifest.files.map((f) => ({ file: new URL(f.file, h.server.base).href })),
    );
    manifest.files.forEach((f, i) => {
      const expected = f.format === 'png' ? [f.width * f.scale, f.height * f.scale] : [f.width, f.height];
      expect(sizes[i], f.file).toEqual(expected);
      expect(f.alt).toMatch(/\d/);
    });
  });
});

// The schema.org properties the markup relies on, with the types schema.org gives them.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1);
const thing = (type: string) => z.object({ '@type': z.literal(type), name: text });
const claimReview = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: text,
    claimReviewed: text,
    datePublished: isoDate,
    inLanguage: z.enum(['en', 'ru', 'kk']),
    author: thing('Organization').extend({ url: text }),
    itemReviewed: z.object({
      '@type': z.literal('Claim'),
      author: z.union([thing('Person').extend({ jobTitle: text.optional() }), thing('Organization')]),
      datePublished: isoDate,
      inLanguage: z.enum(['ru', 'kk']),
      appearance: z
        .object({ '@type': z.literal('CreativeWork'), url: z.url().optional(), headline: text.optional() })
        .optional(),
    }),
    reviewRating: z
      .object({
        '@type': z.literal('Rating'),
        ratingValue: z.number().int(),
        bestRating: z.literal(3),
        worstRating: z.literal(1),
        alternateName: text,
      })
      .refine((r) => r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating),
    reviewBody: text,
  })
  .strict();
const datasetLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('Dataset'),
    name: text,
    // Google's dataset search wants a description of 50 characters or more
    description: z.string().min(50),
    url: text,
    license: z.url(),
    dateModified: isoDate,
    version: text,
    isAccessibleForFree: z.literal(true),
    inLanguage: z.array(z.enum(['en', 'ru', 'kk'])),
    creator: thing('Organization').extend({ url: text }),
    keywords: z.array(text),
    variableMeasured: z.array(text).min(1),
    temporalCoverage: z.string().regex(/^\d{4}\/\d{4}$/),
    spatialCoverage: thing('Place'),
    distribution: z
      .array(z.object({ '@type': z.literal('DataDownload'), encodingFormat: text, contentUrl: text }))
      .min(2),
  })
  .strict();
const ldBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('machine-readable facts', () => {
  it('each claim check that can be checked is a ClaimReview with its verdict as a rating and its arithmetic', () => {
    const html = read('view/kz-ots-trade.en.html');
    const reviews = ldBlocks(html);
    expect(reviews.length).toBe(2);
    for (const r of reviews) claimReview.parse(r);
    const fell = reviews.find((r) => r.claimReviewed.includes('11,2%'));
    expect(fell.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Kassym-Jomart Tokayev',
      jobTitle: 'President of Kazakhstan',
    });
    expect(fell.reviewRating.alternateName).toBe(en['verdict.holds']);
    expect(fell.reviewRating.ratingValue).toBe(3);
    expect(fell.reviewBody).toMatch(/From \$7\.8B to about \$7B, the arithmetic gives 3\.8%–16\.7%/);
    // every review's anchor is on the page
    for (const r of reviews) expect(html).toContain(`id="${r.url.split('#')[1]}"`);
    for (const ind of dataset.indicators)
      for (const lang of ['en', 'ru', 'kk'])
        for (const r of ldBlocks(read(`view/${ind.id}.${lang}.html`))) claimReview.parse(r);
  });

  it('the sources page describes the dataset and its JSON and CSV downloads', () => {
    for (const lang of ['en', 'ru', 'kk']) {
      const [ld] = ldBlocks(read(`view/sources.${lang}.html`));
      const parsed = datasetLd.parse(ld);
      expect(parsed.dateModified).toBe(dataset.updated);
      expect(parsed.distribution.map((d) => d.encodingFormat)).toEqual(['application/json', 'text/csv']);
    }
  });

  it('datapackage.json lists the JSON and the CSV with fields, types and licence that match the files', () => {
    const pkg = JSON.parse(read('data/datapackage.json'));
    expect(pkg.profile).toBe('data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(readFileSync(join(DIST, 'data', r.path)).length).toBe(r.bytes);
    }
    const csv = pkg.resources.find((r: { path: string }) => r.path === 'dataset.csv');
    const [header, ...rows] = parseCsv(read('data/dataset.csv'));
    expect(csv.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(header).toEqual([...CSV_COLUMNS]);
    const types = csv.schema.fields.map((f: { type: string }) => f.type);
    const ok: Record<string, (v: string) => boolean> = {
      string: () => true,
      number: (v) => Number.isFinite(Number(v)),
      boolean: (v) => v === 'true' || v === 'false',
      date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
    };
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      // a cell is empty or a value of its column's type
      row.forEach((v, i) => expect(v === '' || ok[types[i]]!(v), `${header![i]} = ${v}`).toBe(true));
    }
    const ids = rows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('publishing under a public address', () => {
  const out = join(DIST, '..', 'public-build');
  it(
    'VITE_PUBLIC_URL makes every preview address absolute and prints the permalink in the pictures; a malformed one stops the build with one line',
    { timeout: 180_000 },
    () => {
      const bad = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
        env: { ...process.env, VITE_PUBLIC_URL: 'news.example/graphics/goalpost', GOALPOST_OUT: out },
        encoding: 'utf8',
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr.trim().split('\n')).toEqual([
        'build stopped: VITE_PUBLIC_URL: "news.example/graphics/goalpost" is not an absolute address such as https://news.example/graphics/goalpost/',
      ]);
      rmSync(out, { recursive: true, force: true });
      execFileSync('npx', ['tsx', 'scripts/build.ts'], {
        env: { ...process.env, VITE_PUBLIC_URL: 'https://news.example/graphics/goalpost', GOALPOST_OUT: out },
        stdio: 'pipe',
      });
      const html = readFileSync(join(out, 'view/kz-transit.ru.html'), 'utf8');
      expect(meta(html, 'og:image')).toBe('https://news.example/graphics/goalpost/snapshots/kz-transit.ru.social.png');
      expect(meta(html, 'og:url')).toBe('https://news.example/graphics/goalpost/view/kz-transit.ru.html');
      const oembed = JSON.parse(readFileSync(join(out, 'oembed/kz-transit.ru.json'), 'utf8'));
      expect(oembed.html).toContain('src="https://news.example/graphics/goalpost/embed/kz-transit.ru.html?');
      // the README's embed example is this build's own snippet, character for character
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
      const example = /<!-- prettier-ignore -->\n```html\n([\s\S]*?)\n```/.exec(readme)?.[1];
      const trade = JSON.parse(readFileSync(join(out, 'oembed/kz-ots-trade.ru.json'), 'utf8'));
      expect(example).toBe(trade.html);
      const svg = readFileSync(join(out, 'snapshots/kz-transit.en.column.svg'), 'utf8');
      expect(svg).toMatch(
        /class="export-link">https:\/\/news\.example\/graphics\/goalpost\/view\/kz-transit\.en\.html/,
      );
      // and without it, the test build prints no address at all
      expect(read('snapshots/kz-transit.en.column.svg')).not.toContain('export-link');
      expect(existsSync(join(out, 'data/datapackage.json'))).toBe(true);
      rmSync(out, { recursive: true, force: true });
    },
  );
});
