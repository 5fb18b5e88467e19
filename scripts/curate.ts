/**
 * `npm run curate -- FILE --lang ru|kk|en --date YYYY-MM-DD`
 * `npm run curate -- --score [--sources ../shared/sources]`
 *
 * Reads an article (a text file) for the figures a careful reader would record, and prints them as
 * JSON, one candidate per line, in the dataset's own figure shape (see the README, "The curator's
 * desk"). `--score` reads the five primary sources instead and prints how the reading agrees with
 * the dataset: recall and precision per article, and each field read right. Exit 0: done (with
 * --score: every target met); 1: a target missed; 2: usage error.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../src/domain/curate/read-article';
import { SCORED_FIELDS } from '../src/domain/curate/score';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { readSources, sourcesDir } from './data/read-sources';
import { scoreSources, TARGETS, totals } from './data/curate-score';

const USAGE =
  'usage: npm run curate -- FILE --lang ru|kk|en --date YYYY-MM-DD\n       npm run curate -- --score [--sources DIR]';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message: string): never {
  console.error(`curate: ${message}\n${USAGE}`);
  process.exit(2);
}

const args: { file?: string; lang?: string; date?: string; sources?: string; score?: boolean } = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] ?? '';
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (a === '--score') {
    args.score = true;
    continue;
  }
  const [name, inline] = a.split(/=(.*)/s, 2);
  if (name === '--lang' || name === '--date' || name === '--sources') {
    const value = inline ?? argv[++i];
    if (!value) usage(`${name} needs a value`);
    args[name.slice(2) as 'lang' | 'date' | 'sources'] = value;
  } else if (!a.startsWith('--') && !args.file) args.file = a;
  else usage(`unknown argument "${a}"`);
}

const parsed = parseDatasetText(readFileSync(resolve(root, 'data/dataset.json'), 'utf8'));
if (!parsed.ok) usage('data/dataset.json does not load (run npm run data:check)');
const { dataset } = parsed;

if (args.score) {
  const folder = sourcesDir(root, args.sources);
  const texts = readSources(folder) ?? usage(`sources folder not found: ${folder}`);
  const scores = scoreSources(dataset, texts);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  console.log('article                     figures  candidates  found  recall  precision');
  for (const { document, score: s } of scores)
    console.log(
      `${document.padEnd(28)}${String(s.figures).padStart(7)}${String(s.candidates).padStart(12)}${String(s.found).padStart(7)}` +
        `${pct(s.figures ? s.found / s.figures : 1).padStart(8)}${pct(s.candidates ? s.found / s.candidates : 1).padStart(11)}`,
    );
  const all = totals(scores.map((s) => s.score));
  console.log(
    `${'all'.padEnd(28)}${String(all.figures).padStart(7)}${String(all.candidates).padStart(12)}${String(all.found).padStart(7)}` +
      `${pct(all.recall).padStart(8)}${pct(all.precision).padStart(11)}`,
  );
  console.log('\nfield (of the figures found)  right');
  for (const k of SCORED_FIELDS)
    console.log(`${k.padEnd(30)}${all.fields[k].right}/${all.fields[k].of} (${pct(all.fields[k].share)})`);
  for (const { document, score: s } of scores) {
    for (const f of s.missed) console.log(`missed: ${document} ${f.id}`);
    for (const c of s.extra)
      console.log(`extra: ${document} ${c.kind} ${c.value ?? `${c.low}-${c.high}`} ${c.unit} «${c.number.text}»`);
    for (const k of SCORED_FIELDS) for (const id of s.fields[k].wrong) console.log(`wrong ${k}: ${document} ${id}`);
  }
  const met =
    all.recall >= TARGETS.recall &&
    all.precision >= TARGETS.precision &&
    all.fields.qualifier.share >= TARGETS.qualifier &&
    all.fields.period.share >= TARGETS.period;
  console.log(
    `\ncurate: targets ${met ? 'met' : 'MISSED'} (recall ≥ ${pct(TARGETS.recall)}, precision ≥ ${pct(TARGETS.precision)}, qualifiers and periods ≥ ${pct(TARGETS.qualifier)})`,
  );
  process.exit(met ? 0 : 1);
}

if (!args.file) usage('name the article file');
if (!args.lang || !['ru', 'kk', 'en'].includes(args.lang)) usage('--lang is ru, kk or en');
if (!args.date || !/^\d{4}-\d{2}-\d{2}$/.test(args.date))
  usage('--date is YYYY-MM-DD (the article’s date, or its event’s)');
let text: string;
try {
  text = readFileSync(resolve(args.file), 'utf8');
} catch {
  usage(`cannot read ${args.file}`);
}
for (const c of readArticle({ text, lang: args.lang as 'ru', date: args.date, indicators: dataset.indicators }))
  console.log(JSON.stringify(c));
