import { z } from 'zod';
import { implausible, PERIOD_KINDS, periodKindProblem, UNITS } from './figure-plausible';
import { TOPICS } from './topics';

/**
 * The dataset contract. This file is the single definition of `data/dataset.json`:
 * TypeScript types are inferred from it, the browser validates with it, `npm run data:check`
 * validates with it, and `data/dataset.schema.json` is generated from it.
 */

// No code generation: zod 4 otherwise probes `new Function`, which the app's CSP forbids (script-src 'self').
z.config({ jitless: true });

export const SCHEMA_VERSION = 2;

/** The most records of each kind a dataset may hold. */
export const LIMITS = { sources: 20_000, indicators: 5_000, figures: 100_000 } as const;

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected an ISO date, YYYY-MM-DD');

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can make a
 * text display in another order than it is stored ("5.2" shown as "2.5"): no dataset text needs them.
 */
const NO_BIDI = /^[^\u202A-\u202E\u2066-\u2069]*$/;
const BIDI_MESSAGE =
  'contains a bidirectional control character (U+202A–U+202E or U+2066–U+2069), which can make text display in another order than it is stored';

/** A text a reader sees: trimmed, not empty, at most `max` characters, no bidi controls. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'empty text')
    .max(max, `longer than ${max} characters: not a text this dataset needs`)
    .regex(NO_BIDI, BIDI_MESSAGE);
const TEXT_MAX = 3000;
const NAME_MAX = 300;
const idSchema = z
  .string()
  .max(80, 'an id is at most 80 characters')
  .regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens');
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
    en: text(TEXT_MAX),
    ru: text(TEXT_MAX),
    kk: text(TEXT_MAX),
  })
  .strict();
const localized = localizedSchema;

/**
 * A quote rendered in other languages: English always, and each of ru/kk that is not the quote's
 * own language (checked against the source's language in dataset-refs.ts).
 */
export const translationSchema = z
  .object({
    en: text(TEXT_MAX),
    ru: text(TEXT_MAX).optional(),
    kk: text(TEXT_MAX).optional(),
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
export const periodKindSchema = z.enum(PERIOD_KINDS);

/**
 * A figure whose scope differs (`differs`), or may differ (`uncertain`), from its indicator's
 * definition, with the reason. Such a figure is shown apart and never sets the latest figure, a
 * pace, progress or a scenario's start.
 */
export const scopeSchema = z.object({ relation: z.enum(['differs', 'uncertain']), reason: localized }).strict();

/**
 * A correction written on a record by the curator: why, in three languages. `npm run data:release`
 * stamps the release's date and, on a figure, what the corrected fields were (`was`), so the
 * record itself says "corrected on …: was 7.8, now 7.9, because …". A later correction replaces
 * the note; the releases keep every earlier one.
 */
export const correctionSchema = z
  .object({
    note: localized,
    date: isoDate.optional(),
    was: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/**
 * A figure withdrawn from the record, with why. It stays in the file (and in every release), is
 * drawn nowhere and judges nothing; the changes page names it. `data:release` stamps the date.
 */
export const retractionSchema = z.object({ note: localized, date: isoDate.optional() }).strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    tier: z.enum(['primary', 'context']),
    document: text(NAME_MAX).nullable().optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http or https address' })
      .max(2000)
      .nullable()
      .optional(),
    outlet: text(NAME_MAX).nullable(),
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
    correction: correctionSchema.optional(),
  })
  .strict();

export const unitSchema = z.enum(UNITS);

/**
 * Where a series belongs: ISO 3166-1 alpha-2 country codes ("KZ", "UZ") and the codes of the blocs
 * and routes the tracker groups by ("OTS": the Organization of Turkic States; "CA": Central Asia;
 * "TITR": the Middle Corridor). The first is the one the overview groups it under.
 */
export const areaSchema = z
  .string()
  .regex(/^[A-Z]{2,6}$/, 'a country code such as KZ, or a bloc or route code such as OTS, CA or TITR');

/** What a series is about, for the overview's grouping and filters. */
export const topicSchema = z.enum(TOPICS);

export const indicatorSchema = z
  .object({
    id: idSchema,
    name: localized,
    description: localized,
    unit: unitSchema,
    better: z.enum(['higher', 'lower']),
    measures: localized,
    /** a v2 addition (release 3): a file without it reads as no area and topic "other" */
    countries: z.array(areaSchema).max(30).default([]),
    topic: topicSchema.default('other'),
    note: localized.optional(),
    correction: correctionSchema.optional(),
  })
  .strict();

export const figureKindSchema = z.enum(['actual', 'goal', 'capacity', 'change', 'forecast']);

export const figureSchema = z
  .object({
    id: idSchema,
    indicator: idSchema,
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
    source: idSchema,
    quote: text(TEXT_MAX).nullable(),
    translation: translationSchema.nullable(),
    note: localized.optional(),
    relates: z.array(idSchema).max(10).optional(),
    scope: scopeSchema.optional(),
    correction: correctionSchema.optional(),
    retracted: retractionSchema.optional(),
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
    for (const problem of implausible(f)) ctx.addIssue({ code: 'custom', ...problem });
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

/**
 * Set on a file the build cuts from the dataset for one page to read (`dataset-parts.ts`): `overview`
 * (every indicator and figure, without quotes, translations and notes) or `indicator` (one indicator,
 * its figures and their sources, whole). `whole` is the address of the dataset it was cut from.
 */
export const partSchema = z
  .object({
    kind: z.enum(['overview', 'indicator']),
    indicator: idSchema.optional(),
    whole: z.string().max(200),
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: text(NAME_MAX),
    updated: isoDate,
    license: text(TEXT_MAX).optional(),
    // the caps: what the app still shows fast (docs/scale.md: a dataset at the caps is checked,
    // cut into parts and searched in the benchmark of growth); beyond them, a file is refused
    sources: z
      .array(sourceSchema)
      .min(1)
      .max(LIMITS.sources, 'more than 20,000 sources: not a dataset this app can show'),
    indicators: z
      .array(indicatorSchema)
      .min(1)
      .max(LIMITS.indicators, 'more than 5,000 indicators: not a dataset this app can show'),
    figures: z
      .array(figureSchema)
      .min(1)
      .max(LIMITS.figures, 'more than 100,000 figures: not a dataset this app can show'),
    part: partSchema.optional(),
  })
  .strict();

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type DatasetPart = z.infer<typeof partSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type { Topic } from './topics';
export type Language = z.infer<typeof languageSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type PeriodKind = z.infer<typeof periodKindSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Retraction = z.infer<typeof retractionSchema>;
