import type { LegendKey } from '../../domain/chart-model';
import { num } from '../chart-layout/scale';
import { escapeText } from './escape';
import { band, cross, deadlineLine, diamond, dot, el, rangeBar, seriesPath, square } from './marks';
import type { Palette } from './palette';
import { assumedSpan, fanArea, scenarioPath } from './scenario-marks';

export type { LegendKey };

/** The legend keys of the chart, in the order the app's legend lists them. */
export const LEGEND_KEYS: readonly LegendKey[] = [
  'primary',
  'context',
  'range',
  'approx',
  'partial',
  'goal',
  'horizon',
  'projection',
  'forecast',
  'assumed',
  'fan',
  'scenario1',
  'scenario2',
  'scenario3',
];

/** The drawn symbol of a legend key, centred on cx, cy, about 18 × 16 px at scale 1. */
export function legendSymbol(key: LegendKey, cx: number, cy: number, s: number, palette: Palette): string {
  const r = 5 * s;
  switch (key) {
    case 'primary':
      return dot(cx, cy, r, { tier: 'primary', hollow: false, palette });
    case 'context':
      return dot(cx, cy, r, { tier: 'context', hollow: false, palette });
    case 'range':
      return rangeBar(cx, cy + 7 * s, cy - 7 * s, 4 * s, palette);
    case 'approx':
      return dot(cx, cy, r, { tier: 'primary', hollow: true, palette });
    case 'apart':
      return dot(cx, cy, r, { tier: 'primary', hollow: true, palette }).replace(
        '<circle ',
        '<circle stroke-dasharray="2 2" ',
      );
    case 'partial':
      return square(cx, cy, r - 0.5, { tier: 'primary', hollow: true, palette });
    case 'goal':
      return deadlineLine(cx, cy - 9 * s, cy + 9 * s, palette) + diamond(cx, cy, 5 * s, true, palette);
    case 'horizon':
      return band(cx - 9 * s, cy - 4 * s, 18 * s, 8 * s, true, palette);
    case 'projection':
      return seriesPath(`M${num(cx - 9 * s)},${num(cy)}L${num(cx + 9 * s)},${num(cy)}`, 'projection', palette);
    case 'forecast':
      return cross(cx, cy, 4.5 * s, palette);
    case 'assumed':
      return assumedSpan(cx - 5 * s, cx + 5 * s, cy - 8 * s, cy + 8 * s, palette);
    case 'fan':
      return fanArea(
        `M${num(cx - 9 * s)},${num(cy + 2 * s)}L${num(cx + 9 * s)},${num(cy - 6 * s)}L${num(cx + 9 * s)},${num(cy + 6 * s)}Z`,
        palette,
      );
    case 'scenario1':
    case 'scenario2':
    case 'scenario3':
      return scenarioPath(
        `M${num(cx - 9 * s)},${num(cy)}L${num(cx + 9 * s)},${num(cy)}`,
        Number(key.slice(-1)) - 1,
        palette,
      );
  }
}

/** One legend entry: its symbol and its label, as a group with the app's legend class. */
export function legendItem(
  key: LegendKey,
  label: string,
  pos: { x: number; baseline: number; centreY: number; size: number; scale: number },
  palette: Palette,
): string {
  const symbolW = 18 * pos.scale;
  return el(
    'g',
    { class: `legend-${key}` },
    legendSymbol(key, pos.x + symbolW / 2, pos.centreY, pos.scale, palette) +
      el(
        'text',
        { x: pos.x + symbolW + 6 * pos.scale, y: pos.baseline, 'font-size': pos.size, fill: palette.text },
        escapeText(label),
      ),
  );
}
