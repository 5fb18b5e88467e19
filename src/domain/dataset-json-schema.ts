import { z } from 'zod';
import type { DatasetProblem } from './dataset-problems';
import { SCHEMA_VERSION, datasetSchema } from './dataset-schema';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'data/dataset.schema.json';

/**
 * `data/dataset.schema.json`, generated from the zod contract (its input side, which is what an
 * editor sees in the file). The cross-field rules (`superRefine`: ranges, deadlines, changes) and
 * the reference and quote checks cannot be expressed here; `npm run data:check` runs them.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: `urn:goalpost:dataset:v${SCHEMA_VERSION}`,
    title: 'Goalpost dataset',
    description:
      `Goals and figures quoted from speeches on Kazakhstan, the OTS and Central Asia (schemaVersion ${SCHEMA_VERSION}). ` +
      'Generated from src/domain/dataset-schema.ts by `npm run data:schema`; do not edit by hand. ' +
      'Cross-field rules, references and verbatim quotes are checked by `npm run data:check`, not by this schema.',
    ...body,
  };
}

/** The file's text as `npm run data:schema` writes it. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

/**
 * Compares the schema file with what the contract generates. Compares the JSON, not the text, so
 * reformatting (prettier) does not count as a change. `text` is null when the file is missing.
 */
export function checkJsonSchemaFile(text: string | null): DatasetProblem | null {
  const fix = 'run `npm run data:schema`';
  if (text === null) return { record: JSON_SCHEMA_FILE, field: '', message: `missing; ${fix}` };
  let onDisk: unknown;
  try {
    onDisk = JSON.parse(text);
  } catch {
    return { record: JSON_SCHEMA_FILE, field: '', message: `not valid JSON; ${fix}` };
  }
  if (JSON.stringify(onDisk) !== JSON.stringify(datasetJsonSchema())) {
    return { record: JSON_SCHEMA_FILE, field: '', message: `out of date with src/domain/dataset-schema.ts; ${fix}` };
  }
  return null;
}
