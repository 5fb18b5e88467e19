/** What a chart's layout depends on besides its model: the box, the number format and the words. */
export interface LayoutOptions {
  width: number;
  height: number;
  /** a small chart (an overview card): no value axis, the first and last years, smaller marks */
  compact?: boolean;
  formatY: (v: number) => string;
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
}

/** Tick labels on the page: 12 px, never smaller. */
export const TICK_SIZE = 12;

/** Goal and direct labels: one px larger than the ticks they sit among. */
export const labelSize = (tickSize: number = TICK_SIZE): number => tickSize + 1;
