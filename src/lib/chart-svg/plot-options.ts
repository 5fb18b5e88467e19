import type { Palette } from './palette';

export interface PlotOptions {
  width: number;
  height: number;
  compact?: boolean;
  formatY: (v: number) => string;
  /** explicit colours (for a standalone file); without one the marks are painted by the app's CSS */
  palette?: Palette;
  /** the label of a goal; goals are labelled only when this is given and the chart is not compact */
  goalLabel?: (figureId: string) => string;
  /** the goal in force, labelled directly ("Goal $23B · medium term · stated Sep 2023"), compact too */
  currentGoalLabel?: string;
  /** the latest figure's value, written beside its point ("$11.5B"), compact too */
  latestLabel?: string;
  /** where the goal moved ("Raised to $20B, Nov 2025"); not on compact charts */
  stepLabel?: (figureId: string) => string;
  /** tick label size in px (default TICK_SIZE, 12; goal labels are one px larger) */
  fontSize?: number;
  /** prefix of ids in the markup (the clip path), unique per document */
  idPrefix?: string;
}

/** Tick labels on the page: 12 px, never smaller. */
export const TICK_SIZE = 12;

/** Goal and direct labels: one px larger than the ticks they sit among. */
export const labelSize = (tickSize: number = TICK_SIZE): number => tickSize + 1;
