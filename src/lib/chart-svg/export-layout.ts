import type { LegendKey } from './legend-svg';
import { textWidth, truncate, wrapText } from './text-measure';

export interface ExportTexts {
  title: string;
  /** what is compared, with units */
  subtitle: string;
  legend: { key: LegendKey; label: string }[];
  source: string;
  dataset: string;
  link: string;
  lang: string;
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

interface Attempt {
  scale: number;
  lines: number;
}

function block(text: string, top: number, width: number, size: number, maxLines: number, bold = false): TextBlock {
  const lines = text.trim() ? wrapText(text, width, size, maxLines, bold) : [];
  const lh = size * 1.25;
  return { lines, ys: lines.map((_, i) => top + size * 0.95 + i * lh), size };
}

const bottomOf = (b: TextBlock, top: number) => (b.lines.length ? top + b.lines.length * b.size * 1.25 : top);

function attempt(texts: ExportTexts, W: number, H: number, a: Attempt): ExportLayout {
  const s = a.scale;
  const margin = (W < 480 ? 12 : 18) * s;
  const inner = Math.max(10, W - 2 * margin);
  const title = block(texts.title, margin, inner, 20 * s, Math.min(2, a.lines), true);
  let y = bottomOf(title, margin);
  const subtitle = block(texts.subtitle, y + 2 * s, inner, 13 * s, a.lines);
  y = bottomOf(subtitle, y + 2 * s) + 10 * s;

  const legendSize = 12 * s;
  const rowH = 20 * s;
  const symbolW = 18 * s + 6 * s;
  const items: ExportLayout['legend']['items'] = [];
  let x = margin;
  let rowTop = y;
  for (const { key, label } of texts.legend) {
    const text = truncate(label, inner - symbolW, legendSize);
    const w = symbolW + textWidth(text, legendSize);
    if (x > margin && x + w > W - margin) {
      x = margin;
      rowTop += rowH;
    }
    items.push({ key, label: text, x, baseline: rowTop + rowH / 2 + legendSize * 0.35, centreY: rowTop + rowH / 2 });
    x += w + 16 * s;
  }
  if (items.length) y = rowTop + rowH + 8 * s;

  const footSize = 11 * s;
  const lh = footSize * 1.35;
  const foot = (['source', 'dataset', 'link'] as const).flatMap((kind) =>
    texts[kind].trim() ? wrapText(texts[kind], inner, footSize, a.lines).map((text) => ({ kind, text })) : [],
  );
  const footTop = H - margin - foot.length * lh;
  const footer = { size: footSize, lines: foot.map((l, i) => ({ ...l, y: footTop + footSize + i * lh })) };
  const height = footTop - 8 * s - y;
  return {
    scale: s,
    margin,
    title,
    subtitle,
    legend: { size: legendSize, items },
    plot: { x: margin, y, width: inner, height: height >= 30 ? height : 0, fontSize: Math.max(8, 12 * s) },
    footer,
  };
}

/**
 * Lays out the exported image: title (≤ 2 lines), subtitle, legend rows, plot, footer. Fonts shrink a
 * little, then texts are cut to one line each, until the plot gets a sensible height.
 */
export function layoutExport(texts: ExportTexts, width: number, height: number): ExportLayout {
  const base = width < 560 || height < 380 ? 0.85 : 1;
  const minPlot = Math.min(160, Math.max(60, height * 0.35));
  const attempts: Attempt[] = [1, 0.9, 0.8, 0.7].map((k) => ({ scale: base * k, lines: 2 }));
  attempts.push({ scale: base * 0.7, lines: 1 });
  let last: ExportLayout | null = null;
  for (const a of attempts) {
    last = attempt(texts, width, height, a);
    if (last.plot.height >= minPlot) return last;
  }
  return last ?? attempt(texts, width, height, { scale: base, lines: 1 });
}
