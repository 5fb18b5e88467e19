import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageErrors } from './chromium';
import { servedApp } from './harness';

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  indicators: { id: string; name: Record<string, string> }[];
};

const h = servedApp(() => {
  const broken = JSON.parse(JSON.stringify(dataset)) as { figures: { id: string; indicator: string }[] };
  broken.figures[0]!.indicator = 'no-such-indicator';
  // inside the app's folder: the only place a ?data= address may point without the publisher's list
  return { '/graphics/goalpost/test-data/broken.json': ['application/json', JSON.stringify(broken)] };
});

describe('the built app in Chromium, served under a sub-path', () => {
  it('shows every indicator from the dataset with real figures', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.server.base);
    await page.getByRole('heading', { level: 2, name: 'Goals and where they stand' }).waitFor();
    // every indicator: a card when it has a goal, else a row of the table of indicators with no goal
    for (const ind of dataset.indicators) {
      const asCard = await page.getByRole('heading', { level: 3, name: ind.name.en, exact: true }).count();
      const asRow = await page.getByRole('rowheader', { name: ind.name.en, exact: true }).count();
      expect(asCard + asRow, ind.name.en).toBe(1);
    }
    // Central Asia's intra-regional trade: 11.5 bn USD in 2024 (primary source 004), goal 20 bn.
    const card = page.getByRole('article', { name: 'Trade within Central Asia' });
    await expect(card.textContent()).resolves.toMatch(/\$11\.5B.*2024/);
    await expect(card.textContent()).resolves.toContain('$20B');
    expect(pageErrors(page)).toEqual([]);
  });

  it('speaks Russian from the URL, with Russian number formats', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?lang=ru`);
    await page.getByRole('heading', { level: 2, name: 'Цели и их выполнение' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    const card = page.getByRole('article', { name: 'Внутрирегиональная торговля Центральной Азии' });
    await expect(card.textContent()).resolves.toContain('11,5\u00a0млрд\u00a0$');
  });

  it('names the broken record and field when a dataset fails its checks, and offers a retry', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?data=test-data/broken.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('no indicator with id "no-such-indicator"');
    await expect(alert.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
  });
});
