import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kk } from '../fixtures/words';
import { pageErrors } from './chromium';
import { liveChart, servedApp } from './harness';

const h = servedApp();

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

/**
 * Decodes a picture in the browser and reads it: its distinct colours (a blank picture has one), the
 * dark pixels in the top tenth (the title) and the mid-grey pixels in the bottom tenth (the source line).
 */
async function readPicture(page: Page, png: Buffer): Promise<{ colours: number; title: number; footer: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const all = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < all.length; i += 16) seen.add((all[i]! << 16) | (all[i + 1]! << 8) | all[i + 2]!);
    const band = Math.round(c.height / 10);
    const count = (y0: number, test: (l: number) => boolean) => {
      const d = ctx.getImageData(0, y0, c.width, band).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (test(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!)) n++;
      return n;
    };
    return {
      colours: seen.size,
      title: count(0, (l) => l < 80),
      footer: count(c.height - band, (l) => l > 60 && l < 200),
    };
  }, png.toString('base64'));
}

describe('pictures from an indicator page', () => {
  it('downloads an SVG that carries title, legend, source, dataset date and permalink as text', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=indicator&indicator=kz-transit&lang=kk`);
    await liveChart(page);
    const svg = (await download(page, kk['share.svg'])).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        text: root.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBe(0);
    expect([parsed.width, parsed.height]).toEqual(['640', '420']);
    expect(parsed.text).toContain('Қазақстан аумағы арқылы транзит мерзімі');
    expect(parsed.text).toContain('Еркін Тұқымов');
    expect(parsed.text).not.toContain('Yerkin');
    expect(parsed.text).toContain('Goalpost деректер жинағы');
    expect(parsed.text).toContain(`· ${kk['export.credit']}`);
    // no public address was configured for this build: no local address is printed in the picture
    expect(parsed.text).not.toContain('127.0.0.1');
    expect(svg).not.toContain('export-link');
    expect(svg).toContain('@font-face');
    expect(pageErrors(page)).toEqual([]);
  });

  it('puts the reader’s headline on the picture, and keeps it in the link', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=indicator&indicator=kz-transit`);
    await liveChart(page);
    await page.getByRole('textbox', { name: 'Headline on the picture' }).fill('Transit: six days, goal five');
    // page.url() follows history.replaceState through an asynchronous browser event: wait for it
    await expect.poll(() => new URL(page.url()).searchParams.get('headline')).toBe('Transit: six days, goal five');
    const svg = (await download(page, 'Download SVG')).toString('utf8');
    expect(svg).toMatch(/class="export-title">Transit: six days, goal five</);
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Headline on the picture' }).inputValue()).toBe(
      'Transit: six days, goal five',
    );
  });

  it('downloads a PNG at 2x of the chosen size that is not blank', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.server.base}?view=indicator&indicator=ca-intra-trade`);
    await liveChart(page);
    await page.getByRole('combobox', { name: 'Picture size' }).selectOption('social');
    const png = await download(page, 'Download PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 2400, height: 1260 });
    const ink = await readPicture(page, png);
    expect(ink.colours).toBeGreaterThan(20);
    // colours alone would pass a picture without its words: the title band and the footer carry ink
    expect(ink.title, 'dark title pixels in the top tenth').toBeGreaterThan(2000);
    expect(ink.footer, 'grey source-line pixels in the bottom tenth').toBeGreaterThan(1000);
  });

  it('says why when the browser returns no picture', async () => {
    const page = await h.browser.newPage();
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
        cb(null);
      };
    });
    await page.goto(`${h.server.base}?view=indicator&indicator=ca-intra-trade`);
    await liveChart(page);
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const alert = page.locator('.share-panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('the browser returned no PNG');
  });
});

describe('one look: the page and its picture agree', () => {
  it.each(['kz-ots-trade', 'china-europe-transit', 'ca-intra-trade'])(
    '%s: the same value ticks and the same years on the page chart and in the exported SVG',
    async (id) => {
      const page = await h.browser.newPage();
      await page.goto(`${h.server.base}?view=indicator&indicator=${id}&lang=ru`);
      await liveChart(page);
      const onPage = await page.evaluate(() => {
        const texts = (sel: string) =>
          [...document.querySelectorAll(`.chart .recharts-${sel}-tick-labels .recharts-cartesian-axis-tick-value`)].map(
            (t) => (t.textContent ?? '').trim(),
          );
        return { y: texts('yAxis'), x: texts('xAxis') };
      });
      const svg = (await download(page, 'Скачать SVG')).toString('utf8');
      const ticks = [
        ...svg.matchAll(
          /<text[^>]*class="tick"[^>]*text-anchor="(end|middle)"[^>]*>([^<]*)<\/text>|<text[^>]*text-anchor="(end|middle)"[^>]*class="tick"[^>]*>([^<]*)<\/text>/g,
        ),
      ].map((m) => ({ anchor: m[1] ?? m[3], text: (m[2] ?? m[4] ?? '').replace(/&amp;/g, '&') }));
      const inPicture = {
        y: ticks.filter((t) => t.anchor === 'end').map((t) => t.text),
        x: ticks.filter((t) => t.anchor === 'middle').map((t) => t.text),
      };
      expect(onPage.y.length).toBeGreaterThanOrEqual(4);
      expect(inPicture.y).toEqual(onPage.y);
      expect(inPicture.x).toEqual(onPage.x);
      // labels never collide: years at least 40 px apart on the page
      const xs = await page
        .locator('.chart .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
      expect(xs.length).toBe(onPage.x.length);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
      // each year written in the middle of its band: half a year right of the tick where it begins
      const marks = await page.evaluate(() => ({
        // the grid's vertical lines, where each labelled year begins
        lines: [...document.querySelectorAll('.chart .recharts-cartesian-grid-vertical line')].map((l) =>
          Number(l.getAttribute('x1')),
        ),
        centres: [
          ...document.querySelectorAll('.chart .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
        ]
          .map((t) => t.getBoundingClientRect())
          .map(
            (r) => r.x + r.width / 2 - document.querySelector('.chart svg.recharts-surface')!.getBoundingClientRect().x,
          ),
      }));
      const years = onPage.x.map(Number);
      expect(marks.lines.length).toBe(years.length);
      const pxPerYear = (marks.lines[1]! - marks.lines[0]!) / (years[1]! - years[0]!);
      marks.centres.forEach((c, i) => expect(Math.abs(c - marks.lines[i]! - pxPerYear / 2)).toBeLessThan(2));
      await page.close();
    },
  );
});
