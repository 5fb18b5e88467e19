import { z } from 'zod';

/**
 * The dataset contract. This file is the single definition of `data/dataset.json`:
 * TypeScript types are inferred from it, the browser validates with it, `npm run data:check`
 * validates with it, and `data/dataset.schema.json` is generated from it.
 */

// No code generation: zod 4 otherwise probes `new Function`, which the app's CSP forbids (script-src 'self').
z.config({ jitless: true });

export const SCHEMA_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date, YYYY-MM-DD');
const yearOrMonth = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?(\/\d{4}(-(0[1-9]|1[0-2]))?)?$/;

/** YYYY, YYYY-MM, or START/END (a change between two periods, or a cumulative span for an actual). */
export const periodSchema = z
  .string()
  .regex(periodPattern, 'expected YYYY, YYYY-MM, or START/END such as 2019/2020 or 2022-01/2022-10');

export const deadlineSchema = z.string().regex(yearOrMonth, 'expected YYYY or YYYY-MM');

export const languageSchema = z.enum(['ru', 'kk', 'en']);

/** A text in every language of the interface: `{ en, ru, kk }`, none empty. */
export const localizedSchema = z
  .object({
    en: z.string().trim().min(1, 'empty text'),
    ru: z.string().trim().min(1, 'empty text'),
    kk: z.string().trim().min(1, 'empty text'),
  })
  .strict();
const localized = localizedSchema;

/**
 * A quote rendered in other languages: English always, and each of ru/kk that is not the quote's
 * own language (checked against the source's language in dataset-refs.ts).
 */
export const translationSchema = z
  .object({
    en: z.string().trim().min(1, 'empty text'),
    ru: z.string().trim().min(1, 'empty text').optional(),
    kk: z.string().trim().min(1, 'empty text').optional(),
  })
  .strict();

/**
 * The word the speaker put before (or after) the number, kept as that word: "около 7" is `about`,
 * "почти 3" / "жуық" is `almost`, "over 11.9" / "астам" / "свыше" is `over`, "кем дегенде 3 есе" /
 * "не менее" is `at least`. `about` and `almost` are approximate values; `over` and `at least` are
 * lower bounds.
 */
export const qualifierSchema = z.enum(['about', 'almost', 'over', 'at least']);

/**
 * What a period means. `year`: a calendar year's figure (YYYY). `part-year`: a cumulative span
 * within a year, January to a month (YYYY-MM/YYYY-MM). `as-of`: the figure as it stood at a month
 * (YYYY-MM): a transit time "already" reached, a share, a capacity, or a total whose span is not
 * stated. For changes: `between` two named periods (2019/2020), or `years-to`, the N years to a
 * stated end (2018-06/2023-06 for "over five years" to mid-2023). A figure sits on a time axis at
 * the end of its period.
 */
export const periodKindSchema = z.enum(['year', 'part-year', 'as-of', 'between', 'years-to']);

/**
 * A figure whose scope differs (`differs`), or may differ (`uncertain`), from its indicator's
 * definition, with the reason. Such a figure is shown apart and never sets the latest figure, a
 * pace, progress or a scenario's start.
 */
export const scopeSchema = z.object({ relation: z.enum(['differs', 'uncertain']), reason: localized }).strict();

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    tier: z.enum(['primary', 'context']),
    document: z.string().min(1).nullable().optional(),
    url: z.url().nullable().optional(),
    outlet: z.string().min(1).nullable(),
    via: localized.optional(),
    title: localized.nullable(),
    published: isoDate.nullable(),
    event: localized,
    eventDate: isoDate,
    place: localized.nullable(),
    speaker: localized.nullable(),
    speakerRole: localized.nullable(),
    language: languageSchema,
    note: localized.optional(),
  })
  .strict();

export const unitSchema = z.enum(['bn USD', 'mn t', 'mn t/yr', 'TEU', 'containers', 'days', '%', 'x']);

export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    name: localized,
    description: localized,
    unit: unitSchema,
    better: z.enum(['higher', 'lower']),
    measures: localized,
    note: localized.optional(),
  })
  .strict();

