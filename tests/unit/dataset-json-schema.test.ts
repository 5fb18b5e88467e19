import { readFileSync } from 'node:fs';
import { runDataCheck } from '../../src/domain/data-check';
import { checkJsonSchemaFile, datasetJsonSchema, JSON_SCHEMA_FILE } from '../../src/domain/dataset-json-schema';
import { unitSchema } from '../../src/domain/dataset-schema';
import { datasetPath, realSources, schemaFilePath } from './dataset-fixture';

const onDisk = readFileSync(schemaFilePath, 'utf8');

describe('data/dataset.schema.json', () => {
  it('is what `npm run data:schema` generates from the zod contract', () => {
    expect(checkJsonSchemaFile(onDisk)).toBeNull();
  });

  it('still counts as current after reformatting', () => {
    expect(checkJsonSchemaFile(JSON.stringify(JSON.parse(onDisk)))).toBeNull();
  });

  it('names itself and carries the contract', () => {
    const schema = datasetJsonSchema() as {
      $id?: string;
      title?: string;
      description?: string;
      properties: { figures: { items: { properties: { unit: { enum: string[] } }; additionalProperties: boolean } } };
    };
    expect(schema.$id).toMatch(/^urn:goalpost:dataset:v\d+$/);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toContain('data:check');
    expect(schema.properties.figures.items.properties.unit.enum).toEqual(unitSchema.options);
    expect(schema.properties.figures.items.additionalProperties).toBe(false);
  });

  it.each([
    ['missing', null, /^missing/],
    ['not JSON', '{"$schema":', /^not valid JSON/],
    ['stale', onDisk.replace('"minItems": 1', '"minItems": 2'), /^out of date/],
  ])('is reported when %s', (_name, text, message) => {
    const problem = checkJsonSchemaFile(text);
    expect(problem?.record).toBe(JSON_SCHEMA_FILE);
    expect(problem?.message).toMatch(message);
  });

  it('fails data:check when stale', () => {
    const r = runDataCheck({
      datasetText: readFileSync(datasetPath, 'utf8'),
      sources: realSources(),
      schemaFileText: onDisk.replace('"const": 2', '"const": 0'),
    });
    expect(r.problems.map((p) => p.record)).toEqual([JSON_SCHEMA_FILE]);
  });
});
