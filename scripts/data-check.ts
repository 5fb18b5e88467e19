/**
 * `npm run data:check -- [--data data/dataset.json] [--sources ../shared/sources]`
 *
 * Validates the dataset (schema, references), checks every primary quote against its source
 * document (in ../shared/sources, or data/articles/ for an article the desk added), and (for the
 * default dataset) that data/dataset.schema.json is up to date.
 * Exit 0: OK; 1: problems found; 2: usage error. The checks live in src/domain/data-check.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDataCheck } from '../src/domain/data-check';
import { JSON_SCHEMA_FILE } from '../src/domain/dataset-json-schema';
import { formatProblem } from '../src/domain/dataset-problems';
import { readSourceTexts, sourcesDir } from './data/read-sources';

const USAGE =
  'usage: npm run data:check -- [--data data/dataset.json] [--sources ../shared/sources]\n' +
  '  --sources defaults to $GOALPOST_SOURCES, else ../shared/sources next to the repository';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** data/ of the repository, or of GOALPOST_DATA_ROOT (a copy a test works in): its dataset and articles */
const dataRoot = process.env.GOALPOST_DATA_ROOT?.trim() ? resolve(process.env.GOALPOST_DATA_ROOT.trim()) : root;
const defaultData = resolve(dataRoot, 'data/dataset.json');

function fail(message: string): never {
  console.error(`data:check: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): { data?: string; sources?: string } {
  const out: { data?: string; sources?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (name !== '--data' && name !== '--sources') fail(`unknown argument "${arg}"`);
    const value = inline ?? argv[++i];
    if (!value) fail(`${name} needs a path`);
    out[name === '--data' ? 'data' : 'sources'] = value;
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const dataPath = args.data ? resolve(args.data) : defaultData;
const sourcesFolder = sourcesDir(root, args.sources);
if (!existsSync(dataPath) || !statSync(dataPath).isFile()) fail(`dataset file not found: ${dataPath}`);

const schemaPath = resolve(dataRoot, JSON_SCHEMA_FILE);
const result = runDataCheck({
  datasetText: readFileSync(dataPath, 'utf8'),
  sources:
    readSourceTexts(sourcesFolder, dataRoot) ??
    fail(`sources folder not found: ${sourcesFolder} (pass --sources or set GOALPOST_SOURCES)`),
  schemaFileText:
    dataPath === defaultData ? (existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : null) : undefined,
});
for (const w of result.warnings) console.warn(`warning: ${w}`);
for (const p of result.problems) console.log(formatProblem(p));
console.log(result.summary);
process.exitCode = result.ok ? 0 : 1;
