import type { ChartModel } from '../../domain/chart-model';
import { num } from '../chart-layout/scale';
import { escapeAttr, escapeText } from './escape';
import { layoutExport, type ExportTexts, type TextBlock } from './export-layout';
import { legendItem } from './legend-svg';
import { el } from './marks';
import { PALETTES, type Palette } from './palette';
import { renderPlot } from './plot-svg';

export type { ExportTexts, ExportLayout } from './export-layout';
export { layoutExport } from './export-layout';
export type { LegendKey } from './legend-svg';

export interface ExportOptions {
  width: number;
  height: number;
  theme: 'light' | 'dark';
  formatY: (v: number) => string;
  goalLabel?: (id: string) => string;
  currentGoalLabel?: string;
  latestLabel?: string;
  stepLabel?: (id: string) => string;
  /** CSS put in a <style> element: @font-face rules (with data: URLs) for Noto Sans */
  fontCss?: string;
  /** prefix of ids in the document (default "gp") */
  idPrefix?: string;
}

export const FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Verdana, Arial, sans-serif";

const textLines = (b: TextBlock, x: number, extra: Record<string, string | number>) =>
  b.lines
    .map((line, i) => el('text', { x, y: b.ys[i] ?? 0, 'font-size': b.size, ...extra }, escapeText(line)))
    .join('');

/** CSS in a CDATA section, so that no character of it can end the element early. */
const cdata = (css: string) => `<![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

const dimension = (v: number, fallback: number) => (Number.isFinite(v) && v > 0 ? Math.round(v) : fallback);

/**
 * A complete standalone SVG document of a chart: title, subtitle, legend, plot, source, dataset and
 * permalink are all drawn inside it, in explicit colours, so that the file reads the same anywhere.
 */
export function renderExportSvg(model: ChartModel, texts: ExportTexts, opts: ExportOptions): string {
  const W = dimension(opts.width, 960);
  const H = dimension(opts.height, 540);
  const pal: Palette = PALETTES[opts.theme];
  const id = opts.idPrefix ?? 'gp';
  const L = layoutExport(texts, W, H);
  const lang = escapeAttr(texts.lang);

  const parts: string[] = [];
  parts.push(el('title', { id: `${id}-title` }, escapeText(texts.title)));
  const desc = texts.alt?.trim() || [texts.subtitle, texts.source, texts.dataset].filter((t) => t.trim()).join(' — ');
  parts.push(el('desc', { id: `${id}-desc` }, escapeText(desc)));
  if (opts.fontCss) parts.push(`<style>${cdata(opts.fontCss)}</style>`);
  parts.push(el('rect', { x: 0, y: 0, width: W, height: H, fill: pal.background }));

  parts.push(textLines(L.title, L.margin, { 'font-weight': 'bold', fill: pal.text, class: 'export-title' }));
  parts.push(textLines(L.subtitle, L.margin, { fill: pal.muted, class: 'export-subtitle' }));
  const legend = L.legend.items.map((it) =>
    legendItem(it.key, it.label, { ...it, size: L.legend.size, scale: L.scale }, pal),
  );
  if (legend.length) parts.push(el('g', { class: 'legend' }, legend.join('')));

  if (L.plot.height > 0) {
    const plot = renderPlot(model, {
      width: L.plot.width,
      height: L.plot.height,
      formatY: opts.formatY,
      palette: pal,
      fontSize: L.plot.fontSize,
      idPrefix: id,
      ...(opts.goalLabel ? { goalLabel: opts.goalLabel } : {}),
      ...(opts.currentGoalLabel ? { currentGoalLabel: opts.currentGoalLabel } : {}),
      ...(opts.latestLabel ? { latestLabel: opts.latestLabel } : {}),
      ...(opts.stepLabel ? { stepLabel: opts.stepLabel } : {}),
    });
    parts.push(el('g', { transform: `translate(${num(L.plot.x)},${num(L.plot.y)})` }, plot));
  }

  const foot = L.footer.lines.map((line) => {
    // the address is printed as plain grey text (a picture in print has no links); in an SVG file it still opens
    const a = { x: L.margin, y: line.y, 'font-size': L.footer.size, fill: pal.muted, class: `export-${line.kind}` };
    const text = el('text', a, escapeText(line.text));
    return line.kind === 'link' ? el('a', { href: texts.link, 'xlink:href': texts.link }, text) : text;
  });
  parts.push(foot.join(''));

  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img"` +
    ` aria-labelledby="${escapeAttr(`${id}-title ${id}-desc`)}" xml:lang="${lang}" lang="${lang}"` +
    ` font-family="${FONT_FAMILY}">`;
  return `${root}${parts.join('')}</svg>\n`;
}
