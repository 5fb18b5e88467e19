/**
 * Periods as the dataset writes them: YYYY, YYYY-MM, or START/END, on a decimal-year time axis.
 *
 * A figure sits at the END of its period: the year 2023 at 31 December 2023 (2024.0), September
 * 2023 at the end of September (2023.75), January–October 2022 at the end of October. So a
 * full-year total is drawn after the mid-year and September figures of the same year, and a
 * deadline "by the end of 2023" ("2023-12") is the end of December (2024.0).
 */

const PART = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** A period part as a decimal year at its START: "2019" → 2019, "2023-09" → 2023.667. */
export function partToYear(part: string): number | null {
  const m = PART.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] ? year + (Number(m[2]) - 1) / 12 : year;
}

/** A period part as a decimal year at its END: "2019" → 2020, "2023-09" → 2023.75. */
export function partEnd(part: string): number | null {
  const m = PART.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] ? year + Number(m[2]) / 12 : year + 1;
}

/** Where a figure sits on a time axis: the end of its period ("2022-01/2022-10" → end of Oct 2022). */
export function periodEnd(period: string | null): number | null {
  if (!period) return null;
  const parts = period.split('/');
  return partEnd(parts[parts.length - 1] ?? '');
}

export function periodStart(period: string | null): number | null {
  if (!period) return null;
  return partToYear(period.split('/')[0] ?? '');
}

/** A deadline ("2030", "2023-12") as the decimal year it ends: the end of that year or month. */
export function deadlineEnd(deadline: string): number | null {
  return partEnd(deadline);
}

/** An ISO date (YYYY-MM-DD) as a decimal year: 2023-09-28 → about 2023.74. */
export function dateToYear(iso: string): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const start = Date.UTC(y!, 0, 1);
  const next = Date.UTC(y! + 1, 0, 1);
  return y! + (Date.UTC(y!, m - 1, d) - start) / (next - start);
}

/**
 * The calendar year a decimal-year position falls in, reading a position as the end of a period:
 * 2024.0 (the end of 2023) → 2023, 2029.56 → 2029.
 */
export function calendarYear(position: number): number {
  return Math.ceil(position - 1e-9) - 1;
}

/** True for a cumulative part-year span such as "2022-01/2022-10" (not comparable with full years). */
export function isPartialSpan(period: string | null): boolean {
  if (!period || !period.includes('/')) return false;
  const [a, b] = period.split('/');
  return Boolean(a?.includes('-') && b?.includes('-'));
}

/**
 * Orders two ISO dates (YYYY-MM-DD, as the schema requires; '' for none, first). Code points give
 * the calendar order, with no collator: `localeCompare` would make Chromium set up ICU's collator
 * on the page's first sort, in the task that renders the page (docs/architecture.md).
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
