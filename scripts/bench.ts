/**
 * `npm run bench [-- --runs N] [-- --json out.json] [-- --page NAME …] [-- --cpu N …]`: how heavy
 * the built app is and how soon its first chart is painted, against a floor page (the same chart as
 * plain SVG with no JavaScript).
 * Serves dist/ on 127.0.0.1 and loads every page in headless Chromium with a fresh profile per load,
 * at normal CPU and at 4× CPU slowdown. Prints targets next to the results; never fails on them.
 * `--page` (overview, indicator, embed) and `--cpu` (1, 4) measure fewer pages or settings, for more
 * runs in the same time; the floor is always measured.
 * `--scale 1,10,100`: the benchmark of growth instead (scripts/bench/scale.ts), 3 runs unless `--runs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { DIST, SUB_PATH, serveDist } from '../tests/browser/static-server';
import { bigDataset } from './bench/big-dataset';
import { floorHtml, inOneFont, withoutApp } from './bench/floor';
import { machine } from './bench/machine';
import { probe, type Probe } from './bench/probe';
import {
  causesLine,
  reachLine,
  emptySeries,
  median,
  ms,
  paintTable,
  paired,
  pairedLine,
  ratio,
  sizeLine,
  summarize,
  type Series,
  type Summary,
} from './bench/report';
import { allAssetsJs, entryJs, kb, requestedJs } from './bench/sizes';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    page: { type: 'string', multiple: true },
    cpu: { type: 'string', multiple: true },
    scale: { type: 'string' },
  },
});
// the benchmark of growth (scripts/bench/scale.ts) is a run of its own
if (values.scale !== undefined) {
  const scales = values.scale.split(',').map(Number);
  if (!scales.length || scales.some((n) => !Number.isInteger(n) || n < 1 || n > 450))
    throw new Error(`--scale wants whole numbers from 1 to 450, comma-separated, got ${values.scale}`);
  const { scaleBench } = await import('./bench/scale');
  await scaleBench(
    fileURLToPath(new URL('..', import.meta.url)),
    scales,
    values.runs === '5' ? 3 : Number(values.runs),
  );
  process.exit(0);
}
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a whole number ≥ 1, got ${values.runs}`);

// issue 14's goals: first chart within 1.3× the floor, total blocking time under 100 ms and no task
// over 150 ms at 4× CPU on every page
const TARGETS = { appGzip: 110 * 1024, ratioAt4x: 1.3, longTaskMs: 150, tbtMs: 100 };
const ALL_CPUS = [1, 4];
const CPUS = values.cpu ? [...new Set(values.cpu.map(Number))].sort((a, b) => a - b) : ALL_CPUS;
for (const c of CPUS)
  if (!ALL_CPUS.includes(c))
    throw new Error(`--cpu wants one of ${ALL_CPUS.join(', ')}, got ${values.cpu!.join(', ')}`);
const INDICATOR = '?view=indicator&indicator=kz-ots-trade';
const MARK = ':is([data-figure], path)';
const STATIC = `svg.static-chart ${MARK}`;
const ALL_APP_PAGES: Record<string, { path: string; selector: string }> = {
  overview: { path: '?', selector: STATIC },
  // an indicator page as its permalink opens it: the page prerendered for it and the language
  indicator: {
    path: `view/kz-ots-trade.en.html${INDICATOR}&lang=en`,
    selector: `.chart svg.static-chart ${MARK}, .chart svg.recharts-surface :is(.recharts-line, .recharts-scatter)`,
  },
  // the page the embed code points to: the app in embed mode, prerendered for this indicator and language
  embed: { path: `embed/kz-ots-trade.en.html${INDICATOR}&lang=en&theme=system&embed=1`, selector: STATIC },
};
for (const name of values.page ?? [])
  if (!(name in ALL_APP_PAGES))
    throw new Error(`--page wants one of ${Object.keys(ALL_APP_PAGES).join(', ')}, got ${name}`);
const APP_PAGES = values.page
  ? Object.fromEntries(Object.entries(ALL_APP_PAGES).filter(([name]) => values.page!.includes(name)))
  : ALL_APP_PAGES;
// Each page's own HTML with the app left out (withoutApp), served beside it at the same address with
// ".no-app" before ".html": what the browser alone spends on that page, with no script of ours but
// boot.js. The page's own figures are read against these as well as against the floor.
const NO_APP = ', no app';
// The same again with all its text in one font, size and weight (inOneFont): what the page's
// typography costs, read against the no-app page.
const ONE_FONT = ', no app, one font';
/** the built file a page's path opens ('?' is the app's root, index.html) */
const fileOf = (path: string) => path.slice(0, path.indexOf('?')) || 'index.html';
const noAppFile = (file: string) => file.replace(/\.html$/, '.no-app.html');
const oneFontFile = (file: string) => file.replace(/\.html$/, '.one-font.html');
const PAGES: Record<string, { path: string; selector: string }> = {
  floor: { path: '/floor.html', selector: STATIC },
  ...Object.fromEntries(
    Object.entries(APP_PAGES).flatMap(([name, page]) => [
      [name, page],
      [
        `${name}${NO_APP}`,
        { ...page, path: `${noAppFile(fileOf(page.path))}${page.path.slice(page.path.indexOf('?'))}` },
      ],
      [
        `${name}${ONE_FONT}`,
        { ...page, path: `${oneFontFile(fileOf(page.path))}${page.path.slice(page.path.indexOf('?'))}` },
      ],
    ]),
  ),
};
const PAGE_NAMES = Object.keys(PAGES);
/** the pages the goals are set for: the app's own */
const GOAL_PAGES = Object.keys(APP_PAGES);

