import { z } from 'zod';

/**
 * The dataset contract. This file is the single definition of `data/dataset.json`:
 * TypeScript types are inferred from it, the browser validates with it, `npm run data:check`
 * validates with it, and `data/dataset.schema.json` is generated from it.
 */

// No code generation: zod 4 otherwise probes `new Function`, which the app's CSP forbids (script-src 'self').
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date, YYYY-MM-DD');
const yearOrMonth = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?(\/\d{4}(-(0[1-9]|1[0-2]))?)?$/;

/** YYYY, YYYY-MM, or START/END (a change between two periods, or a cumulative span for an actual). */
export const periodSchema = z
  .string()
  .regex(periodPattern, 'expected YYYY, YYYY-MM, or START/END such as 2019/2020 or 2022-01/2022-10');

export const deadlineSchema = z.string().regex(yearOrMonth, 'expected YYYY or YYYY-MM');

export const languageSchema = z.enum(['ru', 'kk', 'en']);

const localized = z.object({
  en: z.string().min(1),
  ru: z.string().min(1),
  kk: z.string().min(1),
});

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    tier: z.enum(['primary', 'context']),
    document: z.string().min(1).nullable().optional(),
    url: z.url().nullable().optional(),
    outlet: z.string().min(1),
    title: z.string().min(1).nullable(),
    published: isoDate.nullable(),
    event: z.string().min(1),
    eventDate: isoDate,
    place: z.string().min(1).nullable(),
    speaker: z.string().min(1).nullable(),
    speakerRole: z.string().min(1).nullable(),
    language: languageSchema,
    note: z.string().optional(),
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
    measures: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

export const figureKindSchema = z.enum(['actual', 'goal', 'capacity', 'change', 'forecast']);

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    indicator: z.string().min(1),
    kind: figureKindSchema,
    value: z.number().finite().nullable(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    approx: z.boolean(),
    atLeast: z.boolean().optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    unit: unitSchema,
    period: periodSchema.nullable(),
    deadline: deadlineSchema.nullable().optional(),
    horizon: z.string().min(1).nullable().optional(),
    source: z.string().min(1),
    quote: z.string().min(1).nullable(),
    translation: z.string().min(1).nullable(),
    note: z.string().optional(),
    relates: z.array(z.string().min(1)).optional(),
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
