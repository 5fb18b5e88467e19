import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveChart, servedApp, wakeApp } from './harness';

/**
 * One look: the static chart (drawn first, and in every picture) and the live Recharts view that
 * replaces it are drawn from one layout (src/lib/chart-layout). Measured in Chromium, for every
 * indicator at a phone's and a desk's width, and in Russian and Kazakh (their labels measured as
 * Chromium sets them): the same plot box, the same ticks, every mark at the same
 * place and size, the same lines and goal bands, and the same direct labels, within a pixel.
 */

const h = servedApp();
const ids = (
  JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
    indicators: { id: string }[];
  }
).indicators.map((i) => i.id);

const VIEWPORTS = { phone: { width: 390, height: 844 }, desk: { width: 1280, height: 900 } } as const;

interface Box {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Drawing {
  plot: { left: number; right: number; bottom: number; top: number };
  ticks: Box[];
  marks: Box[];
  lines: Box[];
  bands: Box[];
  labels: Box[];
}

/** What a chart drew, in CSS px from its own top left corner: `live` reads the Recharts view. */
function measure(page: Page, live: boolean): Promise<Drawing> {
  return page.evaluate((live) => {
    const chart = document.querySelector('#root .chart')!;
    const svg = chart.querySelector<SVGSVGElement>(live ? 'svg.recharts-surface' : 'svg.static-chart')!;
    const o = svg.getBoundingClientRect();
    const box = (key: string, el: Element): { key: string; x: number; y: number; w: number; h: number } => {
      const r = el.getBoundingClientRect();
      return { key, x: r.x - o.x, y: r.y - o.y, w: r.width, h: r.height };
    };
    const all = (sel: string) => [...chart.querySelectorAll(sel)];
    const axis = chart.querySelector(live ? '.recharts-xAxis .recharts-cartesian-axis-line' : 'line.axis')!;
    const clip = svg.querySelector('clipPath rect')!;
    const clipTop = Number(clip.getAttribute('y')) + (live ? 0 : 8);
    const a = box('axis', axis);
    const labelSel = live
      ? '.direct-labels text'
      : 'text.goal-label, text.latest-label, text.goal-step-label, text.scenario-label';
    const kind = (el: Element) => ['point', 'goal-mark', 'forecast-mark'].find((c) => el.classList.contains(c));
    return {
      plot: { left: a.x, right: a.x + a.w, bottom: a.y, top: clipTop },
      ticks: all('text.tick').map((t) => box(t.textContent ?? '', t)),
      marks: all(live ? '[data-figure][role="button"]' : 'g[data-figure]')
        .filter((g) => kind(g))
        .map((g) => box(`${kind(g)} ${g.getAttribute('data-figure')}`, live ? g.querySelector('.mark')! : g)),
      lines: ['actual-line', 'goal-line', 'projection'].flatMap((c) =>
        all(live ? `.${c} path` : `path.${c}`).map((p) => box(c, p)),
      ),
      bands: all('rect.goal-band').map((b) => box('band', b)),
      labels: all(labelSel).map((t) => box(t.textContent ?? '', t)),
    };
  }, live);
}

/** In the order of their keys (each renderer draws the axes in its own order), then left to right. */
const sorted = (boxes: Box[]) => [...boxes].sort((p, q) => p.key.localeCompare(q.key) || p.x - q.x || p.y - q.y);

const near = (first: Box[], second: Box[], what: string) => {
  const [a, b] = [sorted(first), sorted(second)];
  expect(
    b.map((x) => x.key),
    what,
  ).toEqual(a.map((x) => x.key));
  a.forEach((x, i) => {
    const y = b[i]!;
    for (const k of ['x', 'y', 'w', 'h'] as const)
      expect(Math.abs(x[k] - y[k]), `${what} "${x.key}" ${k}: ${x[k]} static, ${y[k]} live`).toBeLessThanOrEqual(1);
  });
};

describe('one look: the live chart is the static chart, brought to life', () => {
  const runs = [
    ['phone', 'en'],
    ['desk', 'en'],
    ['desk', 'ru'],
    ['desk', 'kk'],
  ] as const;
  for (const [name, lang] of runs) {
    const viewport = VIEWPORTS[name];
    it(`every indicator at ${name} width (${viewport.width} px), in ${lang}`, { timeout: 120_000 }, async () => {
      const page = await h.browser.newPage();
      await page.setViewportSize(viewport);
      for (const id of ids) {
        await page.goto(`${h.server.base}?view=indicator&indicator=${id}&lang=${lang}`);
        await wakeApp(page);
        await page.locator('#root .chart svg.static-chart').waitFor();
        const drawn = await measure(page, false);
        await liveChart(page);
        const live = await measure(page, true);
        for (const k of ['left', 'right', 'top', 'bottom'] as const)
          expect(Math.abs(drawn.plot[k] - live.plot[k]), `${id}: plot ${k}`).toBeLessThanOrEqual(1);
        expect(drawn.ticks.length, `${id}: ticks`).toBeGreaterThan(3);
        expect(drawn.marks.length, `${id}: marks`).toBeGreaterThan(0);
        near(drawn.ticks, live.ticks, `${id} ticks`);
        near(drawn.marks, live.marks, `${id} marks`);
        near(drawn.lines, live.lines, `${id} lines`);
        near(drawn.bands, live.bands, `${id} goal bands`);
        near(drawn.labels, live.labels, `${id} labels`);
      }
      await page.close();
    });
  }
});