const started = Date.now();
const log = (s = '') => console.log(s);
const progress = (s: string) => process.stderr.write(`${s}\n`);

// The floor is the app's own static chart of the indicator (the embed's, which is always static SVG),
// captured once and written out as plain HTML with the app's CSS.
const capture = await serveDist();
let captured: Probe;
try {
  captured = await probe(`${capture.base}${ALL_APP_PAGES.embed!.path}`, STATIC, 1);
} finally {
  await capture.close();
}
const real = parseDatasetText(readFileSync(join(DIST, 'data/dataset.json'), 'utf8'));
if (!real.ok) throw new Error('dist/data/dataset.json fails its checks: run npm run data:check');
const big = bigDataset(real.dataset);
const bigJson = JSON.stringify(big);
const server = await serveDist({
  '/floor.html': ['text/html; charset=utf-8', floorHtml(DIST, captured.svg, captured.svgWidth)],
  '/big/dataset.json': ['application/json', bigJson],
  ...Object.fromEntries(
    Object.values(APP_PAGES).flatMap(({ path }) => {
      const html = readFileSync(join(DIST, fileOf(path)), 'utf8');
      const page = (file: string, body: string) => [`${SUB_PATH}${file}`, ['text/html; charset=utf-8', body]] as const;
      return [page(noAppFile(fileOf(path)), withoutApp(html)), page(oneFontFile(fileOf(path)), inOneFont(html))];
    }),
  ),
});
const urlOf = (path: string) => (path.startsWith('/') ? `${server.origin}${path}` : `${server.base}${path}`);

async function collect(series: Series, run: number, url: string, selector: string, cpu: number): Promise<Probe | null> {
  try {
    const p = await probe(url, selector, cpu);
    series.run.push(run);
    series.paint.push(p.paint);
    series.found.push(p.found);
    series.longestTask.push(p.longestTask);
    series.tbt.push(p.tbt);
    series.causes.push(p.longestCause);
    series.matched.push(p.matched);
    if (p.reach) {
      series.reachMs.push(p.reach.ms);
      series.reachLongestTask.push(p.reach.longestTask);
      series.reachTbt.push(p.reach.tbt);
    }
    return p;
  } catch (e) {
    series.failures.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
    return null;
  }
}

