import type { ChartLayout, PlacedText } from '../chart-layout/chart-layout';
import { escapeText } from './escape';
import { el } from './marks';
import type { Palette } from './palette';

/** One direct label, with a halo in the background colour that keeps it legible over lines and grid. */
export function labelSvg(t: PlacedText, p?: Palette): string {
  const fill = p
    ? { fill: p.text, stroke: p.background, 'stroke-width': 3, 'paint-order': 'stroke' }
    : { style: 'fill:var(--fg);stroke:var(--bg);stroke-width:3px;paint-order:stroke' };
  const a = {
    x: t.x,
    y: t.y,
    'text-anchor': t.anchor,
    class: t.cls,
    'font-size': t.size,
    ...(t.bold ? { 'font-weight': 'bold' } : {}),
    ...fill,
  };
  return el('text', a, escapeText(t.text));
}

/**
 * The direct labels and the goal's stated ticks, as the layout placed them: drawn into the static
 * chart and the pictures, and over the Recharts view, by this one function.
 */
export function labelsSvg(l: ChartLayout, p?: Palette): string {
  const goalStroke = p ? { stroke: p.goal } : { style: 'stroke:var(--goal)' };
  const ticks = l.statedTicks.map((s) =>
    el('line', { x1: s.x, x2: s.x, y1: s.top, y2: s.bottom, class: 'goal-stated', 'stroke-width': 2, ...goalStroke }),
  );
  return ticks.join('') + l.labels.map((t) => labelSvg(t, p)).join('');
}
