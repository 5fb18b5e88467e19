import { queryOptions } from '@tanstack/react-query';
import type { DatasetProblem } from '../domain/dataset-problems';
import type { Dataset } from '../domain/dataset-schema';
import type { DatasetNotice, ParseResult } from '../domain/parse-dataset';
import { fromAppRoot } from './app-folder';
import { DEFAULT_DATASET_URL } from './dataset-url';

/** Thrown when the dataset cannot be fetched or fails its checks; carries what is wrong. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'fetch' | 'invalid',
    readonly detail: string,
    readonly problems: DatasetProblem[] = [],
  ) {
    super(kind === 'fetch' ? `dataset could not be loaded: ${detail}` : `dataset is invalid: ${detail}`);
    this.name = 'DatasetError';
  }
}

export { DEFAULT_DATASET_URL };

export interface LoadedDataset {
  dataset: Dataset;
  warnings: string[];
  /** the same, as codes the page words in the reader's language */
  notices: DatasetNotice[];
  /** the whole dataset's address (the one a reader downloads), even when a part of it was read */
  url: string;
}

/**
 * A worker that checks dataset text off the main thread (parse-worker.ts), started before the fetch
 * so its script loads while the data downloads; null where there are no workers (Node, jsdom).
 */
function startParser(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'goalpost-dataset-check',
    });
  } catch {
    return null;
  }
}

/** The worker's result, or null when it cannot run (blocked, failed to load, crashed). */
function parseIn(worker: Worker, text: string): Promise<ParseResult | null> {
  return new Promise<ParseResult | null>((resolve) => {
    worker.onmessage = (e: MessageEvent<ParseResult>) => resolve(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    worker.onmessageerror = () => resolve(null);
    worker.postMessage(text);
  }).finally(() => worker.terminate());
}

/** On the main thread: the validator is its own chunk, loaded only when no worker could do it. */
async function parseHere(text: string): Promise<ParseResult> {
  const { parseDatasetText } = await import('../domain/parse-dataset');
  return parseDatasetText(text);
}

/** The dataset's text, or a DatasetError of kind 'fetch' (also for a part that is not JSON: `json`). */
async function fetchText(url: string, signal?: AbortSignal, json = false): Promise<string> {
  let response: Response;
  try {
    const absolute = fromAppRoot(url);
    response = await fetch(absolute, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('fetch', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DatasetError('fetch', `HTTP ${response.status} for ${url}`);
  // a server that answers a missing file with a page (a single-page fallback) has no such part
  if (json && !/json/i.test(response.headers.get('Content-Type') ?? ''))
    throw new DatasetError('fetch', `not JSON at ${url}`);
  return response.text();
}

/**
 * Fetches and validates a dataset. The checks run in a worker where the browser has one (and on the
 * main thread, from a chunk of their own, where it has not or the worker fails), so neither the
 * validator's script nor the checking blocks the page.
 */
export async function fetchDataset(url: string, signal?: AbortSignal, json = false): Promise<LoadedDataset> {
  const worker = startParser();
  const text = await fetchText(url, signal, json).catch((e: unknown) => {
    worker?.terminate();
    throw e;
  });
  const result = (worker && (await parseIn(worker, text))) ?? (await parseHere(text));
  if (!result.ok) throw new DatasetError('invalid', `${result.problems.length} problem(s)`, result.problems);
  return { dataset: result.dataset, warnings: result.warnings, notices: result.notices, url };
}

/**
 * A page's part of the dataset at `whole` (dataset-parts.ts), or, where there is no such part to
 * fetch (an unknown indicator, a server without the parts), the whole dataset: the page then shows
 * what it shows with the whole, notices included. A part that fails its checks is the page's error.
 */
export async function fetchPart(part: string, whole: string, signal?: AbortSignal): Promise<LoadedDataset> {
  try {
    return { ...(await fetchDataset(part, signal, true)), url: whole };
  } catch (e) {
    if (signal?.aborted || !(e instanceof DatasetError) || e.kind !== 'fetch') throw e;
  }
  return fetchDataset(whole, signal);
}

/**
 * One query per dataset address: the same code path for the bundled file and for `?data=`; with
 * `part`, that part of it (the published dataset's pages read only what they show).
 */
export const datasetQueryOptions = (url: string = DEFAULT_DATASET_URL, part: string | null = null) =>
  queryOptions({
    queryKey: ['dataset', url, part],
    queryFn: ({ signal }) => (part ? fetchPart(part, url, signal) : fetchDataset(url, signal)),
    staleTime: Infinity,
    retry: (count, error) => !(error instanceof DatasetError && error.kind === 'invalid') && count < 2,
  });
