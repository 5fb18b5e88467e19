/** The units a figure may be in, and what its period may mean (the schema's enums are these). */
export const UNITS = ['bn USD', 'mn t', 'mn t/yr', 'TEU', 'containers', 'days', '%', 'x'] as const;
export const PERIOD_KINDS = ['year', 'part-year', 'as-of', 'between', 'years-to'] as const;
type Unit = (typeof UNITS)[number];
type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * What the schema checks of a figure beyond its shape: a size its unit can have, years in range, and
 * a period written as its kind says. Plain functions of the figure's fields, used by the schema.
 */

/** The largest figure that can make sense in each unit; anything above it is a typo or a hostile file. */
export const UNIT_MAX: Record<Unit, number> = {
  'bn USD': 100_000,
  'mn t': 100_000,
  'mn t/yr': 100_000,
  TEU: 1e9,
  containers: 1e9,
  days: 3650,
  '%': 100,
  x: 1000,
};
/** Years a period may name, and years a deadline may name. */
export const PERIOD_YEARS = [1950, 2100] as const;
export const DEADLINE_YEARS = [1990, 2100] as const;

interface FigureLike {
  kind: string;
  unit: Unit;
  value: number | null;
  low?: number | undefined;
  high?: number | undefined;
  period: string | null;
  deadline?: string | null | undefined;
}

/** Valid JSON, absurd figures: negative quantities, values beyond any plausible size, years out of range. */
export function implausible(f: FigureLike): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  const max = f.kind === 'change' && f.unit === '%' ? 10_000 : UNIT_MAX[f.unit];
  for (const field of ['value', 'low', 'high'] as const) {
    const v = f[field];
    if (typeof v !== 'number') continue;
    if (v < 0)
      out.push({ path: [field], message: `${v} ${f.unit} is negative: figures are stated as positive numbers` });
    else if (v > max)
      out.push({ path: [field], message: `${v} ${f.unit} is beyond any plausible figure (at most ${max})` });
  }
  const years = (s: string) => [...s.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  if (f.period && years(f.period).some((y) => y < PERIOD_YEARS[0] || y > PERIOD_YEARS[1]))
    out.push({ path: ['period'], message: `"${f.period}" names a year outside ${PERIOD_YEARS[0]}–${PERIOD_YEARS[1]}` });
  if (f.deadline && years(f.deadline).some((y) => y < DEADLINE_YEARS[0] || y > DEADLINE_YEARS[1]))
    out.push({
      path: ['deadline'],
      message: `"${f.deadline}" is outside ${DEADLINE_YEARS[0]}–${DEADLINE_YEARS[1]}: not a deadline anyone stated here`,
    });
  return out;
}

const PERIOD_FORMS: Record<PeriodKind, { re: RegExp; form: string; kinds: string[] }> = {
  year: { re: /^\d{4}$/, form: 'YYYY', kinds: ['actual', 'capacity'] },
  'part-year': { re: /^(\d{4})-\d{2}\/\1-\d{2}$/, form: 'YYYY-MM/YYYY-MM within one year', kinds: ['actual'] },
  'as-of': { re: /^\d{4}-\d{2}$/, form: 'YYYY-MM', kinds: ['actual', 'capacity'] },
  between: { re: /^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/, form: 'START/END', kinds: ['change'] },
  'years-to': { re: /^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/, form: 'START/END', kinds: ['change'] },
};

/** Why a period and its kind disagree (null when they agree): the kind fixes the period's form. */
export function periodKindProblem(kind: string, period: string | null, periodKind: PeriodKind | null): string | null {
  if (period === null) return periodKind === null ? null : `periodKind "${periodKind}" but no period`;
  if (periodKind === null) return `period "${period}" needs a periodKind`;
  const rule = PERIOD_FORMS[periodKind];
  if (!rule.re.test(period)) return `a "${periodKind}" period is written ${rule.form}, not "${period}"`;
  if (!rule.kinds.includes(kind))
    return `a ${kind} cannot have a "${periodKind}" period (${rule.kinds.join(' or ')} only)`;
  return null;
}
