import { describe, expect, it } from 'vitest';
import { pageErrors } from './chromium';
import { servedApp } from './harness';

const h = servedApp();

describe('scenario explorer in Chromium', () => {
  it('builds a scenario with the keyboard, shares its link, and the link reopens the same numbers', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=indicator&indicator=kz-ots-trade`);
    await page.getByRole('link', { name: 'Explore scenarios →' }).click();
    await page
      .getByRole('heading', { level: 2, name: "Scenarios: Kazakhstan's trade with the Turkic states" })
      .waitFor();
    await page.getByRole('combobox', { name: 'Start from' }).selectOption('kz-ots-trade-2022');
    await page.getByRole('button', { name: 'Add a scenario' }).click();
    const name = page.getByRole('textbox', { name: 'Name of scenario 1' });
    await name.fill('Only 5%');
    const rate = page.getByRole('textbox', { name: 'Yearly rate for Only 5%' });
    await rate.fill('4');
    // the slider moves with the arrow keys, in steps of 0.1
    await page.getByRole('slider', { name: 'Yearly rate for Only 5% (slider)' }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await rate.inputValue()).toBe('5');
    await page.getByRole('button', { name: 'Add: the historical pace' }).click();
    const results = page.getByRole('region', { name: 'What it takes' });
    const before = await results.textContent();
    expect(before).toContain('Only 5% (+5% a year): reaches $23B in 2034, after the deadline (2026–2030).');
    // the same drawing, up to React's generated clip-path id
    const drawing = (html: string) => html.replace(/id="[^"]*-clip"|url\(#[^)]*-clip\)/g, 'CLIP');
    const chartBefore = drawing(await page.locator('.scenario-page .static-chart').innerHTML());

    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link).toContain('/view/kz-ots-trade.scenario.en.html?');
    const other = await h.browser.newPage();
    await other.goto(link);
    const again = other.getByRole('region', { name: 'What it takes' });
    await again.waitFor();
    expect(await again.textContent()).toBe(before);
    // the same drawing once the page has settled: a change of the chart's box after its first frame (a
    // scrollbar coming as the results fill in) redraws it in a transition, which a first read can precede
    await expect
      .poll(async () => drawing(await other.locator('.scenario-page .static-chart').innerHTML()), { timeout: 5000 })
      .toBe(chartBefore);
    expect(await other.getByRole('textbox', { name: 'Name of scenario 1' }).inputValue()).toBe('Only 5%');
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(other)).toEqual([]);
  });
});
