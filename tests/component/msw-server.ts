import dataset from '../../data/dataset.json';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseLog } from '../../src/domain/release-log';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { ReleaseEntry } from '../../src/domain/releases';

export const DATASET_URL = 'http://localhost/data/dataset.json';

/** A fresh deep copy of the real dataset for each test to serve or break. */
export function realDataset(): Record<string, unknown> & { figures: Record<string, unknown>[]; indicators: unknown[] } {
  return structuredClone(dataset) as ReturnType<typeof realDataset>;
}

export const server = setupServer();

export function serveDataset(body: unknown, init: { status?: number; url?: string } = {}) {
  server.use(
    http.get(init.url ?? DATASET_URL, () =>
      typeof body === 'string'
        ? new HttpResponse(body, { status: init.status ?? 200, headers: { 'Content-Type': 'application/json' } })
        : HttpResponse.json(body as Record<string, unknown>, { status: init.status ?? 200 }),
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
