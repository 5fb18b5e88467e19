/** Periods as the dataset writes them: YYYY, YYYY-MM, or START/END. */

const PART = /^(\d{4})(?:-(\d{2}))?$/;

/** A period part as a decimal year: "2019" → 2019, "2023-09" → 2023.667 (the month's start). */
export function partToYear(part: string): number | null {
  const m = PART.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] ? year + (Number(m[2]) - 1) / 12 : year;
}

/** Where a figure sits on a time axis: the end of its period ("2022-01/2022-10" → Oct 2022). */
export function periodEnd(period: string | null): number | null {
  if (!period) return null;
  const parts = period.split('/');
  return partToYear(parts[parts.length - 1] ?? '');
}

export function periodStart(period: string | null): number | null {
  if (!period) return null;
  return partToYear(period.split('/')[0] ?? '');
}

/** True for a cumulative part-year span such as "2022-01/2022-10" (not comparable with full years). */
export function isPartialSpan(period: string | null): boolean {
  if (!period || !period.includes('/')) return false;
  const [a, b] = period.split('/');
  return Boolean(a?.includes('-') && b?.includes('-'));
}
