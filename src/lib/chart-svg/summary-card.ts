import { num } from '../chart-layout/scale';
import { textWidth, truncate, wrapText } from '../chart-layout/text-measure';
import { escapeAttr, escapeText } from './escape';
import { FONT_FAMILY } from './export-svg';
import { el, type Attrs } from './marks';
import { PALETTES, type Palette } from './palette';

export interface SummaryRow {
  /** a verdict's status key, e.g. 'met' | 'on-track' | 'behind' | 'missed' | 'no-figure-since-deadline' | 'no-date' | 'not-enough' | 'no-goal'; null for a plain text row */
  status: string | null;
  symbol: string; // e.g. '✓' (may be '')
  statusLabel: string; // e.g. 'Met', 'No date given' (may be '')
  name: string; // e.g. "Kazakhstan's trade with the Turkic states"
  detail: string; // e.g. '$11.5B of $20B' (may be '')
}
export interface SummaryCardTexts {
  lang: string; // 'en' | 'ru' | 'kk', written as xml:lang / lang on the root <svg>
  title: string;
  subtitle: string; // one or two lines, wrapped
  tally: string; // e.g. '2 met · 1 on track · 5 no date given' ('' for none)
  rows: SummaryRow[];
  more: (hidden: number) => string; // the line shown when rows do not all fit, e.g. n => `+ ${n} more`
  footer: string; // e.g. 'Goalpost · data of 5 December 2026 · https://news.example/goalpost/' (wrapped, never cut)
  alt: string; // the SVG's <desc>
}

/**
 * The verdict colours of the app: the `.status-*` rules of src/app/components.css (light, and dark
 * under `[data-theme='dark']`), each at least 4.5:1 on the background. `not-enough`, `no-goal` and any
 * other key are painted in the palette's --muted, as the app does. The words always say the status.
 */
const STATUS_COLOURS = new Map<string, { light: string; dark: string }>([
  ['met', { light: '#00734d', dark: '#4fd1a5' }], // .status-met
  ['on-track', { light: '#005a8c', dark: '#8ecae6' }], // .status-on-track
  ['behind', { light: '#8a5a00', dark: '#f4c45a' }], // .status-behind
  ['no-figure-since-deadline', { light: '#8a5a00', dark: '#f4c45a' }], // .status-no-figure-since-deadline
  ['missed', { light: '#b3261e', dark: '#ff9a8f' }], // .status-missed
  ['no-date', { light: '#5b4a8a', dark: '#c9b8ff' }], // .status-no-date
]);

/**
 * The verdict symbols of the app (VERDICT_SYMBOL) that Noto Sans has no glyph for, drawn as strokes
 * in a 10 × 10 box: a rasteriser given only Noto Sans (resvg in the build) would draw empty boxes.
 */
const SYMBOL_PATHS = new Map<string, string>([
  ['✓', 'M0.5 5.5L3.5 8.5L9.5 1'],
  ['✕', 'M1.5 1.5L8.5 8.5M8.5 1.5L1.5 8.5'],
  ['↗', 'M1.5 8.5L8.5 1.5M3.5 1.5H8.5V6.5'],
  ['↘', 'M1.5 1.5L8.5 8.5M8.5 3.5V8.5H3.5'],
  ['≈', 'M1 3.5Q3 1.5 5 3.5T9 3.5M1 7Q3 5 5 7T9 7'],
]);

/** The symbol as strokes, in the width text-measure gives it, or null when the font has it. */
function symbolMark(symbol: string, x: number, baseline: number, size: number, colour: string): string | null {
  const d = SYMBOL_PATHS.get(symbol);
  if (!d) return null;
  const k = Math.min(0.068 * size, textWidth(symbol, size, true) / 10);
  const a = { d, fill: 'none', stroke: colour, 'stroke-width': 1.6, 'stroke-linecap': 'round' };
  const t = `translate(${num(x)},${num(baseline - 0.7 * size)}) scale(${Math.round(k * 1000) / 1000})`;
  return el('path', { ...a, 'stroke-linejoin': 'round', transform: t });
}

const statusColour = (status: string, theme: 'light' | 'dark', pal: Palette) =>
  STATUS_COLOURS.get(status)?.[theme] ?? pal.muted;

