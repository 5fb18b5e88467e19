/**
 * `npm run curate -- FILE --lang ru|kk|en --date YYYY-MM-DD`
 * `npm run curate -- --score [--sources ../shared/sources]`
 *
 * Reads an article (a text file) for the figures a careful reader would record, and prints them as
 * JSON, one candidate per line, in the dataset's own figure shape (see docs/curate.md, "The
 * reading"). `--score` reads the five primary sources and the sets of texts written for the reading
 * (tests/fixtures/curate/) instead, and prints how it agrees with the dataset and with each set's
 * key: recall and precision per article, and each field read right. Exit 0: done (with --score:
 * every target met on every set); 1: a target missed; 2: usage error.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../src/domain/curate/read-article';
import { SCORED_FIELDS, type ArticleScore } from '../src/domain/curate/score';
import { parseDatasetText } from '../src/domain/parse-dataset';
import { meetsTargets, scoreHeldOut, scoreSources, TARGETS, TEXT_SETS, totals } from './data/curate-score';
import { readSourceTexts, sourcesDir } from './data/read-sources';

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
  const texts = readSourceTexts(folder, root) ?? usage(`sources folder not found: ${folder}`);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  let allMet = true;
  const report = (title: string, scores: { document: string; score: ArticleScore }[]) => {
    console.log(`\n${title}\n`);
    console.log('article                     figures  candidates  found  recall  precision');
    const row = (name: string, s: { figures: number; candidates: number; found: number }) =>
      console.log(
        `${name.padEnd(28)}${String(s.figures).padStart(7)}${String(s.candidates).padStart(12)}${String(s.found).padStart(7)}` +
          `${pct(s.figures ? s.found / s.figures : 1).padStart(8)}${pct(s.candidates ? s.found / s.candidates : 1).padStart(11)}`,
      );
    for (const { document, score } of scores) row(document, score);
    const all = totals(scores.map((s) => s.score));
    row('all', all);
    console.log('\nfield (of the figures found)  right');
    for (const k of SCORED_FIELDS)
      if (all.fields[k].of)
        console.log(`${k.padEnd(30)}${all.fields[k].right}/${all.fields[k].of} (${pct(all.fields[k].share)})`);
    for (const { document, score: s } of scores) {
      for (const f of s.missed) console.log(`missed: ${document} ${f.id}`);
      for (const c of s.extra)
        console.log(`extra: ${document} ${c.kind} ${c.value ?? `${c.low}-${c.high}`} ${c.unit} «${c.number.text}»`);
      for (const k of SCORED_FIELDS) for (const id of s.fields[k].wrong) console.log(`wrong ${k}: ${document} ${id}`);
    }
    const met = meetsTargets(all);
    allMet &&= met;
    console.log(`targets ${met ? 'met' : 'MISSED'}`);
  };
  report('The five primary sources, against data/dataset.json’s figures from them', scoreSources(dataset, texts));
  for (const set of TEXT_SETS)
    report(
      set.role === 'tuning'
        ? `${set.folder}: written blind by another hand, then used to find and fix the reading’s faults`
        : set.role === 'fixing'
          ? `${set.folder}: written blind by another hand, scored once, its faults being fixed`
          : `${set.folder}: written blind by another hand, scored after the reading was done, never used to change it`,
      scoreHeldOut(resolve(root, set.folder), dataset.indicators),
    );
  console.log(
    `\ncurate: targets ${allMet ? 'met on every set' : 'MISSED'} (recall ≥ ${pct(TARGETS.recall)}, precision ≥ ${pct(TARGETS.precision)}, qualifiers and periods ≥ ${pct(TARGETS.qualifier)})`,
  );
  process.exit(allMet ? 0 : 1);
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
