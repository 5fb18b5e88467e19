import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, SERIOUS } from './axe';
import { pageErrors } from './chromium';
import { servedApp, wakeApp } from './harness';

/**
 * The main journeys with the keyboard only: Tab, Shift+Tab, Enter, Space, the arrow keys and typing.
 * No clicks, no `focus()`, no `fill()`.
 */

const h = servedApp();
const indicatorCount = (
  JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as { indicators: unknown[] }
).indicators.length;

interface Focused {
  tag: string;
  id: string;
  text: string;
  name: string;
  href: string;
  role: string;
  type: string;
  figure: string;
  hreflang: string;
  cls: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const a = (n: string) => el?.getAttribute(n) ?? '';
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      name: a('aria-label'),
      href: a('href'),
      role: a('role'),
      type: a('type'),
      figure: a('data-figure'),
      hreflang: a('hreflang'),
      cls: typeof el?.className === 'string' ? el.className : (el?.getAttribute('class') ?? ''),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  what: string,
  match: (f: Focused) => boolean,
  { max = 60, back = false }: { max?: number; back?: boolean } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
    seen.push(`${f.tag}${f.id ? '#' + f.id : ''}${f.figure ? `[${f.figure}]` : ''} "${f.name || f.text.slice(0, 30)}"`);
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; went through:\n  ${seen.join('\n  ')}`);
}

/**
 * The focused element shows that it has focus: an outline or a box-shadow, or (for the chart's SVG
 * points, which cannot take an outline in every browser) a stroke round the point's hit area.
 */
async function expectFocusVisible(page: Page): Promise<void> {
  const look = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, why: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    const hit = el.querySelector('.hit');
    const ring = hit ? getComputedStyle(hit) : null;
    const svgRing = !!ring && ring.stroke !== 'none' && parseFloat(ring.strokeWidth) > 0;
    return {
      ok: outline || shadow || svgRing,
      why: `${el.tagName} outline=${s.outlineStyle} ${s.outlineWidth} box-shadow=${s.boxShadow} ring=${ring?.stroke ?? '-'}`,
    };
  });
  expect(look.ok, `focus is not visible: ${look.why}`).toBe(true);
}

/** The address bar: the page's path and its query. */
const search = (page: Page) => `${new URL(page.url()).pathname}${new URL(page.url()).search}`;

describe('keyboard only', () => {
  it('overview → skip link → a card → the indicator page: points, their quotes, and the series toggles', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?lang=en&theme=light`);
    // the live app has replaced the prerendered overview
    await wakeApp(page);
    await page.locator('#root article.card').first().waitFor();

    // 1. The first Tab lands on the skip link, which becomes visible.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.cls).toContain('skip-link');
    expect(skip.text).toBe('Skip to content');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await expectFocusVisible(page);
    // Enter moves focus to the main region.
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    // 2. From main, Tab goes through the cards' links (ordered by verdict: the Met card first) to the
    // Turkic-states card; Enter opens its page.
    const card = await tabTo(
      page,
      "the Turkic-states card's link",
      (f) => f.tag === 'a' && f.href.includes('view/kz-ots-trade.en.html'),
      { max: 24 },
    );
    expect(card.text).toBe("Kazakhstan's trade with the Turkic states");
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: "Kazakhstan's trade with the Turkic states" }).waitFor();
    await expect.poll(() => search(page)).toContain('/view/kz-ots-trade.en.html');
    // the card's link has gone with the overview: focus starts again at the main region, not the body
    await expect.poll(async () => (await focused(page)).id).toBe('main');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('← Overview');

    // 3. Tab reaches the chart (no pointer has been near it: it is still the plain SVG), which loads
    // its live view and hands focus to its first point; focusing a point shows its quote beside the chart.
    const panel = page.locator('aside.provenance');
    // before any point is chosen, the panel shows the latest figure's source, not an instruction
    expect(await panel.locator('h3').textContent()).toContain('$12.9B');
    expect(await page.locator('.chart .recharts-surface').count()).toBe(0);
    await tabTo(page, 'the chart', (f) => f.figure !== '' || f.cls.split(' ').includes('chart'));
    await expect.poll(async () => (await focused(page)).figure, { timeout: 10_000 }).not.toBe('');
    const point = await focused(page);
    expect(point.role).toBe('button');
    expect(point.name).toMatch(/\d/);
    // the panel follows the keyboard, not a pointer: it names the focused point's own value
    const value = point.name.split(',')[0]!;
    expect(value).not.toBe('$12.9B');
    await expect.poll(() => panel.locator('h3').textContent()).toContain(value);
    await expect
      .poll(() => page.locator(`.chart [data-figure="${point.figure}"]`).getAttribute('aria-pressed'))
      .toBe('true');
    await expectFocusVisible(page);
    const quote = await panel.locator('blockquote').textContent();
    expect(quote?.length).toBeGreaterThan(10);
    expect(await panel.locator('h3').textContent()).toMatch(/\d/);
    // the next point shows its own source
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next.figure).not.toBe('');
    expect(next.figure).not.toBe(point.figure);
    await expect.poll(() => panel.locator('blockquote').textContent()).not.toBe(quote);
    await expectFocusVisible(page);
    // the point keeps focus while the panel changes (the chart is not redrawn under it)
    expect((await focused(page)).figure).toBe(next.figure);
    await expect
      .poll(() => page.locator(`.chart [data-figure="${point.figure}"]`).getAttribute('aria-pressed'))
      .toBe('false');

    // With a quote showing, the page is still free of serious violations.
    const violations = (await runAxe(page)).filter((v) => SERIOUS.has(v.impact ?? ''));
    expect(violations, formatViolations('indicator page with a point selected', violations)).toEqual([]);

    // 4. The series checkboxes toggle with Space and change the URL.
    const context = await tabTo(page, 'the "Context sources" checkbox', (f) => f.type === 'checkbox');
    expect(context.tag).toBe('input');
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).toContain('hide=context');
    expect(await page.getByRole('checkbox', { name: 'Context sources' }).isChecked()).toBe(false);
    // focus stays on the checkbox, so Space again brings the series back
    expect((await focused(page)).type).toBe('checkbox');
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).not.toContain('hide=');
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('checkbox');
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).toContain('hide=goals');
    expect(await page.getByRole('checkbox', { name: 'Goals' }).isChecked()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('scenario explorer: adds a scenario, names it, moves its rate with the arrows and by typing, and reads the result', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=scenario&indicator=kz-ots-trade&base=kz-ots-trade-2022&lang=en`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByRole('button', { name: 'Add a scenario' }).waitFor();

    const add = await tabTo(
      page,
      'the "Add a scenario" button',
      (f) => f.tag === 'button' && f.text === 'Add a scenario',
    );
    expect(add.text).toBe('Add a scenario');
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toContain('r1=5');

    // Focus goes to the new scenario's name field: type a name.
    const name = await focused(page);
    expect(name.tag).toBe('input');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).placeholder)).toBe('Scenario 1');
    await page.keyboard.type('Slow');
    await expect.poll(() => search(page)).toContain('n1=Slow');

    // Tab to the slider; the arrows move it by 0.1.
    const slider = await tabTo(page, 'the rate slider', (f) => f.type === 'range', { max: 3 });
    expect(slider.name).toBe('Yearly rate for Slow (slider)');
    await expectFocusVisible(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const rate = page.getByRole('textbox', { name: 'Yearly rate for Slow' });
    expect(await rate.inputValue()).toBe('5.5');
    await page.keyboard.press('ArrowLeft');
    expect(await rate.inputValue()).toBe('5.4');
    await expect.poll(() => search(page)).toContain('r1=5.4');

    // Tab to the number field (Tab selects its text) and type over it.
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('text');
    await expectFocusVisible(page);
    await page.keyboard.type('9,2');
    expect(await rate.inputValue()).toBe('9,2');
    await expect.poll(() => search(page)).toContain('r1=9.2');

    // The result, in words.
    const results = page.getByRole('region', { name: 'What it takes' });
    await expect
      .poll(() => results.textContent())
      .toContain('Slow (+9.2% a year): reaches $23B in 2029, within the deadline (2026–2030).');

    // A bad value gets a message and keeps the last valid scenario.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('abc');
    await page.getByRole('alert').first().waitFor();
    expect(search(page)).toContain('r1=9.2');

    // Remove the scenario with Enter: focus returns to "Add a scenario".
    const remove = await tabTo(page, 'the remove button', (f) => f.tag === 'button' && f.text.startsWith('Remove'), {
      max: 3,
    });
    expect(remove.text).toBe('Remove Slow');
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).not.toContain('r1=');
    await expect.poll(async () => (await focused(page)).text).toBe('Add a scenario');
    await expectFocusVisible(page);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('overview in Kazakh: types four letters in the search, presses a verdict in the tally, and reads what is left', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}view/overview.kk.html`);
    await wakeApp(page);
    await page.locator('#root article.card').first().waitFor();
    const total = await page.locator('#root article.card').count();

    const box = await tabTo(page, 'the search box', (f) => f.tag === 'input' && f.type === 'search', { max: 20 });
    expect(box.id).toBe('overview-q');
    await expectFocusVisible(page);
    // capitals and a Kazakh letter, as typed: "ҚАЗА" finds "Қазақстан…"
    await page.keyboard.type('ҚАЗА');
    await expect.poll(() => search(page)).toMatch(/\/view\/overview\.kk\.html\?q=%D2%9A%D0%90%D0%97%D0%90$/);
    const names = () => page.locator('#root article.card h4, #root article.card h3').allTextContents();
    await expect.poll(names).toEqual(expect.arrayContaining([expect.stringMatching(/Қазақстан/)]));
    const found = await names();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(total);
    for (const name of found) expect(name).toMatch(/қаза/i);
    // the status line says how many of all the indicators are shown (cards, and rows of the no-goal table)
    const said = (await page.getByRole('status').filter({ hasText: /\d/ }).first().textContent()) ?? '';
    const [all, shown] = [...said.matchAll(/\d+/g)].map((m) => Number(m[0]));
    expect(all).toBe(indicatorCount);
    expect(shown).toBeGreaterThanOrEqual(found.length);
    expect(shown).toBeLessThan(all!);
    // what was typed stays in the box
    expect(await page.locator('#overview-q').inputValue()).toBe('ҚАЗА');

    // Tab on to the tally; Space presses a verdict and narrows the list to it
    const verdict = await tabTo(
      page,
      'a verdict in the tally',
      (f) => f.tag === 'button' && f.cls.includes('tally-item'),
      {
        max: 4,
      },
    );
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.tally-item[aria-pressed="true"]').count()).toBe(1);
    const pressed = page.locator('.tally-item[aria-pressed="true"]');
    expect((await pressed.textContent())?.trim()).toBe(verdict.text);
    await expect.poll(() => search(page)).toMatch(/[?&]verdict=[a-z-]+/);
    // the keyboard stays on the button it pressed
    expect((await focused(page)).cls).toContain('tally-item');
    // pressed again, released
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.tally-item[aria-pressed="true"]').count()).toBe(0);
    expect(search(page)).not.toContain('verdict=');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('switches the language with Enter, and focus stays on the language links', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?lang=en`);
    await wakeApp(page);
    await page.locator('#root article.card').first().waitFor();
    const ru = await tabTo(page, 'the Русский link', (f) => f.hreflang === 'ru', { max: 10 });
    expect(ru.text).toBe('Русский');
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    expect(search(page)).toContain('/view/overview.ru.html');
    await page.getByRole('heading', { level: 2, name: 'Цели и их выполнение' }).waitFor();
    expect((await focused(page)).hreflang).toBe('ru');
    await expectFocusVisible(page);

    await page.keyboard.press('Tab');
    const kk = await focused(page);
    expect(kk.hreflang).toBe('kk');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('kk');
    expect(search(page)).toContain('/view/overview.kk.html');

    const en = await tabTo(page, 'the English link', (f) => f.hreflang === 'en', { max: 3, back: true });
    expect(en.text).toBe('English');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(search(page)).toContain('/view/overview.en.html');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
