/**
 * `npm run bench -- --scale 1,10,100`: the benchmark of growth. For each scale, a valid dataset that
 * many times the real one (grow.ts: every source, indicator and figure again, real texts on new ids)
 * is built into `.build/scale-<n>/` (timed; the picture cache is emptied first, so each build draws
 * every picture), then served and measured in headless Chromium, side by side with the ratio to 1×:
 * each page's bytes (its first screen, and once the app is live), its first chart and blocking time
 * at 4× CPU, and the time a keystroke in the overview's search takes at 4× CPU. Then, at the largest
 * scale, one figure is changed and the build run again (the cache keeps the other pictures).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/domain/dataset-schema';
import { LIMITS } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { launch } from '../../tests/browser/chromium';
import { serveDist } from '../../tests/browser/static-server';
import { grownDataset, SEARCHED } from './grow';
import { probe } from './probe';
import { median } from './report';

const MARK = ':is([data-figure], path)';
const PAGES = {
  overview: { path: 'view/overview.en.html', selector: `svg.static-chart ${MARK}` },
  indicator: { path: 'view/kz-ots-trade.en.html', selector: `.chart svg.static-chart ${MARK}` },
  embed: { path: 'embed/kz-ots-trade.en.html', selector: `svg.static-chart ${MARK}` },
} as const;
type PageName = keyof typeof PAGES;

interface Built {
  scale: number;
  out: string;
  seconds: number;
  steps: string[];
  counts: { indicators: number; figures: number; sources: number; bytes: number };
}

interface Measured {
  firstScreen: Record<PageName, number>;
  live: Record<PageName, number>;
  liveRaw: Record<PageName, number>;
  paint: Record<PageName, number>;
  tbt: Record<PageName, number>;
  /** from the reader's first key until the live page replaced the prerendered one */
  reach: Record<PageName, number>;
  keystroke: number;
  /** from the last key until the list last changed */
  list: number;
  found: string;
}

function build(root: string, real: Dataset, scale: number, releases: string): Built {
  const data = join(root, '.build', `scale-data-${scale}`);
  rmSync(data, { recursive: true, force: true });
  mkdirSync(join(data, 'data'), { recursive: true });
  cpSync(releases, join(data, 'data/releases'), { recursive: true });
  const dataset = grownDataset(real, scale);
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  writeFileSync(join(data, 'data/dataset.json'), text);
  const out = join(root, '.build', `scale-${scale}`);
  const cache = join(root, '.build', `scale-cache-${scale}`);
  rmSync(cache, { recursive: true, force: true });
  const seconds = runBuild(root, data, out, cache);
  return {
    scale,
    out,
    seconds: seconds.total,
    steps: seconds.steps,
    counts: {
      indicators: dataset.indicators.length,
      figures: dataset.figures.length,
      sources: dataset.sources.length,
      bytes: text.length,
    },
  };
}

