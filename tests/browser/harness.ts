import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, type Browser } from './chromium';
import { serveDist, type StaticServer } from './static-server';

/**
 * The built app served on 127.0.0.1 and one headless Chromium with a fresh profile, for the tests of
 * one file; both closed after them. `extra` adds routes (broken datasets, host pages).
 */
export function servedApp(extra: () => Record<string, [string, string]> = () => ({})) {
  const h = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    h.server = await serveDist(extra());
    h.browser = await launch();
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/**
 * Brings an indicator chart to life the way a reader does: the pointer enters it, which loads the
 * interactive (Recharts) view; resolves when its points are buttons.
 */
export async function liveChart(page: Page): Promise<void> {
  const chart = page.locator('.chart').first();
  await chart.waitFor();
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  await page.locator('.chart .recharts-surface [data-figure]').first().waitFor();
}

/**
 * A page whose prerendered view is shown starts the app on the reader's first interaction
 * (src/lib/early-input.ts). This presses Shift, a key that changes nothing on the page, when the
 * prerendered view is still up, and resolves once the live page has replaced it.
 */
export async function wakeApp(page: Page): Promise<void> {
  if (await page.evaluate(() => document.documentElement.classList.contains('prerendered')))
    await page.keyboard.press('Shift');
  await page.locator('#prerender').waitFor({ state: 'detached' });
}