const series: Record<number, Record<string, Series>> = Object.fromEntries(
  CPUS.map((cpu) => [cpu, Object.fromEntries(PAGE_NAMES.map((p) => [p, emptySeries()]))]),
);
const jsBeforeChart: Record<string, string[]> = {};
// the overview with a 10,000-figure dataset, at 1× CPU
const BIG = CPUS.includes(1) && 'overview' in APP_PAGES;
const bigSeries = emptySeries();
try {
  // Pages and CPU settings take turns within each run, so slow spells on a shared machine spread out.
  for (let run = 1; run <= RUNS; run++) {
    for (const cpu of CPUS) {
      for (const name of PAGE_NAMES) {
        const page = PAGES[name]!;
        const p = await collect(series[cpu]![name]!, run, urlOf(page.path), page.selector, cpu);
        // from the first load of each page at the first CPU setting measured
        if (p && cpu === CPUS[0] && !jsBeforeChart[name]) jsBeforeChart[name] = p.jsBeforeChart;
      }
    }
    if (BIG) await collect(bigSeries, run, urlOf('?data=/big/dataset.json'), STATIC, 1);
    progress(`bench: run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await server.close();
}

// Weights
const entries = entryJs(DIST);
const app = entries.app.interactive;
const all = allAssetsJs(DIST);
const info = machine();
log(`Goalpost benchmark, ${info.date}`);
log(`machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB memory, Node ${info.node}, ${info.chromium}`);
log(`runs: ${RUNS} per page and CPU setting, each with a fresh Chromium profile`);
log();
log('JavaScript (gzip level 9, brotli quality 11)');
// one entry: an embed is the app with embed=1, so the app's figures are the embed's
log(sizeLine('app and embed, before first paint', entries.app.beforePaint));
log(sizeLine('app and embed, until interactive', app, TARGETS.appGzip));
for (const name of Object.keys(APP_PAGES)) {
  log(sizeLine(`${name}, requested before 1st chart`, requestedJs(DIST, jsBeforeChart[name] ?? [])));
}
log(sizeLine('all of dist/assets', all));
log();

// Times
const summaries: Record<number, Record<string, Summary>> = {};
for (const cpu of CPUS) {
  const floor = median(series[cpu]!.floor!.paint);
  summaries[cpu] = Object.fromEntries(PAGE_NAMES.map((p) => [p, summarize(series[cpu]![p]!, floor)]));
}
log(`First chart paint: medians of ${RUNS} from navigation start; ratio to the floor page at the same CPU`);
log(paintTable(PAGE_NAMES, CPUS, summaries));
log();
log('What the longest task of each run spent its time on, at the slowest CPU setting: the script that');
log("ran for at least half of it, or the browser's own work (parsing, style, layout, paint):");
const slowest = Math.max(...CPUS);
for (const name of PAGE_NAMES) log(`  ${name.padEnd(26)} ${causesLine(series[slowest]![name]!.causes)}`);
log();
log('The first key press (Tab) after that window, on a page still showing its prerendered view: the app');
log('starts then. Time until the live page replaced the prerendered one, and the blocking from the key');
log('until 1 s after that:');
for (const cpu of CPUS) {
  for (const name of PAGE_NAMES) {
    const line = reachLine(series[cpu]![name]!);
    if (line) log(`  ${`${name} ${cpu}×`.padEnd(14)} ${line}`);
  }
}
log();
log('What each page adds on load to its own HTML with the app left out, run by run (the two are loaded');
log('in turn within each run, so a slow spell hits both): the per-run difference in total blocking time');
log('and in the longest task, median (smallest to largest):');
const overNoApp = CPUS.flatMap((cpu) =>
  GOAL_PAGES.map((name) => {
    const [page, noApp] = [series[cpu]![name]!, series[cpu]![`${name}${NO_APP}`]!];
    return {
      page: name,
      cpu,
      tbt: paired(page, noApp, (s) => s.tbt),
      longestTask: paired(page, noApp, (s) => s.longestTask),
    };
  }),
);
for (const o of overNoApp) {
  log(`  ${`${o.page} ${o.cpu}×`.padEnd(14)} blocking ${pairedLine(o.tbt)}`);
  log(`  ${''.padEnd(14)} longest task ${pairedLine(o.longestTask)}`);
}
const bigSummary = BIG ? summarize(bigSeries, summaries[1]!.floor!.paintMedian) : null;
if (bigSummary) {
  log();
  log(
    `Large dataset (${big.figures.length} figures, ${kb(Buffer.byteLength(bigJson))} JSON), overview at 1× CPU: first card chart ${ms(bigSummary.paintMedian)} (${ratio(bigSummary.ratioToFloor)} floor), longest task ${Math.round(bigSummary.longestTaskMedian)} ms median, ${Math.round(bigSummary.longestTaskMax)} ms worst`,
  );
}

// Targets (reported, never enforced)
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const withoutTheApp = (noApp: string, oneFont: string) =>
  ` (the same HTML with no app: ${noApp}; with no app and in one font: ${oneFont})`;
const targets: { target: string; measured: string; met: boolean }[] = [
  { target: `initial JS app ≤ ${kb(TARGETS.appGzip)} gzip`, measured: kb(app.gzip), met: app.gzip <= TARGETS.appGzip },
];
// the goals at 4× CPU, when it was measured
const at4x = CPUS.includes(4) ? GOAL_PAGES : [];
for (const name of at4x) {
  const r = summaries[4]![name]!.ratioToFloor;
  targets.push({
    target: `${name}: first chart paint ≤ ${TARGETS.ratioAt4x}× floor at 4× CPU`,
    measured: ratio(r),
    met: r <= TARGETS.ratioAt4x,
  });
}
for (const name of at4x) {
  const t = summaries[4]![name]!.tbtMedian;
  targets.push({
    target: `${name} at 4× CPU: total blocking time < ${TARGETS.tbtMs} ms (median)`,
    measured: `${ms(t)}${withoutTheApp(ms(summaries[4]![`${name}${NO_APP}`]!.tbtMedian), ms(summaries[4]![`${name}${ONE_FONT}`]!.tbtMedian))}`,
    met: t < TARGETS.tbtMs,
  });
}
for (const cpu of CPUS) {
  for (const name of GOAL_PAGES) {
    const t = summaries[cpu]![name]!.longestTaskMax;
    targets.push({
      target: `${name} at ${cpu}× CPU: no long task > ${TARGETS.longTaskMs} ms (worst run)`,
      measured: `${ms(t)}${withoutTheApp(ms(summaries[cpu]![`${name}${NO_APP}`]!.longestTaskMax), ms(summaries[cpu]![`${name}${ONE_FONT}`]!.longestTaskMax))}`,
      met: t <= TARGETS.longTaskMs,
    });
  }
}
log();
log('Targets (reported only)');
for (const t of targets) log(`  ${verdict(t.met).padEnd(6)} ${t.target}: ${t.measured}`);
const failures = [
  ...Object.values(summaries).flatMap((s) => Object.entries(s)),
  ...(bigSummary ? [['big', bigSummary] as const] : []),
].flatMap(([name, s]) => s.failures.map((f) => `${name}: ${f}`));
if (failures.length) {
  log();
  log(`Failed loads (left out of the medians): ${failures.length}`);
  for (const f of failures) log(`  ${f}`);
}
const seconds = Math.round((Date.now() - started) / 1000);
log();
log(`bench took ${seconds} s`);

if (values.json) {
  const out = {
    machine: info,
    runs: RUNS,
    seconds,
    javascript: { app, all, requestedBeforeChart: jsBeforeChart },
    firstChartPaint: { summaries, series, overNoApp },
    bigDataset: {
      figures: big.figures.length,
      jsonBytes: Buffer.byteLength(bigJson),
      summary: bigSummary,
      series: bigSeries,
    },
    targets,
  };
  writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`);
  log(`results written to ${values.json}`);
}
