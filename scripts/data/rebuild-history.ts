/**
 * How releases 1 and 2 were made (run once, on 6 December 2026; kept as the record of it). Goalpost
 * published two datasets before it had releases: v1 on 22 November 2026 (git 5925da3, kept as
 * tests/fixtures/dataset-v1.json) and v2 on 1 December 2026. Release 1 is v1 read through the
 * migration, with its qualifiers as v1 published them (its `approx` was shown as "about", `atLeast`
 * as "at least": the migration's reading of the quotes' words is a correction, and release 2 says so).
 * Release 2 is v2 with a correction note on each figure whose facts changed. Both go through the
 * same diff and stamp as `npm run data:release`.
 *
 *   npx tsx scripts/data/rebuild-history.ts CORRECTIONS.json NOTE1.json NOTE2.json
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { Dataset, Localized } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { diffReleases, releaseProblemText, stampRelease, type ReleaseIndex } from '../../src/domain/releases';
import { RELEASES_DIR } from './releases';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [correctionsFile, note1File, note2File] = process.argv.slice(2);
const read = (f: string) => JSON.parse(readFileSync(resolve(f), 'utf8')) as unknown;

const v1raw = JSON.parse(readFileSync(join(root, 'tests/fixtures/dataset-v1.json'), 'utf8')) as {
  figures: { id: string; approx?: boolean; atLeast?: boolean }[];
};
const asPublished = new Map(
  v1raw.figures.flatMap((f) => (f.approx ? [[f.id, 'about']] : f.atLeast ? [[f.id, 'at least']] : [])),
);
const v1 = parseDatasetText(JSON.stringify(v1raw));
if (!v1.ok) throw new Error('v1 does not load');
const first: Dataset = {
  ...v1.dataset,
  figures: v1.dataset.figures.map((f) =>
    asPublished.has(f.id) ? { ...f, qualifier: asPublished.get(f.id) as typeof f.qualifier } : f,
  ),
};

const corrections = read(correctionsFile!) as Record<string, Localized>;
const v2 = parseDatasetText(readFileSync(join(root, 'data/dataset.json'), 'utf8'));
if (!v2.ok) throw new Error('data/dataset.json does not load');
const second: Dataset = {
  ...v2.dataset,
  figures: v2.dataset.figures.map((f) => (corrections[f.id] ? { ...f, correction: { note: corrections[f.id]! } } : f)),
};
const { problems } = diffReleases(first, second);
if (problems.length) throw new Error(problems.map(releaseProblemText).join('\n'));

mkdirSync(join(root, RELEASES_DIR), { recursive: true });
const index: ReleaseIndex = { releases: [] };
const release = async (id: number, date: string, dataset: Dataset, note: Localized) => {
  const json = await format(JSON.stringify(dataset), { parser: 'json', filepath: 'x.json' });
  writeFileSync(join(root, RELEASES_DIR, `${id}.json`), json);
  index.releases.push({ id, date, note, file: `${id}.json`, sha256: createHash('sha256').update(json).digest('hex') });
  return json;
};
const r1 = stampRelease(first, null, '2026-11-22');
await release(1, '2026-11-22', r1, read(note1File!) as Localized);
const r2 = stampRelease(second, r1, '2026-12-01');
writeFileSync(join(root, 'data/dataset.json'), await release(2, '2026-12-01', r2, read(note2File!) as Localized));
writeFileSync(
  join(root, RELEASES_DIR, 'index.json'),
  await format(JSON.stringify(index), { parser: 'json', filepath: 'index.json' }),
);
console.log(`releases 1 and 2 written to ${RELEASES_DIR}/`);
