import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset-schema';
import type { DatasetProblem } from '../domain/dataset-problems';
import type { DatasetNotice } from '../domain/parse-dataset';

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

/** The bundled dataset, relative to the page, so the app works under any sub-path. */
export const DEFAULT_DATASET_URL = 'data/dataset.json';

export interface LoadedDataset {
  dataset: Dataset;
  warnings: string[];
  /** the same, as codes the page words in the reader's language */
  notices: DatasetNotice[];
  url: string;
}

/**
 * Fetches and validates a dataset. The validator (zod and the schema) is its own chunk, loaded in
 * parallel with the data, so it stays out of the first JavaScript a visitor downloads.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const validator = import('../domain/parse-dataset');
  let response: Response;
  try {
    const absolute = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
    response = await fetch(absolute, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('fetch', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DatasetError('fetch', `HTTP ${response.status} for ${url}`);
  const text = await response.text();
  const { parseDatasetText } = await validator;
  const result = parseDatasetText(text);
  if (!result.ok) throw new DatasetError('invalid', `${result.problems.length} problem(s)`, result.problems);
  return { dataset: result.dataset, warnings: result.warnings, notices: result.notices, url };
}

/** One query per dataset address: the same code path for the bundled file and for `?data=`. */
export const datasetQueryOptions = (url: string = DEFAULT_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    retry: (count, error) => !(error instanceof DatasetError && error.kind === 'invalid') && count < 2,
  });
