/**
 * Takes README screenshots of the built app: `npx tsx scripts/screenshot.ts out.png "?query" [width] [light|dark] [full|viewport]`.
 * Uses the same Chromium launcher and static server as the browser tests.
 */
import { launch } from '../tests/browser/chromium';
import { serveDist } from '../tests/browser/static-server';

const [out = 'screenshot.png', query = '', width = '1200', scheme = 'light', full = 'full'] = process.argv.slice(2);
const server = await serveDist();
const browser = await launch({ colorScheme: scheme === 'dark' ? 'dark' : 'light' });
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: Number(width), height: 900 });
  await page.goto(`${server.base}${query}`);
  await page.locator('main h2').first().waitFor();
  // the page as a reader first sees it: the chart as drawn before any pointer reaches it
  if (query.includes('view=indicator')) await page.locator('#root .chart svg').first().waitFor();
  await page.screenshot({ path: out, fullPage: full === 'full' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
