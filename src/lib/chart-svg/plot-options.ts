import type { LayoutOptions } from '../chart-layout/layout-options';
import type { Palette } from './palette';

export { TICK_SIZE, labelSize } from '../chart-layout/layout-options';

/** A plot's layout options, and how its SVG is written. */
export interface PlotOptions extends LayoutOptions {
  /** explicit colours (for a standalone file); without one the marks are painted by the app's CSS */
  palette?: Palette;
  /** prefix of ids in the markup (the clip path), unique per document */
  idPrefix?: string;
}
