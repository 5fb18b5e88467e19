import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReleaseIndex } from '../../scripts/data/releases';
import type { Dataset } from '../../src/domain/dataset-schema';
import { indicatorView } from '../../src/domain/indicator-view';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { en } from '../fixtures/words';
import { runAxe } from './axe';
import { launch, pageErrors, type Browser } from './chromium';
import { serveDist } from './static-server';

/**
 * The curator's desk, walked as a curator does, on the dev server (`npm start`'s) over a copy of
 * data/: paste an article, read it, accept and edit with the keyboard, fill the translations,
 * preview, save; a refused save leaves the file as it was; then release and build the copy, and the
 * new figure is on its indicator's page.
 */

const repo = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'goalpost-desk-'));
const datasetPath = join(dir, 'data/dataset.json');
const article = readFileSync(join(repo, 'tests/fixtures/curate/desk-article.ru.txt'), 'utf8');
const load = (text: string): Dataset => {
  const p = parseDatasetText(text);
  if (!p.ok) throw new Error(`does not load: ${JSON.stringify(p.problems.slice(0, 3))}`);
  return p.dataset;
};
const status = (s: string) => en[`status.${s}` as keyof typeof en];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let server: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  cpSync(join(repo, 'data'), join(dir, 'data'), { recursive: true });
  const port = await freePort();
  server = spawn(
    process.execPath,
    [join(repo, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: repo, env: { ...process.env, GOALPOST_DATA_ROOT: dir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exited: number | null | undefined;
  server.once('exit', (code) => (exited = code));
  // ready when the desk's own route answers (the log's colours vary with the terminal)
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the dev server exited (${exited}):\n${log}`);
    if (Date.now() > deadline) throw new Error(`the dev server did not start:\n${log}`);
    const ok = await fetch(`http://127.0.0.1:${port}/__desk/state`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  base = `http://127.0.0.1:${port}/`;
  browser = await launch();
  // the first visit has Vite optimize the desk's dependencies (and maybe reload): a page of its own
  const warm = await browser.newPage();
  await warm.goto(`${base}desk.html`);
  await warm.getByRole('heading', { name: '1. The article' }).waitFor({ timeout: 90_000 });
  await warm.waitForLoadState('networkidle');
  await warm.close();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const field = (page: Page, figure: number, label: string) =>
  page.getByRole('article', { name: new RegExp(`^Figure ${figure}:`) }).getByLabel(label, { exact: true });

describe('the curator’s desk', () => {
  it(
    'reads a pasted article into figures, takes them keyboard first, previews the verdict, refuses a bad save and saves a good one',
    { timeout: 240_000 },
    async () => {
      const before = readFileSync(datasetPath, 'utf8');
      const working = load(before);
      const page = await browser.newPage();
      await page.goto(`${base}desk.html`);
      await page.getByRole('heading', { name: '1. The article' }).waitFor();
      expect(await page.locator('.desk-header').textContent()).toContain(`${working.figures.length} figures`);

      // the article and its source; a speaker already in the dataset brings its other spellings
      await page.getByLabel('Language of the article').selectOption('ru');
      await page.getByLabel(/^Article text/).fill(article);
      await page.getByLabel('Outlet').fill('Test Wire');
      await page.getByLabel('Event date').fill('2026-03-10');
      const event = page.getByRole('group', { name: 'Event' });
      await event.getByLabel('English').fill('Briefing of the Minister of Transport');
      await event.getByLabel('Russian').fill('Брифинг министра транспорта');
      await event.getByLabel('Kazakh').fill('Көлік министрінің брифингі');
      const speaker = page.getByRole('group', { name: 'Speaker', exact: true });
      await speaker.getByLabel('English').fill('Kassym-Jomart Tokayev');
      expect(await speaker.getByLabel('Russian').inputValue()).toBe('Касым-Жомарт Токаев');
      expect(await speaker.getByLabel('Kazakh').inputValue()).toBe('Қасым-Жомарт Тоқаев');
      await page.getByRole('button', { name: 'Read the article' }).click();

      // every figure of the speech is a candidate, and no page furniture (views, the date, "15%")
      const list = page.getByRole('list', { name: 'Candidates' });
      const items = list.getByRole('listitem');
      await items.first().waitFor();
      expect(await items.count()).toBe(2);
      expect(await items.nth(0).getAttribute('aria-label')).toBe('actual, 64000 TEU, 2025 (year): not decided');
      expect(await items.nth(1).getAttribute('aria-label')).toBe('goal, 100000 TEU, by 2028: not decided');
      const marks = await page.locator('.desk-article mark').allTextContents();
      expect(marks).toEqual(['64 тысячи', '100 тысяч']);
      expect(await page.getByLabel('Source id').inputValue()).toBe('s-test-wire-2026-03-10');
      expect(await page.getByLabel('File name').inputValue()).toBe('2026-03-10-test-wire.txt');

      // keyboard first: A accepts and moves on, U takes it back, E opens the form
      await items.nth(0).focus();
      await page.keyboard.press('a');
      await expect.poll(() => items.nth(0).getAttribute('aria-label')).toMatch(/: accepted$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
      await page.keyboard.press('r');
      await expect.poll(() => items.nth(1).getAttribute('aria-label')).toMatch(/: rejected$/);
      await page.keyboard.press('u');
      await expect.poll(() => items.nth(1).getAttribute('aria-label')).toMatch(/: not decided$/);
      await page.keyboard.press('e');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('id');
      expect(await page.getByRole('article', { name: /^Figure \d:/ }).count()).toBe(2);

      // the forms hold the reading; what is missing is said
      expect(await field(page, 1, 'Value').inputValue()).toBe('64000');
      expect(await field(page, 1, 'Period').inputValue()).toBe('2025');
      expect(await field(page, 2, 'Deadline').inputValue()).toBe('2028');
      expect(await field(page, 2, 'Figure id').inputValue()).toBe('titr-containers-goal-2028');
      expect(await page.locator('[data-figure] .desk-missing').allTextContents()).toEqual([
        'Missing: translation (English), translation (Kazakh)',
        'Missing: translation (English), translation (Kazakh)',
      ]);

      // the preview: the goal drawn in, the verdict before and after, by the site's own code
      const preview = page.getByRole('region', { name: 'Preview: Containers on the Middle Corridor' });
      await preview.waitFor();
      const wasStatus = indicatorView(working, 'titr-containers')!.assessment.status;
      expect(await preview.locator('.desk-verdict-change').textContent()).toMatch(
        new RegExp(`^\\S* ?${status(wasStatus)} → `),
      );
      expect(await preview.locator('svg.static-chart').count()).toBe(1);

      // the desk, with its forms open, passes axe (a tool for the team is still used by keyboard and reader)
      expect(await runAxe(page)).toEqual([]);

      // a save with something missing goes nowhere: the file is as it was, the focus on the field
      await page.getByRole('button', { name: 'Save to data/dataset.json' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
        .toBe('translation.en');
      expect(readFileSync(datasetPath, 'utf8')).toBe(before);

      // the translations; an edit of the reading (the id)
      const translate = async (n: number, en: string, kk: string) => {
        const group = page
          .getByRole('article', { name: new RegExp(`^Figure ${n}:`) })
          .getByRole('group', { name: 'The quote in the other languages' });
        await group.getByLabel('English').fill(en);
        await group.getByLabel('Kazakh').fill(kk);
      };
      await translate(
        1,
        'Last year, 64 thousand TEU were carried along the Middle Corridor, the Minister of Transport told a briefing',
        'Өткен жылы Орта дәлізбен 64 мың TEU тасымалданды, деді көлік министрі брифингте',
      );
      await translate(
        2,
        'We have set the task of bringing container traffic on the Middle Corridor to 100 thousand TEU by 2028',
        'Біз Орта дәліз бойынша контейнер тасымалын 2028 жылға қарай 100 мың TEU-ге жеткізуді міндет етіп қойдық',
      );
      await field(page, 1, 'Figure id').fill('titr-containers-2025-test-wire');
      expect(await page.locator('[data-figure] .desk-missing').count()).toBe(0);

      // a save the server refuses (the file name is a shared source's): nothing changes on disk, the
      // reason is next to the field, and the draft survives a reload
      const mtime = statSync(datasetPath).mtimeMs;
      await page.getByLabel('File name').fill('000_47275f1646ad4bae.txt');
      await page.getByRole('button', { name: 'Save to data/dataset.json' }).click();
      const fileField = page.locator('.desk-field:has([data-field="document"])');
      await expect
        .poll(() => fileField.locator('.desk-problem').textContent())
        .toContain('another text is already called 000_47275f1646ad4bae.txt');
      expect(readFileSync(datasetPath, 'utf8')).toBe(before);
      expect(statSync(datasetPath).mtimeMs).toBe(mtime);
      expect(existsSync(join(dir, 'data/articles'))).toBe(false);
      await page.reload();
      await page.getByRole('heading', { name: '4. Figures to add' }).waitFor();
      expect(await field(page, 1, 'Figure id').inputValue()).toBe('titr-containers-2025-test-wire');
      expect(await page.getByLabel('File name').inputValue()).toBe('000_47275f1646ad4bae.txt');

      // the good save
      await page.getByLabel('File name').fill('2026-03-10-test-wire.txt');
      await page.getByRole('button', { name: 'Save to data/dataset.json' }).click();
      const saved = page.getByRole('status').filter({ hasText: 'Saved.' });
      await saved.waitFor();
      expect(await saved.textContent()).toContain(
        `data:check: ${working.figures.length + 2} figures, ${working.indicators.length} indicators, ${working.sources.length + 1} sources — OK`,
      );
      const after = load(readFileSync(datasetPath, 'utf8'));
      const added = after.figures.filter((f) => f.source === 's-test-wire-2026-03-10');
      expect(added.map((f) => [f.id, f.kind, f.value, f.period, f.deadline ?? null])).toEqual([
        ['titr-containers-2025-test-wire', 'actual', 64000, '2025', null],
        ['titr-containers-goal-2028', 'goal', 100000, null, '2028'],
      ]);
      expect(readFileSync(join(dir, 'data/articles/2026-03-10-test-wire.txt'), 'utf8')).toBe(article);
      // the desk's verdict "after" is the one the saved dataset gives
      const nowStatus = indicatorView(after, 'titr-containers')!.assessment.status;
      expect(nowStatus).not.toBe(wasStatus);
      // the rest of the file is as it was: the desk appends, it does not reformat
      expect(readFileSync(datasetPath, 'utf8').startsWith(before.slice(0, before.indexOf('"updated"')))).toBe(true);
      // the saved working copy passes data:check as the CLI runs it
      execFileSync('npx', ['tsx', 'scripts/data-check.ts'], {
        cwd: repo,
        env: { ...process.env, GOALPOST_DATA_ROOT: dir },
        stdio: 'pipe',
      });
      // the draft is cleared once it is in the dataset
      await page.reload();
      await page.getByRole('heading', { name: '1. The article' }).waitFor();
      expect(await page.getByLabel(/^Article text/).inputValue()).toBe('');
      expect(pageErrors(page)).toEqual([]);
      await page.close();

      // released and built, the new figures are on their indicator's page
      const env = { ...process.env, GOALPOST_DATA_ROOT: dir };
      const next = readReleaseIndex(dir).releases.length + 1;
      execFileSync('npx', ['tsx', 'scripts/data-release.ts', '--date', '2026-12-08'], {
        cwd: repo,
        env,
        stdio: 'pipe',
      });
      execFileSync('npx', ['tsx', 'scripts/build.ts'], {
        cwd: repo,
        env: { ...env, GOALPOST_OUT: join(dir, 'out') },
        stdio: 'pipe',
      });
      // the desk is the dev server's alone: the published build has no page, route or code of it
      expect(existsSync(join(dir, 'out/desk.html'))).toBe(false);
      for (const file of readdirSync(join(dir, 'out/assets')).filter((f) => f.endsWith('.js')))
        expect(readFileSync(join(dir, 'out/assets', file), 'utf8'), file).not.toMatch(/__desk|curator’s desk/);
      const site = await serveDist({}, join(dir, 'out'));
      try {
        const view = await browser.newPage();
        await view.goto(`${site.base}view/titr-containers.en.html`);
        const text = await view.locator('#prerender').textContent();
        expect(text).toContain(status(nowStatus));
        expect(text).toContain('Test Wire');
        await view.goto(`${site.base}view/changes.en.html`);
        expect(await view.locator('#prerender section.release').first().textContent()).toMatch(
          new RegExp(`Release ${next}, December 8, 2026[\\s\\S]*Added`, 'i'),
        );
        await view.close();
      } finally {
        await site.close();
      }
    },
  );
});
