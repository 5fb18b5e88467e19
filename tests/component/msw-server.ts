import dataset from '../../data/dataset.json';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

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
