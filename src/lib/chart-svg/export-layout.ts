import { textWidth, truncate, wrapText } from '../chart-layout/text-measure';
import type { LegendKey } from './legend-svg';

export interface ExportTexts {
  title: string;
  /** what is compared, with units */
  subtitle: string;
  legend: { key: LegendKey; label: string }[];
  source: string;
  dataset: string;
  /** the public address of the view; empty when none is configured (then nothing is printed) */
  link: string;
  lang: string;
  /** the text alternative, written from the figures: the SVG's <desc> */
  alt?: string;
}

export interface TextBlock {
  lines: string[];
  /** baselines, one per line */
  ys: number[];
  size: number;
}

export interface ExportLayout {
  scale: number;
  margin: number;
  title: TextBlock;
  subtitle: TextBlock;
  legend: { size: number; items: { key: LegendKey; label: string; x: number; baseline: number; centreY: number }[] };
  /** the plot box; height 0 when there is no room for one */
  plot: { x: number; y: number; width: number; height: number; fontSize: number };
  footer: { size: number; lines: { kind: 'source' | 'dataset' | 'link'; text: string; y: number }[] };
}

/** Type sizes of one picture size, in px; `floor` is the smallest each may shrink to. */
interface TypeScale {
  title: number;
  subtitle: number;
  legend: number;
  tick: number;
  foot: number;
  margin: number;
}

/**
 * The type scale of a picture: an article column, a wide picture, or a social card (1200 × 630),
 * where a phone shows the card at about a third of its size, so the title is at least 48 px and
 * the tick labels at least 20 px.
 */
export function typeScale(width: number, height: number): { base: TypeScale; floor: TypeScale } {
  if (width >= 1100 && height >= 560) {
    const base = { title: 52, subtitle: 26, legend: 22, tick: 22, foot: 19, margin: 40 };
    return { base, floor: { title: 48, subtitle: 22, legend: 20, tick: 20, foot: 17, margin: 32 } };
  }
  if (width >= 900) {
    const base = { title: 28, subtitle: 17, legend: 15, tick: 15, foot: 14, margin: 26 };
    return { base, floor: { title: 22, subtitle: 14, legend: 13, tick: 13, foot: 12, margin: 20 } };
  }
  const k = width < 560 || height < 380 ? 0.85 : 1;
  const base = {
    title: 20 * k,
    subtitle: 13 * k,
    legend: 12 * k,
    tick: 12 * k,
    foot: 11 * k,
    margin: (width < 480 ? 12 : 18) * k,
  };
  return { base, floor: { title: 15, subtitle: 11, legend: 10, tick: 11, foot: 10, margin: 10 } };
}

interface Attempt {
  /** shrink factor of the type, never below the floor */
  k: number;
  /** lines allowed for the title and the subtitle */
  lines: number;
}

function block(text: string, top: number, width: number, size: number, maxLines: number, bold = false): TextBlock {
  const lines = text.trim() ? wrapText(text, width, size, maxLines, bold) : [];
  const lh = size * 1.25;
  return { lines, ys: lines.map((_, i) => top + size * 0.95 + i * lh), size };
}

const bottomOf = (b: TextBlock, top: number) => (b.lines.length ? top + b.lines.length * b.size * 1.25 : top);

/** Room for the most words a footer line can hold before it is a paragraph: never cut. */
const FOOT_LINES = 6;

/**
 * The legend in one row: the labels at the legend size, or smaller down to its floor; when the row
 * is still too long, the last keys are left out (the chart's direct labels name the goal and the
 * latest figure anyway).
 */
function legendRow(
  legend: ExportTexts['legend'],
  inner: number,
  size: number,
  floorSize: number,
  s: number,
): { size: number; items: { key: LegendKey; label: string; width: number }[] } {
  const measure = (sz: number, keys: ExportTexts['legend']) => {
    const items = keys.map(({ key, label }) => ({ key, label, width: 24 * s + textWidth(label, sz) }));
    const total = items.reduce((sum, it) => sum + it.width, 0) + Math.max(0, items.length - 1) * 16 * s;
    return { items, total };
  };
  let keys = legend;
  for (;;) {
    for (const sz of [size, (size + floorSize) / 2, floorSize]) {
      const m = measure(sz, keys);
      if (m.total <= inner) return { size: sz, items: m.items };
    }
    if (keys.length <= 1) {
      const only = keys[0];
      return only
        ? {
            size: floorSize,
            items: [{ ...only, label: truncate(only.label, inner - 24 * s, floorSize), width: inner }],
          }
        : { size: floorSize, items: [] };
    }
    keys = keys.slice(0, -1);
  }
}

function attempt(texts: ExportTexts, W: number, H: number, a: Attempt): ExportLayout {
  const { base, floor } = typeScale(W, H);
  const size = (key: keyof TypeScale) => Math.max(floor[key], base[key] * a.k);
  const s = size('legend') / 12;
  const margin = size('margin');
  const inner = Math.max(10, W - 2 * margin);
  const title = block(texts.title, margin, inner, size('title'), Math.min(2, a.lines), true);
  let y = bottomOf(title, margin);
  const subtitle = block(texts.subtitle, y + 0.15 * size('subtitle'), inner, size('subtitle'), a.lines);
  y = bottomOf(subtitle, y + 0.15 * size('subtitle')) + 0.8 * size('subtitle');

  const row = legendRow(texts.legend, inner, size('legend'), floor.legend, s);
  const rowH = row.size * 1.7;
  const items: ExportLayout['legend']['items'] = [];
  let x = margin;
  for (const it of row.items) {
    items.push({ key: it.key, label: it.label, x, baseline: y + rowH / 2 + row.size * 0.35, centreY: y + rowH / 2 });
    x += it.width + 16 * s;
  }
  if (items.length) y += rowH + 0.6 * row.size;

  const footSize = size('foot');
  const lh = footSize * 1.35;
  const foot = (['source', 'dataset', 'link'] as const).flatMap((kind) =>
    texts[kind].trim() ? wrapText(texts[kind], inner, footSize, FOOT_LINES).map((text) => ({ kind, text })) : [],
  );
  const footTop = H - margin - foot.length * lh;
  const footer = { size: footSize, lines: foot.map((l, i) => ({ ...l, y: footTop + footSize + i * lh })) };
  const height = footTop - 0.7 * footSize - y;
  return {
    scale: s,
    margin,
    title,
    subtitle,
    legend: { size: row.size, items },
    plot: { x: margin, y, width: inner, height: height >= 30 ? height : 0, fontSize: size('tick') },
    footer,
  };
}

/**
 * Lays out the exported image: title (≤ 2 lines), subtitle, the legend in one row, plot, footer
 * (source line and credit, dataset, address: wrapped, never cut). Type shrinks towards its floor,
 * then the title and subtitle keep one line each, until the plot gets a sensible height.
 */
export function layoutExport(texts: ExportTexts, width: number, height: number): ExportLayout {
  const minPlot = Math.min(160, Math.max(60, height * 0.35));
  const attempts: Attempt[] = [1, 0.9, 0.8, 0.7].map((k) => ({ k, lines: 2 }));
  attempts.push({ k: 0.7, lines: 1 });
  let last: ExportLayout | null = null;
  for (const a of attempts) {
    last = attempt(texts, width, height, a);
    if (last.plot.height >= minPlot) return last;
  }
  return last ?? attempt(texts, width, height, { k: 0.7, lines: 1 });
}
