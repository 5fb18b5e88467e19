import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import type { ReleaseEntry, ReleaseIndex } from '../../src/domain/releases';

export const RELEASES_DIR = 'data/releases';

/** data/releases/index.json (no releases yet: an empty index). */
export function readReleaseIndex(root: string): ReleaseIndex {
  const path = join(root, RELEASES_DIR, 'index.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReleaseIndex) : { releases: [] };
}

/** A release's text as committed. */
export const releaseText = (root: string, r: ReleaseEntry) => readFileSync(join(root, RELEASES_DIR, r.file), 'utf8');

/** A release's dataset, checked by the app's own schema. */
export function releaseDataset(root: string, r: ReleaseEntry): Dataset {
  const parsed = parseDatasetText(releaseText(root, r));
  if (!parsed.ok) throw new Error(`${RELEASES_DIR}/${r.file} does not load: ${parsed.problems.length} problem(s)`);
  return parsed.dataset;
}
