/** One prerendering thread's share of the pages (prerender-pool.ts): the same prerender, in a worker. */
import './production-env';
import { parentPort, workerData } from 'node:worker_threads';
import type { Dataset } from '../../src/domain/dataset-schema';
import type { ReleaseLogEntry } from '../../src/domain/release-log';
import { BuildCache } from './build-cache';
import { pageFacts } from './page-facts';
import type { BuiltPage } from './pages';
import { partsOf } from './parts';
import { prerender } from './prerender';

interface Job {
  out: string;
  dataset: Dataset;
  base: string | null;
  pages: BuiltPage[];
  log: ReleaseLogEntry[];
  cacheDir: string | null;
  fingerprint: string;
  template: string;
}

const job = workerData as Job & { job: string };
const partOf = partsOf(job.dataset);
const cache = new BuildCache(job.cacheDir, job.fingerprint);
const counts = await prerender(
  job.out,
  job.dataset,
  job.base ? new URL(job.base) : null,
  job.pages,
  (p) => pageFacts(partOf(p.indicator), p, job.log),
  job.log,
  partOf,
  cache,
  job.template,
);
parentPort!.postMessage({ counts: [...counts], cache: [...cache.counts] });
