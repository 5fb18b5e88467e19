/**
 * `npm run data:release -- [--note note.json] [--date YYYY-MM-DD] [--sources ../shared/sources]`
 *
 * Publishes the curator's working copy (data/dataset.json) as the next release: checks it as
 * `data:check` does, compares it with the last release and refuses, one line per record and field,
 * a figure whose facts changed without a correction note, a figure gone without a retraction, or a
 * record gone or renamed. Then it stamps each new correction and retraction with the release's date
 * (and a correction with what the figure was), writes data/releases/<n>.json (never edited again),
 * adds it to data/releases/index.json with its note (--note: a JSON file { "en", "ru", "kk" }; else
 * one is written from the changes) and writes the stamped dataset back as the working copy.
 * Exit 0: released, or nothing to release; 1: refused; 2: usage error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { runDataCheck } from '../src/domain/data-check';
import { formatProblem } from '../src/domain/dataset-problems';
import { localizedSchema, type Dataset } from '../src/domain/dataset-schema';
import { parseDatasetText } from '../src/domain/parse-dataset';
import {
  changeCounts,
  diffReleases,
  releaseProblemText,
  stampRelease,
  type ReleaseIndex,
} from '../src/domain/releases';
import { readSourceTexts, sourcesDir } from './data/read-sources';
import { defaultNote } from './data/release-note';
import { readReleaseIndex, releaseDataset, RELEASES_DIR } from './data/releases';

const USAGE = 'usage: npm run data:release -- [--note note.json] [--date YYYY-MM-DD] [--sources ../shared/sources]';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where data/ is: the repository, or GOALPOST_DATA_ROOT (the tests release into a copy). */
const root = process.env.GOALPOST_DATA_ROOT ? resolve(process.env.GOALPOST_DATA_ROOT) : repo;

function usage(message: string): never {
  console.error(`data:release: ${message}\n${USAGE}`);
  process.exit(2);
}
function refuse(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`data:release: refused (${lines.length} problem${lines.length === 1 ? '' : 's'}); nothing was written`);
  process.exit(1);
}

const args: { note?: string; date?: string; sources?: string } = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [name, inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (name !== '--note' && name !== '--date' && name !== '--sources') usage(`unknown argument "${argv[i]}"`);
  const value = inline ?? argv[++i];
  if (!value) usage(`${name} needs a value`);
  args[name.slice(2) as 'note' | 'date' | 'sources'] = value;
}

const date = args.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
  usage(`--date "${date}" is not a date YYYY-MM-DD`);

const dataPath = join(root, 'data/dataset.json');
const text = readFileSync(dataPath, 'utf8');
const folder = sourcesDir(repo, args.sources);
const check = runDataCheck({
  datasetText: text,
  sources:
    readSourceTexts(folder, root) ??
    usage(`sources folder not found: ${folder} (pass --sources or set GOALPOST_SOURCES)`),
});
if (!check.ok) refuse(check.problems.map(formatProblem));
const parsed = parseDatasetText(text);
if (!parsed.ok) refuse(parsed.problems.map(formatProblem));
const working: Dataset = parsed.dataset;

const index: ReleaseIndex = readReleaseIndex(root);
const last = index.releases.at(-1) ?? null;
const previous = last ? releaseDataset(root, last) : null;
if (last && date < last.date) usage(`--date ${date} is before release ${last.id} (${last.date})`);

const { changes, problems } = previous
  ? diffReleases(previous, working)
  : { changes: [], problems: [] as ReturnType<typeof diffReleases>['problems'] };
if (problems.length) refuse(problems.map(releaseProblemText));
if (previous && changes.length === 0) {
  console.log(`data:release: nothing changed since release ${last!.id} (${last!.date}); nothing was written`);
  process.exit(0);
}

let note = defaultNote(changes);
if (args.note) {
  const given = localizedSchema.safeParse(JSON.parse(readFileSync(resolve(args.note), 'utf8')));
  if (!given.success) usage(`--note ${args.note} is not { "en": …, "ru": …, "kk": … } with every language written`);
  note = given.data;
} else if (!previous) usage('the first release needs its note: --note note.json');

const id = (last?.id ?? 0) + 1;
const stamped = stampRelease(working, previous, date);
const json = await format(JSON.stringify(stamped), { parser: 'json', filepath: dataPath });
const file = `${id}.json`;
mkdirSync(join(root, RELEASES_DIR), { recursive: true });
const releasePath = join(root, RELEASES_DIR, file);
if (existsSync(releasePath)) usage(`${RELEASES_DIR}/${file} exists already: releases are never written over`);
writeFileSync(releasePath, json);
index.releases.push({ id, date, note, file, sha256: createHash('sha256').update(json).digest('hex') });
writeFileSync(
  join(root, RELEASES_DIR, 'index.json'),
  await format(JSON.stringify(index), { parser: 'json', filepath: 'index.json' }),
);
writeFileSync(dataPath, json);
const counts = changeCounts(changes);
console.log(
  `data:release: release ${id} (${date}) written to ${RELEASES_DIR}/${file}: ` +
    `${counts.added} added, ${counts.corrected} corrected, ${counts.edited} edited, ${counts.retracted} retracted`,
);
console.log(`  ${note.en}`);
