import { num } from '../chart-layout/scale';
import { el } from './marks';
import type { Palette } from './palette';

/** Dash patterns tell scenarios apart without colour: solid, long dashes, dash-dot. */
export const SCENARIO_DASHES = ['', '9 4', '2 4 9 4'] as const;

/** A scenario's path: its own colour (from the palette, or the app's CSS) and dash pattern. */
export function scenarioPath(d: string, index: number, palette?: Palette): string {
  const dash = SCENARIO_DASHES[index] ?? '';
  return el('path', {
    d,
    class: `scenario scenario-${index + 1}`,
    fill: 'none',
    'stroke-width': 2.5,
    'stroke-dasharray': dash || undefined,
    stroke: palette ? palette.scenarios[index] : undefined,
    style: palette ? undefined : `stroke:var(--scenario-${index + 1})`,
  });
}

/** The span of assumed deadlines for a goal with no date: a light vertical band. */
export function assumedSpan(x0: number, x1: number, top: number, bottom: number, palette?: Palette): string {
  return el('rect', {
    x: num(Math.min(x0, x1)),
    y: num(top),
    width: num(Math.max(2, Math.abs(x1 - x0))),
    height: num(bottom - top),
    class: 'assumed-deadline',
    fill: palette ? palette.fan : undefined,
    'fill-opacity': 0.08,
    stroke: palette ? palette.fan : undefined,
    'stroke-dasharray': '3 3',
    style: palette ? undefined : 'fill:var(--fan);stroke:var(--fan)',
  });
}

/** The band between the paths at the slowest and the fastest required rate. */
export function fanArea(d: string, palette?: Palette): string {
  return el('path', {
    d,
    class: 'required-fan',
    fill: palette ? palette.fan : undefined,
    'fill-opacity': 0.22,
    stroke: 'none',
    style: palette ? undefined : 'fill:var(--fan)',
  });
}
