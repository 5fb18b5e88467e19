import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import dataset from '../../data/dataset.json';
import { devPart } from '../../scripts/build/parts';
import { readReleaseIndex } from '../../scripts/data/releases';
import { OVERVIEW_PART } from '../../src/domain/dataset-parts';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { releaseLog } from '../../src/domain/release-log';
import type { ReleaseEntry } from '../../src/domain/releases';

export const DATASET_URL = 'http://localhost/data/dataset.json';

/** A fresh deep copy of the real dataset for each test to serve or break. */
export function realDataset(): Record<string, unknown> & { figures: Record<string, unknown>[]; indicators: unknown[] } {
  return structuredClone(dataset) as ReturnType<typeof realDataset>;
}

/** The committed releases' index, as it stands in the repository. */
export const releaseIndex = () => readReleaseIndex(join(dirname(fileURLToPath(import.meta.url)), '../..'));

/** A YYYY-MM-DD date as the English pages write it ("December 1, 2026"). */
export function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const server = setupServer();

/**
 * Serves `body` as the dataset at `init.url` (the published one by default). For the published one,
 * the parts the pages read are served too, cut from it as the build cuts them (scripts/build/parts.ts);
 * a body that is no valid dataset is served as itself in place of every part, as the dev server does.
 */
export function serveDataset(body: unknown, init: { status?: number; url?: string } = {}) {
  const respond = () =>
    typeof body === 'string'
      ? new HttpResponse(body, { status: init.status ?? 200, headers: { 'Content-Type': 'application/json' } })
      : HttpResponse.json(body as Record<string, unknown>, { status: init.status ?? 200 });
  server.use(http.get(init.url ?? DATASET_URL, respond));
  if (init.url !== undefined && init.url !== DATASET_URL) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const part = (address: string) => () => {
    if (init.status !== undefined && init.status !== 200) return respond();
    const cut = devPart(text, address);
    return cut === null
      ? new HttpResponse('Not found', { status: 404 })
      : new HttpResponse(cut, { headers: { 'Content-Type': 'application/json' } });
  };
  server.use(
    http.get(`http://localhost/${OVERVIEW_PART}`, part(OVERVIEW_PART)),
    http.get('http://localhost/data/indicators/:file', ({ params }) =>
      part(`data/indicators/${String(params.file)}`)(),
    ),
  );
}

/**
 * The committed releases, their index, and the log the build makes of them (data/changes.json),
 * served as the build publishes them.
 */
export function serveReleases() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../data/releases');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const json = (text: string) => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
  const index = JSON.parse(read('index.json')) as { releases: ReleaseEntry[] };
  const releases = index.releases.map((entry) => {
    const parsed = parseDatasetText(read(entry.file));
    if (!parsed.ok) throw new Error(`${entry.file} does not load`);
    return { entry, dataset: parsed.dataset as Dataset };
  });
  server.use(
    http.get('http://localhost/data/releases/index.json', () => json(read('index.json'))),
    ...index.releases.map((r) => http.get(`http://localhost/data/releases/${r.file}`, () => json(read(r.file)))),
    http.get('http://localhost/data/changes.json', () => HttpResponse.json({ releases: releaseLog(releases) })),
  );
}
