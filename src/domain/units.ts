import type { Unit } from './dataset-schema';

/** What a unit id means: its scale (how many base units one unit is) and an English label. */
export interface UnitInfo {
  /** 'bn USD' is 1e9 (dollars); 'mn t' and 'mn t/yr' are 1e6 (tonnes); counts, days, % and x are 1. */
  scale: number;
  /** English label, e.g. "billion US dollars". */
  label: string;
}

/** Every unit the schema allows. A plain object so more fields (localized labels) can be added. */
export const UNITS: Record<Unit, UnitInfo> = {
  'bn USD': { scale: 1e9, label: 'billion US dollars' },
  'mn t': { scale: 1e6, label: 'million tonnes' },
  'mn t/yr': { scale: 1e6, label: 'million tonnes per year' },
  TEU: { scale: 1, label: 'TEU (twenty-foot equivalent units)' },
  containers: { scale: 1, label: 'containers' },
  days: { scale: 1, label: 'days' },
  '%': { scale: 1, label: 'percent' },
  x: { scale: 1, label: 'times (a multiple)' },
};

export function unitScale(unit: Unit): number {
  return UNITS[unit].scale;
}