/** Sizes in px at 1200 × 630 (a social card, seen at about a third of its size on a phone). */
const BASE = { title: 56, subtitle: 24, tally: 26, row: 24, foot: 19, marginX: 56, marginY: 40 };
const FLOOR = { title: 48, row: 22 };
/** Title sizes tried, largest first, until the title fits in two lines. */
const TITLE_STEPS = [56, 52, 48];
/** Tried in turn until enough rows fit: fewer title and subtitle lines, smaller rows. */
const ATTEMPTS = [
  { title: 2, subtitle: 2, row: 24 },
  { title: 2, subtitle: 2, row: 22 },
  { title: 2, subtitle: 1, row: 22 },
  { title: 1, subtitle: 1, row: 22 },
];
const FOOT_LINES = 99; // the footer is wrapped, never cut

interface Line {
  text: string;
  y: number;
}

const dimension = (v: number | undefined, fallback: number) =>
  v !== undefined && Number.isFinite(v) && v > 0 ? Math.round(v) : fallback;

/** Lines from `top`, baselines at 0.95 em into each 1.25 em line (as export-layout.ts lays text out). */
function stack(lines: string[], top: number, size: number, lh = 1.25): { lines: Line[]; bottom: number } {
  return {
    lines: lines.map((text, i) => ({ text, y: top + size * 0.95 + i * size * lh })),
    bottom: top + lines.length * size * lh,
  };
}

interface RowLayout {
  status: string | null;
  symbol: string;
  label: string;
  name: string;
  detail: string;
  y: number;
}

function layout(texts: SummaryCardTexts, W: number, H: number) {
  const s = Math.min(W / 1200, H / 630);
  const mx = BASE.marginX * s;
  const my = BASE.marginY * s;
  const inner = Math.max(10, W - 2 * mx);

  const footSize = BASE.foot * s;
  const footLh = footSize * 1.35;
  const footLines = texts.footer.trim() ? wrapText(texts.footer, inner, footSize, FOOT_LINES) : [];
  const footTop = H - my - footLines.length * footLh;
  // last baseline at H - my - 0.35 em: the descenders stay inside the margin
  const footer = footLines.map((text, i) => ({ text, y: footTop + footSize + i * footLh }));

  const fits2 = (sz: number) => wrapText(texts.title, inner, sz * s, 99, true).length <= 2;
  const titleSize = (TITLE_STEPS.find(fits2) ?? FLOOR.title) * s;
  const subSize = BASE.subtitle * s;
  const tallySize = BASE.tally * s;

  function attempt(a: (typeof ATTEMPTS)[number]) {
    const wrap = (t: string, sz: number, n: number, bold = false) => (t.trim() ? wrapText(t, inner, sz, n, bold) : []);
    const title = stack(wrap(texts.title, titleSize, a.title, true), my, titleSize);
    const subTop = title.bottom + (title.lines.length ? 0.15 * subSize : 0);
    const subtitle = stack(wrap(texts.subtitle, subSize, a.subtitle), subTop, subSize);
    const tallyTop = subtitle.bottom + (subtitle.lines.length ? 0.6 * tallySize : 0);
    const tally = stack(wrap(texts.tally, tallySize, 2, true), tallyTop, tallySize);
    const rowSize = Math.max(FLOOR.row * s, a.row * s);
    const rowH = rowSize * 1.5;
    const rowsTop = tally.bottom + (tally.lines.length ? 0.5 * rowH : 0.25 * rowH);
    const rowsBottom = footTop - (footer.length ? 0.4 * footSize : 0);
    const fit = Math.max(0, Math.floor((rowsBottom - rowsTop) / rowH));
    return { title, subtitle, tally, rowSize, rowH, rowsTop, fit };
  }
  // the first attempt where at least four rows (or all of them) fit, else the roomiest
  const want = Math.min(texts.rows.length, 4);
  const tries = ATTEMPTS.map(attempt);
  const head = tries.find((t) => t.fit >= want) ?? tries[tries.length - 1]!;
  const { rowSize, rowH, rowsTop, fit } = head;

  const all = texts.rows;
  const shown = all.length <= fit ? all : all.slice(0, Math.max(0, fit - 1));
  const hidden = all.length - shown.length;

  // the status column: as wide as the widest label present, at most 40 % of the width
  const gap = rowSize * 0.8;
  const labelOf = (r: SummaryRow) => [r.symbol.trim(), r.statusLabel.trim()].filter(Boolean).join(' ');
  const labelled = shown.filter((r) => r.status !== null);
  const colMax = inner * 0.4;
  const col = labelled.length
    ? Math.min(colMax, Math.max(0, ...labelled.map((r) => textWidth(labelOf(r), rowSize, true))))
    : 0;

  const baseline = (i: number) => rowsTop + i * rowH + rowH / 2 + rowSize * 0.35;
  const rows: RowLayout[] = shown.map((r, i) => {
    const x0 = r.status !== null ? col + gap : 0;
    const detail = r.detail.trim() ? truncate(r.detail.trim(), inner * 0.35, rowSize) : '';
    const room = inner - x0 - (detail ? textWidth(detail, rowSize) + gap : 0);
    return {
      status: r.status,
      symbol: r.symbol.trim(),
      label: r.status !== null ? truncate(labelOf(r), colMax, rowSize, true) : '',
      name: truncate(r.name.trim(), Math.max(0, room), rowSize),
      detail,
      y: baseline(i),
    };
  });
  const more =
    hidden > 0 && fit > 0 ? { text: truncate(texts.more(hidden), inner, rowSize), y: baseline(shown.length) } : null;

  return { mx, inner, titleSize, subSize, tallySize, footSize, footer, ...head, rows, col, gap, more };
}

