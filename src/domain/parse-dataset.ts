import type { z } from 'zod';
import { SCHEMA_VERSION, datasetSchema, type Dataset } from './dataset-schema';
import type { DatasetProblem } from './dataset-problems';
import { checkReferences } from './dataset-refs';

export type ParseResult =
  { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; problems: DatasetProblem[]; warnings: string[] };

/**
 * Migrations from each older schemaVersion to the next. Version 1 is the first, so the table is
 * empty; a change of the contract adds `n: (old) => new` here and bumps SCHEMA_VERSION.
 */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Names the record an issue path points into, e.g. `figures[3] (kz-ots-trade-2019)`. */
function recordName(raw: unknown, path: PropertyKey[]): { record: string; field: string } {
  const [top, index, ...rest] = path;
  if (typeof top === 'string' && typeof index === 'number' && isRecord(raw)) {
    const list = raw[top];
    const item = Array.isArray(list) ? list[index] : undefined;
    const id = isRecord(item) && typeof item.id === 'string' ? ` (${item.id})` : '';
    return { record: `${top}[${index}]${id}`, field: rest.map(String).join('.') };
  }
  return { record: 'dataset', field: path.map(String).join('.') };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Validates an already-decoded JSON value against the contract: version, schema, then references. */
export function parseDataset(raw: unknown): ParseResult {
  const warnings: string[] = [];
  if (!isRecord(raw)) {
    return {
      ok: false,
      warnings,
      problems: [{ record: 'dataset', field: '', message: 'the file is not a JSON object' }],
    };
  }
  const version = raw.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      warnings,
      problems: [{ record: 'dataset', field: 'schemaVersion', message: 'missing: a dataset states its schemaVersion' }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      warnings,
      problems: [
        { record: 'dataset', field: 'schemaVersion', message: `not a version number: ${JSON.stringify(version)}` },
      ],
    };
  }
  let current = raw;
  if (version > SCHEMA_VERSION) {
    warnings.push(
      `This dataset has schemaVersion ${version}, newer than this app's ${SCHEMA_VERSION}; reading it as version ${SCHEMA_VERSION}.`,
    );
    current = { ...raw, schemaVersion: SCHEMA_VERSION };
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        warnings,
        problems: [{ record: 'dataset', field: 'schemaVersion', message: `no migration from version ${v}` }],
      };
    current = step(current);
  }
  const parsed = datasetSchema.safeParse(current);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      ...recordName(current, issue.path),
      message: describeIssue(issue),
    }));
    return { ok: false, warnings, problems };
  }
  const refProblems = checkReferences(parsed.data);
  if (refProblems.length) return { ok: false, warnings, problems: refProblems };
  return { ok: true, dataset: parsed.data, warnings };
}

/** Decodes JSON text first, so a truncated file is reported as such. */
export function parseDatasetText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      warnings: [],
      problems: [{ record: 'dataset', field: '', message: `not valid JSON (${detail})` }],
    };
  }
  return parseDataset(raw);
}
