import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, SERIOUS, svgTextContrast } from './axe';
import { pageErrors } from './chromium';
import { liveChart, servedApp } from './harness';

/**
 * axe-core on every view, in every language and both themes: no serious or critical violation.
 * One browser and one page for the whole file; the colour scheme is emulated to match the theme.
 */

const h = servedApp();
let page: Page;

beforeAll(async () => {
  page = await h.browser.newPage();
});

interface View {
  name: string;
  query: string;
  /** what shows the view is drawn completely */
  ready: string;
}

const VIEWS: View[] = [
  { name: 'overview', query: '', ready: 'article.card svg.static-chart' },
  {
    name: 'overview grouped by topic, narrowed to a route',
    query: 'group=topic&area=TITR',
    ready: 'section.overview-group article.card svg.static-chart',
  },
  {
    name: 'indicator kz-ots-trade',
    query: 'view=indicator&indicator=kz-ots-trade',
    ready: '.chart .recharts-surface [data-figure]',
  },
  {
    name: 'indicator china-europe-transit (ranges)',
    query: 'view=indicator&indicator=china-europe-transit',
    ready: '.chart .recharts-surface [data-figure]',
  },
  {
    name: 'scenario explorer',
    query: 'view=scenario&indicator=kz-ots-trade&r1=5&n1=Only%205%25',
    ready: '.scenario-page .static-chart [data-figure]',
  },
  { name: 'sources', query: 'view=sources', ready: '.sources-page article' },
  { name: 'embed', query: 'view=indicator&indicator=kz-ots-trade&embed=1', ready: 'svg.static-chart [data-figure]' },
];

/** The view of this name (the list above, by name: its order is free). */
const view = (name: string): View => VIEWS.find((v) => v.name === name)!;

const LANGS = ['en', 'ru', 'kk'] as const;
const THEMES = ['light', 'dark'] as const;

async function open(view: View, lang: string, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  const query = [view.query, `lang=${lang}`, `theme=${theme}`].filter(Boolean).join('&');
  await page.goto(`${h.server.base}?${query}`);
  await page
    .locator(view.ready.includes('recharts-surface') ? '.chart svg' : view.ready)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (e: Error) => {
      const body = await page.evaluate(() => document.body.innerText.slice(0, 300));
      throw new Error(`${view.name} (${query}) never showed ${view.ready}: ${e.message}\npage text: ${body}`);
    });
  // an indicator chart's live view, the one with buttons to check, comes when a pointer reaches it
  if (view.ready.includes('recharts-surface')) await liveChart(page);
  // the theme is applied in an effect; wait until the document carries it
  await page.waitForFunction((th) => document.documentElement.dataset.theme === th, theme);
}

describe.each(THEMES)('axe in the %s theme', (theme) => {
  describe.each(LANGS)('in %s', (lang) => {
    it.each(VIEWS)('$name has no serious or critical violation', async (view) => {
      await open(view, lang, theme);
      await expectAccessible(`${view.name} · ${lang} · ${theme}`);
    });
  });
});

/** axe's serious and critical violations, plus the contrast of SVG text (which axe cannot judge). */
async function expectAccessible(label: string): Promise<void> {
  const violations = await runAxe(page);
  const serious = violations.filter((v) => SERIOUS.has(v.impact ?? ''));
  if (serious.length > 0) console.error(formatViolations(label, serious));
  expect(
    serious.map((v) => `${v.id} (${v.count})`),
    formatViolations(label, serious),
  ).toEqual([]);
  const svgText = await svgTextContrast(page);
  expect(svgText.failures, `[${label}] SVG text below the contrast it needs`).toEqual([]);
  // every view but the sources draws a chart with tick labels: the check did measure something
  if (!label.startsWith('sources')) expect(svgText.checked, `[${label}] SVG texts measured`).toBeGreaterThan(0);
  // the page is shared by every test: take its errors so far, so one failure does not fail the rest
  expect(pageErrors(page).splice(0), `[${label}] page errors`).toEqual([]);
}

// The one indicator whose goal moved (three goals stated): the goal history's "moved" note and the
// goal labels on the chart.
describe.each(THEMES)('a moved goalpost in the %s theme', (theme) => {
  it('ca-intra-trade has no serious or critical violation', async () => {
    const view = {
      name: 'indicator ca-intra-trade',
      query: 'view=indicator&indicator=ca-intra-trade',
      ready: '.chart .recharts-surface [data-figure]',
    };
    await open(view, 'en', theme);
    expect(await page.locator('.moved').count()).toBe(1);
    await expectAccessible(`${view.name} · en · ${theme}`);
  });
});

/** The accessible name of an element from aria-labelledby, aria-label or title (enough for these charts). */
const accessibleNames = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const by = el.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      return (el.getAttribute('aria-label') ?? el.querySelector(':scope > title')?.textContent ?? '').trim();
    }),
  );

describe('charts expose their data to screen readers', () => {
  it('overview: every card chart has a name, and the card states its figures in text', async () => {
    await open(VIEWS[0]!, 'en', 'light');
    const charts = page.locator('article.card svg.static-chart');
    const names = await accessibleNames(page, 'article.card svg.static-chart');
    expect(names.length).toBeGreaterThan(0);
    expect(await charts.first().getAttribute('role')).toBe('img');
    for (const n of names) expect(n).toMatch(/\S{3}/);
    const cards = await page.locator('article.card').evaluateAll((els) =>
      els.map((el) => ({
        heading: el.querySelector('h3')?.textContent ?? '',
        facts: el.querySelector('.card-facts')?.textContent ?? '',
        chartName: el.querySelector('svg.static-chart')?.getAttribute('aria-label') ?? '',
      })),
    );
    // the chart's name says which indicator it draws (a card with one figure has no chart), and the
    // latest figure is written out as a number
    for (const card of cards.filter((c) => c.chartName)) expect(card.chartName).toContain(card.heading);
    for (const card of cards) expect(card.facts).toMatch(/\d/);
  });

  it('indicator page: the chart has a name, every point is named, and the figures are in a captioned table', async () => {
    await open(view('indicator kz-ots-trade'), 'en', 'light');
    const [groupName] = await accessibleNames(page, '.chart[role="group"]');
    expect(groupName).toContain("Kazakhstan's trade with the Turkic states");
    const pointNames = await accessibleNames(page, '.chart [data-figure][role="button"]');
    expect(pointNames.length).toBeGreaterThan(3);
    for (const n of pointNames) expect(n).toMatch(/\d/);
    const table = page.getByRole('table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('caption').textContent()).toMatch(/\S/);
    // every point on the chart has its row in the table
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(pointNames.length);
    expect(await table.locator('tbody').textContent()).toContain('12.9');
  });

  it('scenario explorer and embed: the chart has a name and the results are in text', async () => {
    await open(view('scenario explorer'), 'en', 'light');
    const [scenarioName] = await accessibleNames(page, '.scenario-page svg.static-chart');
    expect(scenarioName).toContain("Kazakhstan's trade with the Turkic states: scenarios");
    expect(await page.getByRole('region', { name: 'What it takes' }).textContent()).toMatch(/Only 5%.*\d{4}/);
    await open(view('embed'), 'en', 'light');
    const [embedName] = await accessibleNames(page, 'svg.static-chart');
    expect(embedName).toContain("Kazakhstan's trade with the Turkic states");
    expect(await page.locator('.embed-source').first().textContent()).toMatch(/\S/);
  });
});
