/** Explicit colours for a self-contained SVG: the CSS variables of the app, held equal by tests/unit/palette-css.test.ts. */
export interface Palette {
  /** --bg */
  background: string;
  /** --fg */
  text: string;
  /** --muted */
  muted: string;
  /** --border: axis and grid lines */
  grid: string;
  /** --link */
  link: string;
  /** --actual */
  actual: string;
  /** --context */
  context: string;
  /** --goal */
  goal: string;
  /** --projection */
  projection: string;
  /** --scenario-1..3: a student's scenarios (each also has its own dash pattern) */
  scenarios: readonly [string, string, string];
  /** --fan: the paths at the required pace, and the assumed-deadline box: neither is the goal itself */
  fan: string;
}

export const PALETTES: { light: Palette; dark: Palette } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#555b63',
    grid: '#d5d9de',
    link: '#0b57d0',
    actual: '#0072b2',
    context: '#7a5195',
    goal: '#d55e00',
    projection: '#009e73',
    // not the goal's orange, nor the actual blue, context purple or projection green
    scenarios: ['#a0507c', '#8a6d00', '#4a5a6a'],
    fan: '#6b7785',
  },
  dark: {
    background: '#121417',
    text: '#eceef1',
    muted: '#a7adb5',
    grid: '#3a4048',
    link: '#8ab4f8',
    actual: '#56b4e9',
    context: '#c39bd3',
    goal: '#f0a35e',
    projection: '#4fd1a5',
    scenarios: ['#e08cc0', '#e6c35c', '#b6c0cc'],
    fan: '#9aa5b1',
  },
};
