import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileDataset } from '../fixtures/hostile-dataset';
import { pageErrors } from './chromium';
import { liveChart, servedApp } from './harness';

const h = servedApp(() => ({
  '/graphics/goalpost/test-data/hostile.json': ['application/json', hostileDataset()],
}));

/** Fails the test on any dialog; records every request the page makes. */
function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  return requests;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe('the data a reader sees is the data the publisher published', () => {
  it.each([
    ['the app', ''],
    ['a prerendered embed', 'embed/ca-intra-trade.en.html'],
  ])('%s never requests a dataset from another origin, and says so', async (_name, path) => {
    const page = await h.browser.newPage();
    const requests = watch(page);
    // a real copy of the dataset, served, but from another origin (localhost is not 127.0.0.1)
    const foreign = `${h.server.base.replace('127.0.0.1', 'localhost')}data/dataset.json`;
    const embed = path ? '&embed=1' : '';
    await page.goto(
      `${h.server.base}${path}?view=indicator&indicator=ca-intra-trade&lang=en${embed}&data=${encodeURIComponent(foreign)}`,
    );
    await page.getByText(/not a dataset this site publishes, so it was not loaded/).waitFor();
    expect(await page.getByText('Not the published dataset').count()).toBe(0);
    expect(requests.filter((u) => u.startsWith('http://localhost'))).toEqual([]);
    const datasets = requests.filter((u) => new URL(u).pathname.endsWith('.json'));
    // the published data instead: the page's own part of it, and nothing else
    expect(datasets).toEqual([`${h.server.base}data/indicators/ca-intra-trade.json`]);
    expect(pageErrors(page)).toEqual([]);
  });

  it(
    'draws hostile dataset text as text on every view, runs none of it, and says it is not the published data',
    { timeout: 90_000 },
    async () => {
      const page = await h.browser.newPage();
      watch(page);
      for (const view of [
        '',
        'view=indicator&indicator=ca-intra-trade&',
        'view=sources&',
        'view=scenario&indicator=ca-intra-trade&',
      ]) {
        await page.goto(`${h.server.base}?${view}data=test-data/hostile.json`);
        await page.getByRole('note').getByText('Not the published dataset:').waitFor();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        expect(await page.locator('main img[src="x"], main script, main iframe, main foreignObject').count()).toBe(0);
        expect(await pwned(page)).toBeNull();
      }
      // the indicator page shows the markup as the characters it is
      await page.goto(`${h.server.base}?view=indicator&indicator=ca-intra-trade&data=test-data/hostile.json`);
      await page.getByRole('heading', { level: 2, name: /<img src=x onerror=/ }).waitFor();
      await liveChart(page);
      await page.getByRole('table').getByText('javascript:window.__pwned=3', { exact: false }).first().waitFor();
      expect(await pwned(page)).toBeNull();
      expect(pageErrors(page)).toEqual([]);
    },
  );

  it(
    'exports a picture of a hostile dataset that runs nothing on its own and names the dataset',
    { timeout: 60_000 },
    async () => {
      const page = await h.browser.newPage();
      watch(page);
      await page.goto(`${h.server.base}?view=indicator&indicator=ca-intra-trade&data=test-data/hostile.json`);
      await liveChart(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const svg = readFileSync((await file.path())!, 'utf8');
      // opened on its own, as a document: nothing runs
      const viewer = await h.browser.newPage();
      watch(viewer);
      await viewer.route('**/picture.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
      await viewer.goto(`${h.server.origin}/picture.svg`);
      const shape = await viewer.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        foreign: document.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'foreignObject').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ),
        text: document.documentElement.textContent ?? '',
      }));
      expect(shape).toMatchObject({ scripts: 0, foreign: 0, handlers: [] });
      expect(shape.text).toContain('Not the published dataset: test-data/hostile.json');
      expect(shape.text).toContain('<img src=x onerror="window.__pwned=1">Trade');
      expect(await pwned(viewer)).toBeNull();
      expect(pageErrors(viewer)).toEqual([]);
    },
  );
});
