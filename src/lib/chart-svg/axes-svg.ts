import type { ChartLayout, PlacedText } from '../chart-layout/chart-layout';
import { escapeText } from './escape';
import { el, type Attrs } from './marks';
import type { Palette } from './palette';

/** The grid is not covered by the card CSS: without a palette it is painted from the theme variables. */
const gridPaint = (p?: Palette): Attrs =>
  p ? { stroke: p.grid, 'stroke-width': 1 } : { style: 'stroke:var(--border);stroke-width:1;opacity:0.6' };

/** A tick label as placed by the layout. */
export const tickSvg = (t: PlacedText, p?: Palette): string =>
  el(
    'text',
    { x: t.x, y: t.y, 'text-anchor': t.anchor, class: 'tick', 'font-size': t.size, fill: p?.muted },
    escapeText(t.text),
  );

/** Grid, axis line and tick labels, as the layout placed them. */
export function renderAxes(l: ChartLayout, p?: Palette): string {
  const out: string[] = [];
  const grid = gridPaint(p);
  const { plot } = l;
  const line = (x1: number, x2: number, y1: number, y2: number) =>
    el('line', { class: 'grid', x1, x2, y1, y2, 'stroke-dasharray': '2 4', ...grid });
  for (const y of l.grid.horizontal) out.push(line(plot.left, plot.right, y, y));
  for (const x of l.grid.vertical) out.push(line(x, x, plot.top, plot.bottom));
  for (const t of l.y.ticks) if (t.label) out.push(tickSvg(t.label, p));
  for (const t of l.x.ticks) out.push(tickSvg(t.label, p));
  out.push(
    el('line', {
      class: 'axis',
      x1: plot.left,
      x2: plot.right,
      y1: plot.bottom,
      y2: plot.bottom,
      ...(p ? { stroke: p.grid } : {}),
    }),
  );
  return out.join('');
}
