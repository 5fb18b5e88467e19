import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReleaseIndex } from '../../scripts/data/releases';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { verdictHistory } from '../../src/domain/verdict-history';
import { en } from '../fixtures/words';
import { pageErrors } from './chromium';
import { servedApp } from './harness';
import { DIST, serveDist } from './static-server';

const h = servedApp();
const repo = new URL('../..', import.meta.url).pathname;
const load = (text: string): Dataset => {
  const p = parseDatasetText(text);
  if (!p.ok) throw new Error('does not load');
  return p.dataset;
};
const dataset = load(readFileSync(join(repo, 'data/dataset.json'), 'utf8'));
const status = (s: string) => en[`status.${s}` as keyof typeof en];

describe('the feed of changes', () => {
  it('is Atom that parses in the browser, with every element RFC 4287 requires, and links that resolve', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.server.base);
    for (const lang of ['en', 'ru', 'kk']) {
      const xml = readFileSync(join(DIST, `feed.${lang}.xml`), 'utf8');
      const got = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const NS = 'http://www.w3.org/2005/Atom';
        const kids = (el: Element, name: string) =>
          [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
        const feed = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: `${feed.namespaceURI} ${feed.localName}`,
          feed: ['id', 'title', 'updated', 'author'].map((n) => kids(feed, n).length),
          self:
            kids(feed, 'link')
              .find((l) => l.getAttribute('rel') === 'self')
              ?.getAttribute('href') ?? null,
          entries: kids(feed, 'entry').map((e) => ({
            id: kids(e, 'id')[0]?.textContent ?? '',
            counts: ['id', 'title', 'updated'].map((n) => kids(e, n).length),
            title: kids(e, 'title')[0]?.textContent ?? '',
            updated: kids(e, 'updated')[0]?.textContent ?? '',
            link: kids(e, 'link')
              .find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')
              ?.getAttribute('href'),
            summary: kids(e, 'summary').length + kids(e, 'content').length,
          })),
        };
      }, xml);
      expect(got.error, lang).toBe(0);
      expect(got.root).toBe('http://www.w3.org/2005/Atom feed');
      // atom:feed: exactly one id, title and updated; an author (its entries have none of their own)
      expect(got.feed).toEqual([1, 1, 1, 1]);
      expect(got.self).toBe(`feed.${lang}.xml`);
      expect(got.entries.length).toBeGreaterThan(10);
      expect(new Set(got.entries.map((e) => e.id)).size).toBe(got.entries.length);
      for (const e of got.entries) {
        expect(e.counts, e.id).toEqual([1, 1, 1]);
        expect(e.id).toMatch(/^tag:goalpost,\d{4}-\d{2}-\d{2}:/);
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(e.summary, e.id).toBe(1);
        // a link to its page, relative to the feed (the app's folder): a file of the build
        const file = e.link!.split('#')[0]!;
        expect(() => readFileSync(join(DIST, file)), `${e.id} → ${e.link}`).not.toThrow();
      }
      const ids = got.entries.map((e) => e.id);
      expect(ids).toContain('tag:goalpost,2026-12-01:release/2');
      expect(ids).toContain('tag:goalpost,2026-12-01:release/2/corrected/titr-cargo-2023');
      expect(ids).toContain('tag:goalpost,2026-11-22:release/1/goal/kz-ots-trade-goal-2023');
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('verdicts as they stood', () => {
  it(
    'every indicator, on each day its verdict or goal changed, shows that verdict in Chromium; the day before, it had not been spoken of or showed the one before',
    { timeout: 180_000 },
    async () => {
      const page = await h.browser.newPage();
      let checked = 0;
      for (const ind of dataset.indicators) {
        const events = verdictHistory(dataset, ind.id);
        expect(events.length, ind.id).toBeGreaterThan(0);
        for (const [i, e] of events.entries()) {
          await page.goto(`${h.server.base}view/${ind.id}.en.html?asof=${e.date}`);
          const verdict = page.locator('#root .status-panel .verdict-words');
          await verdict.waitFor();
          expect(await verdict.textContent(), `${ind.id} as of ${e.date}`).toBe(status(e.status));
          expect(await page.getByRole('note', { name: 'Past view' }).count(), e.date).toBe(
            e.date === dataset.updated ? 0 : 1,
          );
          // the page's own history, as it stood, ends with this event
          const items = await page
            .locator('#root .verdict-history li time')
            .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
          expect(items, `${ind.id} as of ${e.date}`).toEqual(events.slice(0, i + 1).map((x) => x.date));
          checked++;
        }
        // the day before its first statement, nothing had been said about it
        const first = events[0]!.date;
        const before = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        await page.goto(`${h.server.base}view/${ind.id}.en.html?asof=${before}`);
        await page.locator('#root h2').first().waitFor();
        expect(await page.locator('#root').textContent(), `${ind.id} before ${first}`).toMatch(
          /nothing had yet been said about|Nothing in the record had been said by/,
        );
      }
      expect(checked).toBeGreaterThan(15);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
  );

  it('the live page lists the whole history, and the what-changed page is a page of its own, with no script', async () => {
    const page = await h.browser.newPage();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${h.server.base}view/kz-transit.en.html`);
    const items = await page.locator('#prerender .verdict-history li').allTextContents();
    expect(items.map((t) => t.slice(0, 60))).toEqual([
      expect.stringMatching(/^September 28, 2023 · Yerkin Tukumov: states a goal of 5 days/),
      expect.stringMatching(/^January 1, 2024 · the deadline \(Dec 2023\) passed/),
    ]);
    await page.goto(`${h.server.base}view/changes.kk.html`);
    expect(await page.locator('#prerender h2').first().textContent()).toBe('Не өзгерді');
    expect(await page.locator('#prerender').textContent()).toContain('Түзету ережелері');
    await page.close();
  });
});

describe('a correction, published and built, as a curator makes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-curator-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'shows on the figure, on the changes page and in the feed; the previous release keeps the old value under its pinned link',
    { timeout: 240_000 },
    async () => {
      cpSync(join(repo, 'data'), join(dir, 'data'), { recursive: true });
      const path = join(dir, 'data/dataset.json');
      const ds = load(readFileSync(path, 'utf8'));
      const f = ds.figures.find((x) => x.id === 'kz-ots-trade-2025-baq')!;
      f.value = 12.1;
      f.correction = {
        note: {
          en: 'BAQ.KZ corrected its report: 12.1 bn USD.',
          ru: 'BAQ.KZ исправил сообщение: 12,1 млрд долларов.',
          kk: 'BAQ.KZ хабарламасын түзетті: 12,1 млрд доллар.',
        },
      };
      writeFileSync(path, JSON.stringify(ds, null, 2));
      const env = { ...process.env, GOALPOST_DATA_ROOT: dir };
      // the release this makes: the one after the repository's last
      const next = readReleaseIndex(dir).releases.length + 1;
      execFileSync('npx', ['tsx', 'scripts/data-release.ts', '--date', '2026-12-07'], {
        cwd: repo,
        env,
        stdio: 'pipe',
      });
      execFileSync('npx', ['tsx', 'scripts/build.ts'], {
        cwd: repo,
        env: { ...env, GOALPOST_OUT: join(dir, 'out') },
        stdio: 'pipe',
      });
      const server = await serveDist({}, join(dir, 'out'));
      try {
        const page = await h.browser.newPage();
        await page.goto(`${server.base}view/kz-ots-trade.en.html`);
        const table = page.locator('#prerender table');
        expect(await table.textContent()).toContain('over $12.1B · corrected December 7, 2026');
        await page.goto(`${server.base}view/changes.en.html`);
        expect(await page.locator('#prerender section.release').first().textContent()).toMatch(
          new RegExp(`Release ${next}, December 7, 2026[\\s\\S]*Corrections`, 'i'),
        );
        expect(await page.locator('#prerender section.release').first().textContent()).toMatch(
          /Corrections[\s\S]*was over \$11\.9B \(2025\), now over \$12\.1B \(2025\)[\s\S]*BAQ\.KZ corrected its report/i,
        );
        const feed = readFileSync(join(dir, 'out/feed.en.xml'), 'utf8');
        expect(feed).toContain(`<id>tag:goalpost,2026-12-07:release/${next}/corrected/kz-ots-trade-2025-baq</id>`);
        // the previous release, pinned, still shows what it published
        await page.goto(`${server.base}view/kz-ots-trade.en.html?release=2`);
        await page.getByRole('note').waitFor();
        const pinned = page.locator('#root table');
        await pinned.waitFor();
        expect(await pinned.textContent()).toContain('over $11.9B');
        expect(await pinned.textContent()).not.toContain('12.1');
        expect(await page.getByRole('note').textContent()).toContain(
          `A newer release exists: release ${next} of December 7, 2026.`,
        );
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      } finally {
        await server.close();
      }
    },
  );
});
