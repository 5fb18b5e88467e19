import type { ChartModel } from '../../domain/chart-model';
import { layoutChart, type ChartLayout, type PointMark, type Pt } from '../chart-layout/chart-layout';
import { num } from '../chart-layout/scale';
import { renderAxes } from './axes-svg';
import { labelsSvg } from './labels-svg';
import { band, cross, deadlineLine, diamond, dot, el, rangeBar, seriesPath, square } from './marks';
import type { Palette } from './palette';
import type { PlotOptions } from './plot-options';
import { assumedSpan, fanArea, scenarioPath } from './scenario-marks';

export type { PlotOptions } from './plot-options';
export { TICK_SIZE, labelSize } from './plot-options';

const path = (pts: readonly Pt[]) => pts.map((q, i) => `${i ? 'L' : 'M'}${num(q.x)},${num(q.y)}`).join('');

/** The classes of a figure's mark, which the app's CSS paints by. */
export const pointClass = (m: PointMark): string =>
  `point tier-${m.tier}${m.partial ? ' partial' : ''}${m.hollow ? ' approx' : ''}${m.apart ? ' apart' : ''}`;

/** A figure's mark as placed: its range bar, then the dot or square (a dashed ring when of another scope). */
export function pointSvg(m: PointMark, p?: Palette): string {
  const style = { tier: m.tier, hollow: m.hollow, palette: p };
  const range = m.range ? rangeBar(m.range.x, m.range.bottom, m.range.top, m.range.cap, p) : '';
  const drawn = m.shape === 'square' ? square(m.cx, m.cy, m.r, style) : dot(m.cx, m.cy, m.r, style);
  // a figure of another or uncertain scope: a dashed ring, so it never reads as part of the series
  return range + (m.apart ? drawn.replace(/^<(circle|rect) /, '<$1 stroke-dasharray="2 2" ') : drawn);
}

export const diamondSvg = (d: ChartLayout['diamonds'][number], p?: Palette): string =>
  diamond(d.cx, d.cy, d.r, d.current, p);

export const crossSvg = (c: ChartLayout['crosses'][number], p?: Palette): string => cross(c.cx, c.cy, c.r, p);

/** What lies under the series: goal bands and deadlines, and the scenario explorer's assumed span. */
export function underSvg(l: ChartLayout, p?: Palette): string {
  const out = l.goalAreas.map((a) =>
    a.kind === 'band'
      ? el(
          'g',
          { 'data-figure': a.figureId },
          band(a.box.left, a.box.top, a.box.right - a.box.left, a.box.bottom - a.box.top, a.current, p),
        )
      : el('g', { class: `goal-deadline${a.current ? ' current' : ''}` }, deadlineLine(a.x, a.top, a.bottom, p)),
  );
  if (l.assumed) out.push(assumedSpan(l.assumed.left, l.assumed.right, l.assumed.top, l.assumed.bottom, p));
  return out.join('');
}

/** The series as paths: the required fan, the projection, scenarios, the actual line, the goal line. */
export function linesSvg(l: ChartLayout, p?: Palette): string {
  const out: string[] = [];
  if (l.fan) out.push(fanArea(`${path(l.fan.low)}L${path([...l.fan.high].reverse()).slice(1)}Z`, p));
  for (const line of l.lines) {
    const d = path(line.points);
    if (line.kind === 'scenario') out.push(scenarioPath(d, line.index, p));
    else if (line.kind === 'goal-line') {
      const stroke = p ? { stroke: p.goal, fill: 'none' } : {};
      out.push(el('path', { d, class: 'goal-line', 'stroke-width': l.goalLineWidth, ...stroke }));
    } else out.push(seriesPath(d, line.kind, p));
  }
  return out.join('');
}

/**
 * A laid-out chart as SVG markup (one `<g>`, no outer `<svg>`) in its width × height box at 0,0.
 * Pure string building: runs in the browser and in Node alike. Marks carry the app's CSS classes
 * and, when a palette is given, their colours as attributes too.
 */
export function drawPlot(l: ChartLayout, opts: Pick<PlotOptions, 'palette' | 'idPrefix'> = {}): string {
  const p = opts.palette;
  const clipId = `${opts.idPrefix ?? 'gp'}-clip`;
  const { clip } = l;
  const lines = linesSvg(l, p);
  return el(
    'g',
    { class: 'plot' },
    el(
      'defs',
      {},
      el(
        'clipPath',
        { id: clipId },
        el('rect', { x: clip.left, y: clip.top, width: clip.right - clip.left, height: clip.bottom - clip.top }),
      ),
    ) +
      renderAxes(l, p) +
      underSvg(l, p) +
      (lines ? el('g', { 'clip-path': `url(#${clipId})` }, lines) : '') +
      l.points.map((m) => el('g', { class: pointClass(m), 'data-figure': m.figureId }, pointSvg(m, p))).join('') +
      l.diamonds
        .map((d) =>
          el('g', { class: `goal-mark${d.current ? ' current' : ''}`, 'data-figure': d.figureId }, diamondSvg(d, p)),
        )
        .join('') +
      l.crosses.map((c) => el('g', { class: 'forecast-mark', 'data-figure': c.figureId }, crossSvg(c, p))).join('') +
      labelsSvg(l, p),
  );
}

/** A chart model laid out and drawn: the static chart, the cards, the embed and the pictures. */
export function renderPlot(model: ChartModel, opts: PlotOptions): string {
  return drawPlot(layoutChart(model, opts), opts);
}
