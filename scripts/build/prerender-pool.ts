/**
 * Prerendering on every core: the pages shared out, one in every `n` to each of `n` worker threads,
 * each running the same prerender (prerender-job.ts) with the vite server of its own. Below a few
 * hundred pages the threads' start (a server each) costs more than it saves, so the pages are drawn
 * here; GOALPOST_PRERENDER_THREADS sets the number (1: here).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { ReleaseLogEntry } from '../../src/domain/release-log';
import type { BuildCache } from './build-cache';
import type { BuiltPage } from './pages';
import { prerender } from './prerender';
import type { PageFacts } from './publish-files';

const FEW_PAGES = 400;

export function prerenderThreads(pages: number): number {
  const setting = Number(process.env.GOALPOST_PRERENDER_THREADS);
  if (Number.isInteger(setting) && setting >= 1) return setting;
  return pages < FEW_PAGES ? 1 : availableParallelism();
}

export async function prerenderOnCores(
  out: string,
  dataset: Dataset,
  base: URL | null,
  pages: BuiltPage[],
  facts: (page: BuiltPage) => PageFacts,
  log: ReleaseLogEntry[],
  partOf: (indicator: string | null | undefined) => Dataset,
  cache: BuildCache,
  fingerprint: string,
): Promise<{ counts: Map<string, number>; threads: number }> {
  const threads = prerenderThreads(pages.length);
  // read once, before any thread writes the front door over it
  const template = readFileSync(join(out, 'index.html'), 'utf8');
  if (threads === 1)
    return { counts: await prerender(out, dataset, base, pages, facts, log, partOf, cache, template), threads };
  const shares = Array.from({ length: threads }, (_, i) => pages.filter((_, j) => j % threads === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ counts: [string, number][]; cache: [string, { reused: number; drawn: number }][] }>(
          (resolve, reject) => {
            const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), {
              workerData: {
                job: new URL('./prerender-job.ts', import.meta.url).href,
                out,
                dataset,
                base: base?.href ?? null,
                pages: share,
                log,
                cacheDir: cache.dir,
                fingerprint,
                template,
              },
            });
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => code !== 0 && reject(new Error(`a prerendering thread stopped (${code})`)));
          },
        ),
    ),
  );
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const [kind, n] of r.counts) counts.set(kind, (counts.get(kind) ?? 0) + n);
    for (const [kind, c] of r.cache) cache.add(kind, c);
  }
  // in the pages' own order of kinds
  const order = [...new Set(pages.map((p) => p.kind))];
  return { counts: new Map(order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!])), threads };
}
