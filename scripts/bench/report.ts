/** Summaries and the printed table. Numbers only; nothing here fails a run. */
import type { Sizes } from './sizes';
import { kb } from './sizes';

/** The probes of one page at one CPU setting (failed runs are left out and counted). */
export interface Series {
  /** the run each kept probe came from (1-based), so two pages' runs can be paired */
  run: number[];
  paint: number[];
  found: number[];
  longestTask: number[];
  tbt: number[];
  /** what each run's longest task spent its time on (Probe.longestCause) */
  causes: string[];
  matched: string[];
  failures: string[];
  /** the first key press on a prerendered view (Probe.reach), for runs that had one */
  reachMs: number[];
  reachLongestTask: number[];
  reachTbt: number[];
}

export const emptySeries = (): Series => ({
  run: [],
  paint: [],
  found: [],
  longestTask: [],
  tbt: [],
  causes: [],
  matched: [],
  failures: [],
  reachMs: [],
  reachLongestTask: [],
  reachTbt: [],
});

/** "live after 380 ms; TBT 120/180 ms; long task 130/150 ms" (medians/worst), or '' with no runs. */
export function reachLine(s: Series): string {
  if (!s.reachMs.length) return '';
  const mw = (xs: number[]) => `${Math.round(median(xs))}/${Math.round(Math.max(...xs))} ms`;
  return `live page after ${ms(median(s.reachMs))} (median); TBT ${mw(s.reachTbt)}; long task ${mw(s.reachLongestTask)} (median/worst)`;
}

/** "start-app.js, module-script ×4; the browser's own work ×1": the runs' causes, most frequent first. */
export function causesLine(causes: string[]): string {
  const counts = new Map<string, number>();
  for (const c of causes.map((c) => c || 'no long task')) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ×${n}`)
    .join('; ');
}

/**
 * Two pages loaded in turn within each run (the bench interleaves them), compared run by run: how much
 * more one blocked than the other, so a slow spell on the machine, which hits both loads of a run,
 * cancels out. Only runs where both loads succeeded are paired.
 */
export interface Paired {
  runs: number;
  /** median of the per-run differences (a − b), ms */
  median: number;
  /** smallest and largest per-run difference, ms */
  min: number;
  max: number;
  /** runs in which a was above b */
  above: number;
}

export function paired(a: Series, b: Series, pick: (s: Series) => number[]): Paired | null {
  const bByRun = new Map(b.run.map((r, i) => [r, pick(b)[i]!]));
  const diffs = a.run.flatMap((r, i) => (bByRun.has(r) ? [pick(a)[i]! - bByRun.get(r)!] : []));
  if (!diffs.length) return null;
  return {
    runs: diffs.length,
    median: median(diffs),
    min: Math.min(...diffs),
    max: Math.max(...diffs),
    above: diffs.filter((d) => d > 0).length,
  };
}

/** "+12 ms median (−40 to +61), above in 6 of 10 runs", or 'n/a' with no pair. */
export function pairedLine(p: Paired | null): string {
  if (!p) return 'n/a';
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(Math.round(v))}`;
  return `${signed(p.median)} ms median (${signed(p.min)} to ${signed(p.max)}), above in ${p.above} of ${p.runs} runs`;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Summary {
  paintMedian: number;
  foundMedian: number;
  ratioToFloor: number;
  longestTaskMedian: number;
  longestTaskMax: number;
  tbtMedian: number;
  tbtMax: number;
  /** how often each chart kind matched first, e.g. { static: 5 } */
  matched: Record<string, number>;
  runs: number;
  failures: string[];
}

export function summarize(series: Series, floorPaintMedian: number): Summary {
  const paintMedian = median(series.paint);
  const matched: Record<string, number> = {};
  for (const m of series.matched) matched[m] = (matched[m] ?? 0) + 1;
  return {
    paintMedian,
    foundMedian: median(series.found),
    ratioToFloor: paintMedian / floorPaintMedian,
    longestTaskMedian: median(series.longestTask),
    longestTaskMax: series.longestTask.length ? Math.max(...series.longestTask) : NaN,
    tbtMedian: median(series.tbt),
    tbtMax: series.tbt.length ? Math.max(...series.tbt) : NaN,
    matched,
    runs: series.paint.length,
    failures: series.failures,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

export function sizeLine(label: string, s: Sizes, target?: number): string {
  const verdict = target === undefined ? '' : `   target ≤ ${kb(target)} gzip: ${s.gzip <= target ? 'met' : 'MISSED'}`;
  return `${pad(label, 38)} ${lpad(kb(s.gzip), 9)} gzip ${lpad(kb(s.brotli), 9)} brotli ${lpad(kb(s.raw), 9)} raw  (${s.files.length} files)${verdict}`;
}

/** Lays out rows of cells in columns: text left-aligned in the first column, right-aligned elsewhere. */
function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join('  ')).join('\n');
}

/** One row per page: per CPU setting the median paint, its ratio to the floor, the total blocking time
 * and the longest task (median of the runs / worst run), and which chart was painted first. */
export function paintTable(
  pages: string[],
  cpus: number[],
  summaries: Record<number, Record<string, Summary>>,
): string {
  const head = ['page', ...cpus.flatMap((c) => [`${c}× paint`, 'ratio', 'TBT med/max', 'long task med/max', 'chart'])];
  const rows = pages.map((page) => [
    page,
    ...cpus.flatMap((cpu) => {
      const s = summaries[cpu]![page]!;
      const kinds = Object.entries(s.matched)
        .map(([k, n]) => `${k}${n === s.runs ? '' : ` ×${n}`}`)
        .join('+');
      const failed = s.failures.length ? ` (${s.failures.length} failed)` : '';
      return [
        ms(s.paintMedian),
        ratio(s.ratioToFloor),
        `${Math.round(s.tbtMedian)}/${Math.round(s.tbtMax)} ms`,
        `${Math.round(s.longestTaskMedian)}/${Math.round(s.longestTaskMax)} ms`,
        `${kinds}${failed}`,
      ];
    }),
  ]);
  return columns([head, ...rows]);
}

export { ms, ratio };
