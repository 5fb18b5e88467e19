/**
 * One measured page load: a fresh Chromium profile, optional CPU slowdown, and an init script that
 * records when the chart selector first matches, when a frame has been painted after it, and the
 * long tasks seen up to that paint + 3 s (the app starts after the first paint; whatever it does
 * to the main thread on load falls in that window).
 */
import type { Page } from 'playwright-core';
import { launch } from '../../tests/browser/chromium';

export interface Probe {
  /** ms from navigation start until the selector first matched */
  found: number;
  /** ms from navigation start until two animation frames after that */
  paint: number;
  /** longest long task (ms) that started before paint + 3 s; 0 when there was none */
  longestTask: number;
  /** total blocking time (ms): the sum over those tasks of their time beyond 50 ms */
  tbt: number;
  /**
   * What the longest task spent its time on, from the browser's long-animation-frame entries: the
   * script that ran for at least half of it ("start-app.js, module-script"), or "the browser's own
   * work" (parsing, style, layout, paint) when none did; '' when no task was long.
   */
  longestCause: string;
  /** which chart matched first, e.g. "static" or "recharts" */
  matched: string;
  /** JavaScript files the page requested before the chart appeared (absolute URLs) */
  jsBeforeChart: string[];
  /** the matched chart's SVG markup and rendered width (for the floor page) */
  svg: string;
  svgWidth: number;
  /**
   * The reader's first key press after that window, on a page whose prerendered view is shown (the
   * app starts only then): ms from the key until the live page replaced the prerendered one, and the
   * long tasks from the key until 1 s after that. null where the app started on load, or where the
   * page has no app (the bench's "no app" pages).
   */
  reach: { ms: number; longestTask: number; tbt: number } | null;
}

/** What the init script keeps on `window` while the page loads. */
interface BenchState {
  found: number | null;
  paint: number | null;
  matched: string;
  selector: string;
  tasks: { start: number; duration: number }[];
  /** scripts of the long animation frames: where each ran, and what it was */
  scripts: { start: number; duration: number; source: string; invoker: string }[];
  /** when the first key went down, and when the prerendered view gave way to the live page after it */
  key: number | null;
  live: number | null;
}

type BenchWindow = Window & { __bench?: BenchState };

/**
 * Runs in the page before any of its scripts. Plain JavaScript text, because tsx's name helpers
 * would not exist in the page if a compiled function were sent.
 */
