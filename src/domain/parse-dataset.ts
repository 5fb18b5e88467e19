import type { z } from 'zod';
import type { DatasetProblem } from './dataset-problems';
import { checkReferences } from './dataset-refs';
import { SCHEMA_VERSION, datasetSchema, type Dataset } from './dataset-schema';
import { migrateV1toV2 } from './migrate-v1';

/** What a reader is told about a dataset that loads: the app words it in the reader's language. */
export type DatasetNotice =
  | { code: 'migrated'; from: number; to: number }
  | { code: 'newer'; version: number; app: number }
  | { code: 'ignored-fields'; fields: string };

/** The notices in English, for the command line. */
export function noticeText(n: DatasetNotice): string {
  switch (n.code) {
    case 'migrated':
      return (
        `This dataset has schemaVersion ${n.from}; it was migrated to version ${n.to}` +
        (n.from === 1 ? ', and its texts, written in one language, are shown in that language everywhere.' : '.')
      );
    case 'newer':
      return `This dataset has schemaVersion ${n.version}, newer than this app's ${n.app}; reading it as version ${n.app}.`;
    case 'ignored-fields':
      return `Fields this app does not know were ignored: ${n.fields}.`;
  }
}

export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: string[]; notices: DatasetNotice[] }
  | { ok: false; problems: DatasetProblem[]; warnings: string[]; notices: DatasetNotice[] };

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
  const notices: DatasetNotice[] = [];
  const warnings: string[] = [];
  const notify = (n: DatasetNotice) => {
    notices.push(n);
    warnings.push(noticeText(n));
  };
  if (!isRecord(raw)) {
    return {
      ok: false,
      warnings,
      notices,
      problems: [{ record: 'dataset', field: '', message: 'the file is not a JSON object' }],
    };
  }
  const version = raw.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      warnings,
      notices,
      problems: [{ record: 'dataset', field: 'schemaVersion', message: 'missing: a dataset states its schemaVersion' }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      warnings,
      notices,
      problems: [
        { record: 'dataset', field: 'schemaVersion', message: `not a version number: ${JSON.stringify(version)}` },
      ],
    };
  }
  let current = raw;
  if (version > SCHEMA_VERSION) {
    notify({ code: 'newer', version, app: SCHEMA_VERSION });
    current = { ...raw, schemaVersion: SCHEMA_VERSION };
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        warnings,
        notices,
        problems: [{ record: 'dataset', field: 'schemaVersion', message: `no migration from version ${v}` }],
      };
    current = step(current);
  }
  if (version < SCHEMA_VERSION) notify({ code: 'migrated', from: version, to: SCHEMA_VERSION });
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
    if (dropped.length) notify({ code: 'ignored-fields', fields: dropped.join(', ') });
    current = stripped;
    parsed = datasetSchema.safeParse(current);
  }
  const problems: DatasetProblem[] = parsed.success
    ? checkReferences(parsed.data)
    : parsed.error.issues.map((issue) => ({ ...recordName(current, issue.path), message: describeIssue(issue) }));
  if (parsed.success && !problems.length) return { ok: true, dataset: parsed.data, warnings, notices };
  // A refused dataset's warnings are not shown, so a newer version is named among its problems.
  if (newer)
    problems.unshift({
      record: 'dataset',
      field: 'schemaVersion',
      message: `${version} is newer than this app's ${SCHEMA_VERSION}, which may be why the checks below fail`,
    });
  return { ok: false, warnings, notices, problems };
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
      notices: [],
      problems: [{ record: 'dataset', field: '', message: `not valid JSON (${detail})` }],
    };
  }
  return parseDataset(raw);
}
