/** Shared by the data-check tests: the real dataset and sources, located from the repository. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Figure } from '../../src/domain/dataset-schema';
import { parseDataset } from '../../src/domain/parse-dataset';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const datasetPath = join(repoRoot, 'data/dataset.json');
export const schemaFilePath = join(repoRoot, 'data/dataset.schema.json');
/** The five primary documents live next to the repository: `../shared/sources`. */
export const sourcesDir = resolve(repoRoot, '../shared/sources');

const datasetText = readFileSync(datasetPath, 'utf8');

/** A fresh deep copy of data/dataset.json, safe to break. */
export function realDataset(): Dataset {
  return JSON.parse(datasetText) as Dataset;
}

export function realSources(): Map<string, string> {
  return new Map(readdirSync(sourcesDir).map((name) => [name, readFileSync(join(sourcesDir, name), 'utf8')]));
}

/** The figure with this id and its index, failing loudly if the dataset no longer has it. */
export function figure(ds: Dataset, id: string): { f: Figure; i: number } {
  const i = ds.figures.findIndex((f) => f.id === id);
  const f = ds.figures[i];
  if (!f) throw new Error(`the dataset has no figure "${id}"`);
  return { f, i };
}

/** The real dataset, parsed and checked like the app does; throws if it does not parse. */
export function parsedRealDataset(): Dataset {
  const parsed = parseDataset(realDataset());
  if (!parsed.ok) throw new Error('the real dataset must parse');
  return parsed.dataset;
}