export const figureKindSchema = z.enum(['actual', 'goal', 'capacity', 'change', 'forecast']);

const PERIOD_FORMS: Record<z.infer<typeof periodKindSchema>, { re: RegExp; form: string; kinds: string[] }> = {
  year: { re: /^\d{4}$/, form: 'YYYY', kinds: ['actual', 'capacity'] },
  'part-year': { re: /^(\d{4})-\d{2}\/\1-\d{2}$/, form: 'YYYY-MM/YYYY-MM within one year', kinds: ['actual'] },
  'as-of': { re: /^\d{4}-\d{2}$/, form: 'YYYY-MM', kinds: ['actual', 'capacity'] },
  between: { re: /^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/, form: 'START/END', kinds: ['change'] },
  'years-to': { re: /^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/, form: 'START/END', kinds: ['change'] },
};

/** Why a period and its kind disagree (null when they agree): the kind fixes the period's form. */
export function periodKindProblem(
  kind: string,
  period: string | null,
  periodKind: z.infer<typeof periodKindSchema> | null,
): string | null {
  if (period === null) return periodKind === null ? null : `periodKind "${periodKind}" but no period`;
  if (periodKind === null) return `period "${period}" needs a periodKind`;
  const rule = PERIOD_FORMS[periodKind];
  if (!rule.re.test(period)) return `a "${periodKind}" period is written ${rule.form}, not "${period}"`;
  if (!rule.kinds.includes(kind))
    return `a ${kind} cannot have a "${periodKind}" period (${rule.kinds.join(' or ')} only)`;
  return null;
}

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    indicator: z.string().min(1),
    kind: figureKindSchema,
    value: z.number().finite().nullable(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    qualifier: qualifierSchema.nullable(),
    direction: z.enum(['increase', 'decrease']).optional(),
    unit: unitSchema,
    period: periodSchema.nullable(),
    periodKind: periodKindSchema.nullable(),
    deadline: deadlineSchema.nullable().optional(),
    horizon: localized.nullable().optional(),
    source: z.string().min(1),
    quote: z.string().min(1).nullable(),
    translation: translationSchema.nullable(),
    note: localized.optional(),
    relates: z.array(z.string().min(1)).optional(),
    scope: scopeSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const isRange = f.low !== undefined || f.high !== undefined;
    if (f.value === null && !isRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is null but no low/high range is given' });
    }
    if (isRange) {
      if (f.value !== null) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a range has value null' });
      if (f.low === undefined || f.high === undefined) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: 'a range needs both low and high' });
      } else if (f.low > f.high) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${f.low}) is above high (${f.high})` });
      }
    }
    if (f.kind === 'goal' || f.kind === 'forecast') {
      if (f.deadline === undefined) {
        ctx.addIssue({ code: 'custom', path: ['deadline'], message: `a ${f.kind} states its deadline (or null)` });
      }
      if (f.kind === 'goal' && !f.deadline && !f.horizon) {
        ctx.addIssue({
          code: 'custom',
          path: ['horizon'],
          message: 'a goal with no deadline keeps the words used for its horizon (or "not stated")',
        });
      }
    } else if (f.deadline) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: `only goals and forecasts have a deadline` });
    }
    const kindProblem = periodKindProblem(f.kind, f.period, f.periodKind);
    if (kindProblem) ctx.addIssue({ code: 'custom', path: ['periodKind'], message: kindProblem });
    if (f.kind === 'change') {
      if (!f.direction) ctx.addIssue({ code: 'custom', path: ['direction'], message: 'a change says its direction' });
      if (f.unit !== '%' && f.unit !== 'x') {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a change is in % or x (a multiple)' });
      }
    } else if (f.direction) {
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'only changes have a direction' });
    }
  });

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: z.string().min(1),
    updated: isoDate,
    license: z.string().optional(),
    sources: z.array(sourceSchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
    figures: z.array(figureSchema).min(1),
  })
  .strict();

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type PeriodKind = z.infer<typeof periodKindSchema>;
export type Scope = z.infer<typeof scopeSchema>;
