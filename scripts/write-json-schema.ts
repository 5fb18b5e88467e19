/** `npm run data:schema`: writes data/dataset.schema.json from the zod contract. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILE, datasetJsonSchemaText } from '../src/domain/dataset-json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, JSON_SCHEMA_FILE);
writeFileSync(target, datasetJsonSchemaText());
console.log(`data:schema: wrote ${JSON_SCHEMA_FILE}`);
