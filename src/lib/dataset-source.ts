import { appRoot } from './app-folder';
import { allowedDatasetOrigins, checkDatasetAddress } from './dataset-address';
import { DEFAULT_DATASET_URL } from './dataset-query';

/** Which dataset a page shows, and what the reader must be told about it. */
export interface DatasetSource {
  /** the address to fetch: the published dataset unless an allowed alternative was asked for */
  url: string;
  /** the `?data=` value of an allowed dataset that is not the published one (shown on every view) */
  foreign: string | null;
  /** a `?data=` value that was refused and never fetched (the page says so and shows the published data) */
  refused: string | null;
}

/**
 * The dataset for a URL state's `data`, checked against the publisher's rule (`dataset-address.ts`).
 * `base` is the app's folder; `origins` the publisher's list.
 */
export function datasetSource(
  data: string | null,
  base: string = appRoot()?.href ?? 'http://localhost/',
  origins: readonly string[] = allowedDatasetOrigins(),
): DatasetSource {
  if (data === null) return { url: DEFAULT_DATASET_URL, foreign: null, refused: null };
  const check = checkDatasetAddress(data, base, origins);
  if (!check.ok) return { url: DEFAULT_DATASET_URL, foreign: null, refused: data };
  if (check.published) return { url: DEFAULT_DATASET_URL, foreign: null, refused: null };
  return { url: check.url, foreign: data, refused: null };
}