function runBuild(root: string, data: string, out: string, cache: string) {
  const started = performance.now();
  const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, GOALPOST_DATA_ROOT: data, GOALPOST_OUT: out, GOALPOST_BUILD_CACHE: cache },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the build at ${out} failed:\n${run.stdout}\n${run.stderr}`);
  const steps = run.stdout
    .split('\n')
    .filter((l) => /^build: (prerender|pictures)/.test(l))
    .map((l) => l.replace(/^build: /, ''));
  return { total: (performance.now() - started) / 1000, steps };
}

/** Bytes of every response (gzip, as a host would send them) up to the first chart, and once live. */
async function bytes(base: string, name: PageName): Promise<{ firstScreen: number; live: number; liveRaw: number }> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let total = 0;
    let raw = 0;
    page.on('response', (r) => {
      void r
        .body()
        .then((b) => {
          total += gzipSync(b).length;
          raw += b.length;
        })
        .catch(() => {});
    });
    await page.goto(`${base}${PAGES[name].path}`, { waitUntil: 'load' });
    await page.locator(PAGES[name].selector).first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const firstScreen = total;
    await page.keyboard.press('Tab'); // the first reach starts the app, which reads its part of the data
    await page.locator('#root h2, #root .embed').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    return { firstScreen, live: total, liveRaw: raw };
  } finally {
    await browser.close();
  }
}

/**
 * The longest keystroke (Event Timing: from the key to the next frame painted) while typing the
 * first four letters of the searched indicator's name into the live overview's search, at 4× CPU;
 * and the cards the search leaves.
 */
async function keystroke(base: string): Promise<{ ms: number; list: number; found: string }> {
  const browser = await launch();
  try {
    const page: Page = await browser.newPage();
    await page.addInitScript({
      content: `window.__keys = []; window.__lastKey = 0; window.__lastChange = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.interactionId) window.__keys.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true });
        addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);
        addEventListener('DOMContentLoaded', () => {
          new MutationObserver(() => { window.__lastChange = performance.now(); })
            .observe(document.body, { childList: true, subtree: true });
        });`,
    });
    await page.goto(`${base}${PAGES.overview.path}`);
    await page.keyboard.press('Tab');
    const box = page.locator('#root #overview-q');
    await box.waitFor({ timeout: 60_000 });
    await page.locator('#root article.card').first().waitFor();
    await box.focus();
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { __keys: number[] }).__keys.length = 0));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // the first letter, alone: from the key until the list has last changed (the search waits for a
    // pause in the typing, then the list is drawn: the largest change, every card to a few)
    const read = () =>
      page.evaluate(() => {
        const w = window as unknown as { __keys: number[]; __lastKey: number; __lastChange: number };
        return { keys: [...w.__keys], list: w.__lastChange - w.__lastKey };
      });
    await page.keyboard.press('u');
    await page.waitForTimeout(1500);
    const { list } = await read();
    // then the rest at a reader's pace
    for (const letter of 'zbe') {
      await page.keyboard.press(letter);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const state = { ...(await read()), list };
    const names = await page.locator('#root article.card h3').allTextContents();
    return {
      ms: state.keys.length ? Math.max(...state.keys) : 0,
      list: state.list,
      found: names.join(' | ') || '(none)',
    };
  } finally {
    await browser.close();
  }
}

async function measure(built: Built, runs: number): Promise<Measured> {
  const server = await serveDist({}, built.out);
  try {
    const m: Measured = {
      firstScreen: {} as Record<PageName, number>,
      live: {} as Record<PageName, number>,
      liveRaw: {} as Record<PageName, number>,
      paint: {} as Record<PageName, number>,
      tbt: {} as Record<PageName, number>,
      reach: {} as Record<PageName, number>,
      keystroke: 0,
      list: 0,
      found: '',
    };
    for (const name of Object.keys(PAGES) as PageName[]) {
      const b = await bytes(server.base, name);
      m.firstScreen[name] = b.firstScreen;
      m.live[name] = b.live;
      m.liveRaw[name] = b.liveRaw;
      const probes = [];
      for (let i = 0; i < runs; i++)
        probes.push(await probe(`${server.base}${PAGES[name].path}`, PAGES[name].selector, 4));
      m.paint[name] = median(probes.map((p) => p.paint));
      m.tbt[name] = median(probes.map((p) => p.tbt));
      m.reach[name] = median(probes.map((p) => p.reach?.ms ?? Number.NaN));
    }
    const keys = [];
    for (let i = 0; i < runs; i++) keys.push(await keystroke(server.base));
    m.keystroke = median(keys.map((k) => k.ms));
    m.list = median(keys.map((k) => k.list));
    m.found = keys[0]!.found;
    return m;
  } finally {
    await server.close();
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const msText = (x: number) => `${Math.round(x)} ms`;

function table(rows: [string, ...string[]][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '))
    .join('\n');
}

/** A dataset at the caps' scale checked as the app checks any dataset: how long the whole takes. */
function checkAtCaps(real: Dataset): string {
  const scale = Math.floor(LIMITS.indicators / real.indicators.length);
  const text = JSON.stringify(grownDataset(real, scale));
  const started = performance.now();
  const parsed = parseDatasetText(text);
  const took = performance.now() - started;
  if (!parsed.ok) throw new Error('the dataset at the caps does not pass its checks');
  const d = parsed.dataset;
  return `checking the whole dataset at ${scale}× (${d.indicators.length} indicators, ${d.figures.length} figures, ${d.sources.length} sources, ${(text.length / 1e6).toFixed(0)} MB) in Node: ${msText(took)}`;
}

export async function scaleBench(root: string, scales: number[], runs: number): Promise<void> {
  const real = parseDatasetText((await import('node:fs')).readFileSync(join(root, 'data/dataset.json'), 'utf8'));
  if (!real.ok) throw new Error('data/dataset.json does not pass its checks');
  const releases = join(root, 'data/releases');
  const built: Built[] = [];
  for (const scale of scales) {
    console.log(`scale ${scale}×: building…`);
    built.push(build(root, real.dataset, scale, releases));
    const b = built.at(-1)!;
    console.log(
      `  ${b.counts.indicators} indicators, ${b.counts.figures} figures: built in ${b.seconds.toFixed(1)} s (${b.steps.join('; ')})`,
    );
  }
  const measured: Measured[] = [];
  for (const b of built) {
    console.log(`scale ${b.scale}×: measuring (${runs} runs per page)…`);
    measured.push(await measure(b, runs));
  }
  // one figure changed at the largest scale, the cache kept: what a curator waits for
  const last = built.at(-1)!;
  const data = join(root, '.build', `scale-data-${last.scale}`);
  const changed = grownDataset(real.dataset, last.scale);
  const figure = changed.figures.find((f) => f.value !== null && f.kind === 'actual')!;
  figure.value = Number(((figure.value ?? 0) * 1.01).toPrecision(4));
  writeFileSync(join(data, 'data/dataset.json'), `${JSON.stringify(changed, null, 2)}\n`);
  const rebuild = runBuild(root, data, last.out, join(root, '.build', `scale-cache-${last.scale}`));

  const head: [string, ...string[]] = ['', ...built.map((b) => `${b.scale}×`), `${last.scale}× / ${built[0]!.scale}×`];
  const rows: [string, ...string[]][] = [head];
  const row = (label: string, pick: (m: Measured) => number, fmt: (x: number) => string) => {
    const values = measured.map(pick);
    rows.push([label, ...values.map(fmt), `${(values.at(-1)! / Math.max(values[0]!, 1e-9)).toFixed(2)}×`]);
  };
  rows.push([
    'indicators',
    ...built.map((b) => String(b.counts.indicators)),
    `${(last.counts.indicators / built[0]!.counts.indicators).toFixed(1)}×`,
  ]);
  rows.push([
    'figures',
    ...built.map((b) => String(b.counts.figures)),
    `${(last.counts.figures / built[0]!.counts.figures).toFixed(1)}×`,
  ]);
  rows.push([
    'dataset.json',
    ...built.map((b) => kb(b.counts.bytes)),
    `${(last.counts.bytes / built[0]!.counts.bytes).toFixed(1)}×`,
  ]);
  for (const name of Object.keys(PAGES) as PageName[]) {
    row(`${name}: bytes, first screen (gzip)`, (m) => m.firstScreen[name], kb);
    row(`${name}: bytes, once live (gzip)`, (m) => m.live[name], kb);
    row(`${name}: bytes, once live (uncompressed)`, (m) => m.liveRaw[name], kb);
    row(`${name}: first chart, 4× CPU`, (m) => m.paint[name], msText);
    row(`${name}: blocking time, 4× CPU`, (m) => m.tbt[name], msText);
    row(`${name}: first key to the live page, 4× CPU`, (m) => m.reach[name], msText);
  }
  row('overview: a search keystroke, 4× CPU', (m) => m.keystroke, msText);
  row('overview: the list after a key, 4× CPU', (m) => m.list, msText);
  rows.push([
    'build',
    ...built.map((b) => `${b.seconds.toFixed(0)} s`),
    `${(last.seconds / built[0]!.seconds).toFixed(1)}×`,
  ]);
  console.log(`\nThe benchmark of growth (medians of ${runs} runs; ratio of the largest scale to the smallest)\n`);
  console.log(table(rows));
  console.log(
    `\nrebuild at ${last.scale}× after one figure changed: ${rebuild.total.toFixed(1)} s (${rebuild.steps.join('; ')})`,
  );
  console.log(`typing "uzbe" at ${last.scale}× leaves: ${measured.at(-1)!.found}`);
  if (last.scale > 1 && !measured.at(-1)!.found.includes(SEARCHED.name.en))
    console.log(`  (not found: ${SEARCHED.name.en})`);
  console.log(checkAtCaps(real.dataset));
}
