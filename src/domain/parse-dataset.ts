import type { z } from 'zod';
import { SCHEMA_VERSION, datasetSchema, type Dataset } from './dataset-schema';
import type { DatasetProblem } from './dataset-problems';
import { checkReferences } from './dataset-refs';
import { migrateV1toV2 } from './migrate-v1';

export type ParseResult =
  { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; problems: DatasetProblem[]; warnings: string[] };

/**
 * Migrations from each older schemaVersion to the next: `n: (version n) => version n + 1`, each a
 * pure function with its own tests. A change of the contract adds a step and bumps SCHEMA_VERSION.
 */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateV1toV2,
};

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

/** `figures[0].name` from `['figures', 0, 'name']`. */
function formatPath(path: PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('');
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
  if (version < SCHEMA_VERSION)
    warnings.push(
      `This dataset has schemaVersion ${version}; it was migrated to version ${SCHEMA_VERSION}` +
        (version === 1 ? ', and its texts, written in one language, are shown in that language everywhere.' : '.'),
    );
  let parsed = datasetSchema.safeParse(current);
  const newer = version > SCHEMA_VERSION;
  // A newer version may add fields: read it as this version by dropping only those, and say which.
  if (!parsed.success && newer && parsed.error.issues.every((i) => i.code === 'unrecognized_keys')) {
    const stripped = structuredClone(current);
    const dropped: string[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      let target: unknown = stripped;
      for (const key of issue.path)
        target = isRecord(target) ? target[String(key)] : Array.isArray(target) ? target[Number(key)] : undefined;
      if (!isRecord(target)) continue;
      for (const key of issue.keys) {
        delete target[key];
        dropped.push(issue.path.length ? `${formatPath(issue.path)}.${key}` : key);
      }
    }
    if (dropped.length) warnings.push(`Fields this app does not know were ignored: ${dropped.join(', ')}.`);
    current = stripped;
    parsed = datasetSchema.safeParse(current);
  }
  const problems: DatasetProblem[] = parsed.success
    ? checkReferences(parsed.data)
    : parsed.error.issues.map((issue) => ({ ...recordName(current, issue.path), message: describeIssue(issue) }));
  if (parsed.success && !problems.length) return { ok: true, dataset: parsed.data, warnings };
  // A refused dataset's warnings are not shown, so a newer version is named among its problems.
  if (newer)
    problems.unshift({
      record: 'dataset',
      field: 'schemaVersion',
      message: `${version} is newer than this app's ${SCHEMA_VERSION}, which may be why the checks below fail`,
    });
  return { ok: false, warnings, problems };
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