/**
 * A social card (1200 × 630 unless told otherwise) as a standalone SVG document: the title, a
 * subtitle, a tally of the verdicts and one row per goal (symbol and status in words, the goal's name,
 * its figure against the goal), as many as fit, then a "+ n more" line; the footer at the bottom is
 * wrapped and never cut. Rows with `status: null` are plain lines of text (the sources card). Pure
 * and deterministic; every width is measured in Noto Sans (text-measure.ts).
 */
export function renderSummaryCard(
  texts: SummaryCardTexts,
  opts: { width?: number; height?: number; theme: 'light' | 'dark'; fontCss?: string },
): string {
  const W = dimension(opts.width, 1200);
  const H = dimension(opts.height, 630);
  const pal = PALETTES[opts.theme];
  const L = layout(texts, W, H);
  const id = 'gp-card';
  const lang = escapeAttr(texts.lang);
  const text = (x: number, y: number, size: number, fill: string, cls: string, t: string, more: Attrs = {}) =>
    el('text', { x, y, 'font-size': size, fill, class: cls, ...more }, escapeText(t));
  const bold: Attrs = { 'font-weight': 'bold' };

  const parts: string[] = [];
  parts.push(el('title', { id: `${id}-title` }, escapeText(texts.title)));
  const desc = texts.alt.trim() || [texts.title, texts.subtitle, texts.tally].filter((t) => t.trim()).join(' — ');
  parts.push(el('desc', { id: `${id}-desc` }, escapeText(desc)));
  if (opts.fontCss) parts.push(`<style><![CDATA[${opts.fontCss.replaceAll(']]>', ']]]]><![CDATA[>')}]]></style>`);
  parts.push(el('rect', { x: 0, y: 0, width: W, height: H, fill: pal.background }));

  for (const l of L.title.lines) parts.push(text(L.mx, l.y, L.titleSize, pal.text, 'card-title', l.text, bold));
  for (const l of L.subtitle.lines) parts.push(text(L.mx, l.y, L.subSize, pal.muted, 'card-subtitle', l.text));
  for (const l of L.tally.lines) parts.push(text(L.mx, l.y, L.tallySize, pal.text, 'card-tally', l.text, bold));

  const right = L.mx + L.inner;
  for (const r of L.rows) {
    const cells: string[] = [];
    let x = L.mx;
    if (r.status !== null) {
      const colour = statusColour(r.status, opts.theme, pal);
      const whole = r.label === r.symbol || r.label.startsWith(`${r.symbol} `);
      const sym = r.symbol && whole ? symbolMark(r.symbol, x, r.y, L.rowSize, colour) : null;
      if (sym) cells.push(sym);
      const label = sym ? r.label.slice(r.symbol.length).trimStart() : r.label;
      const lx = sym ? x + textWidth(`${r.symbol} `, L.rowSize, true) : x;
      if (label) cells.push(text(lx, r.y, L.rowSize, colour, 'card-status', label, bold));
      x += L.col + L.gap;
    }
    if (r.name) cells.push(text(x, r.y, L.rowSize, pal.text, 'card-name', r.name));
    if (r.detail) {
      cells.push(text(right, r.y, L.rowSize, pal.muted, 'card-detail', r.detail, { 'text-anchor': 'end' }));
    }
    parts.push(el('g', { class: r.status !== null ? `card-row status-${r.status}` : 'card-row' }, cells.join('')));
  }
  if (L.more) parts.push(text(L.mx, L.more.y, L.rowSize, pal.muted, 'card-more', L.more.text));
  for (const l of L.footer) parts.push(text(L.mx, l.y, L.footSize, pal.muted, 'card-footer', l.text));

  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img"` +
    ` aria-labelledby="${id}-title ${id}-desc" xml:lang="${lang}" lang="${lang}" font-family="${FONT_FAMILY}">`;
  return `${root}${parts.join('')}</svg>\n`;
}
