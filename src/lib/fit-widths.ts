/**
 * The widths a build-time render draws a chart at (the prerendered indicator page and embed), and
 * the box widths each one is shown in. A prerendered chart is SVG scaled to its box: drawn at 640 px
 * on a 343 px phone its 12 px labels come out at 6 px. So the build draws each chart at several
 * widths, and CSS container queries (components.css, `.fit-set`) show the one whose scale stays
 * between FIT_MIN and FIT_MAX. Each width's range ends where the next one's begins, and each width is
 * the largest that keeps the scale at its range's start at least FIT_MIN. Where no width fits (a box
 * under 288 px or over 1482 px) the app starts at once and draws the chart for its box
 * (src/lib/early-input.ts, `watchPrerenderFit`).
 */
export const FIT_WIDTHS = [320, 444, 616, 855, 1186] as const;
export const FIT_MIN = 0.9;
export const FIT_MAX = 1.25;

/** The box widths (CSS px, from inclusive, to exclusive) in which the chart drawn at `width` is shown. */
export function fitRange(width: number): [number, number] {
  const i = FIT_WIDTHS.indexOf(width as (typeof FIT_WIDTHS)[number]);
  const from = i <= 0 ? 0 : Math.floor(FIT_WIDTHS[i - 1]! * FIT_MAX);
  const to = i === FIT_WIDTHS.length - 1 ? Infinity : Math.floor(width * FIT_MAX);
  return [from, to];
}

/** The widths worth drawing for a box that is never wider than `max` px. */
export const fitWidthsUpTo = (max: number): number[] => FIT_WIDTHS.filter((w) => w * FIT_MIN <= max);

/**
 * The attribute on `#prerender` that holds the width its chart is shown at, as its ResizeObserver last
 * reported it (src/lib/early-input.ts): the live page draws its chart at that width from its first
 * frame (src/lib/use-element-width.ts), with no layout read to find it.
 */
export const SHOWN_WIDTH_ATTR = 'data-chart-width';