const probeScript = (selector: string) => `(() => {
  const state = { found: null, paint: null, matched: '', selector: ${JSON.stringify(selector)}, tasks: [], scripts: [], key: null, live: null };
  window.__bench = state;
  document.addEventListener('keydown', () => { if (state.key === null) state.key = performance.now(); }, true);
  // (the page has no <html> element yet when this runs: watch the document for its class)
  new MutationObserver(() => {
    if (state.key !== null && state.live === null && !document.documentElement.classList.contains('prerendered'))
      state.live = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        for (const s of e.scripts) {
          // file names without the build's content hash: start-app-DFBOGuMX.js → start-app.js
          const file = String(s.sourceURL).split('/').pop().replace(/-[A-Za-z0-9_-]{8}\\.js$/, '.js');
          state.scripts.push({ start: s.startTime, duration: s.duration, source: file || s.invoker, invoker: s.invokerType });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
  const selector = ${JSON.stringify(selector)};
  // a build-time prerendered chart counts only when boot.js has shown it (the URL asks for that view)
  const shown = (el) => !el.closest('#prerender') || document.documentElement.classList.contains('prerendered');
  const check = () => {
    const hit = Array.from(document.querySelectorAll(selector)).find(shown);
    if (!hit) return false;
    state.found = performance.now();
    state.matched = (hit.closest('svg') || hit).classList.contains('recharts-surface') ? 'recharts' : 'static';
    // nothing here reads layout: that would force one inside the probe's own callbacks and show up
    // as the probe's script in the long-animation-frame entries
    requestAnimationFrame(() => requestAnimationFrame(() => { state.paint = performance.now(); }));
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

type Task = { start: number; duration: number };

/** Long tasks: the longest, and the total blocking time (the sum of their time beyond 50 ms). */
const blocking = (tasks: Task[]) => ({
  longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
  tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
});

/** What the longest of `tasks` spent its time on (Probe.longestCause). */
function causeOf(tasks: Task[], scripts: BenchState['scripts']): string {
  const longest = [...tasks].sort((x, y) => y.duration - x.duration)[0];
  if (!longest) return '';
  const overlap = (x: Task) =>
    Math.max(0, Math.min(x.start + x.duration, longest.start + longest.duration) - Math.max(x.start, longest.start));
  const best = [...scripts].sort((p, q) => overlap(q) - overlap(p))[0];
  return best && overlap(best) >= longest.duration / 2 ? `${best.source}, ${best.invoker}` : "the browser's own work";
}

/** Waits until `afterMs` past the moment the page recorded as `mark` (the chart's paint, or the live page). */
const waitPast = (page: Page, mark: 'paint' | 'live', afterMs: number, timeoutMs: number) =>
  page.waitForFunction(
    ([m, after]) => {
      const at = (window as BenchWindow).__bench?.[m];
      return at != null && performance.now() >= at + after;
    },
    [mark, afterMs] as const,
    { timeout: timeoutMs, polling: 100 },
  );

const readState = (page: Page) => page.evaluate(() => (window as BenchWindow).__bench as BenchState);

/** Presses Tab on a page still showing its prerendered view and measures the app's take-over. */
async function readReach(page: Page, timeoutMs: number): Promise<Probe['reach']> {
  const waiting = await page.evaluate(
    () =>
      document.documentElement.classList.contains('prerendered') &&
      document.querySelector('script[type="module"]') !== null,
  );
  if (!waiting) return null;
  await page.keyboard.press('Tab');
  await waitPast(page, 'live', 1000, timeoutMs);
  const b = await readState(page);
  const key = b.key as number;
  // the task that handled the key press counts: it starts a moment before the listener ran
  return { ms: (b.live as number) - key, ...blocking(b.tasks.filter((t) => t.start + t.duration >= key)) };
}

async function readProbe(page: Page, timeoutMs: number): Promise<Omit<Probe, 'reach'>> {
  // long tasks are counted up to paint + 3 s
  await waitPast(page, 'paint', 3000, timeoutMs + 3000);
  const b = await readState(page);
  const paint = b.paint as number;
  const found = b.found as number;
  const onScreen = await page.evaluate(
    ([selector, found]) => {
      // the chart on screen (a prerendered chart is drawn at several widths and CSS shows one,
      // src/lib/fit-widths.ts), read after the window, when reading layout costs the page nothing
      const svg = Array.from(document.querySelectorAll(selector))
        .map((el) => el.closest('svg') || el)
        .find((el) => el.getBoundingClientRect().width > 0);
      const jsBeforeChart = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime <= found && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name);
      return { jsBeforeChart, svg: svg?.outerHTML ?? '', svgWidth: svg?.getBoundingClientRect().width ?? 0 };
    },
    [b.selector, found] as const,
  );
  const tasks = b.tasks.filter((t) => t.start <= paint + 3000);
  return {
    found,
    paint,
    ...blocking(tasks),
    longestCause: causeOf(tasks, b.scripts),
    matched: b.matched,
    ...onScreen,
  };
}

/** How long a fresh browser is left to settle before the page is loaded. */
const SETTLE_MS = 3000;

/** Loads `url` once in a new browser with a new profile; CPU slowdown is set before navigation. */
export async function probe(url: string, selector: string, cpuRate: number, timeoutMs = 30_000): Promise<Probe> {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // A fresh browser spends its first seconds on its own start-up (Chromium 156 loads its omnibox's
    // WebUI in a renderer of its own): on 2 cores that competes with the page for the CPU. Measure
    // the page, not the browser's start.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: probeScript(selector) });
    if (cpuRate !== 1) {
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    await page.goto(url, { waitUntil: 'commit' });
    const result = { ...(await readProbe(page, timeoutMs)), reach: await readReach(page, timeoutMs) };
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
  }
}
