import { useState } from 'react';
import { datasetToCsv, figuresToCsv } from '../domain/csv';
import type { Dataset, Figure } from '../domain/dataset-schema';
import { csvBlob, downloadBlob, DownloadUnsupportedError } from '../lib/download';
import { usePageWords } from '../lib/i18n/i18n';
import { useHere } from './page-here';

/** Runs a download and keeps its failure, so the reader is told why nothing was saved. */
function useDownload() {
  const [error, setError] = useState<unknown>(null);
  const run = (filename: string, makeText: () => string) => {
    try {
      downloadBlob(filename, csvBlob(makeText()));
      setError(null);
    } catch (e) {
      setError(e ?? new Error('unknown error'));
    }
  };
  return { error, run };
}

function DownloadError({ error }: { error: unknown }) {
  const t = usePageWords();
  if (error === null) return null;
  const message =
    error instanceof DownloadUnsupportedError
      ? t('download.unsupported')
      : t('download.failed', { reason: error instanceof Error ? error.message : String(error) });
  return (
    <p role="alert" className="panel-error">
      {message}
    </p>
  );
}

/** The whole dataset: the JSON file as published, and a CSV with one row per figure made in the browser. */
export function DatasetDownloads({ dataset, datasetUrl }: { dataset: Dataset; datasetUrl: string }) {
  const t = usePageWords();
  const { error, run } = useDownload();
  const here = useHere();
  return (
    <div className="downloads" role="group" aria-label={t('download.label')}>
      <p>
        <a href={here.href(datasetUrl)} download="goalpost-dataset.json">
          {t('download.json')}
        </a>{' '}
        <button type="button" onClick={() => run('goalpost-dataset.csv', () => datasetToCsv(dataset))}>
          {t('download.csv')}
        </button>
      </p>
      <p className="muted">{t('download.hint')}</p>
      <DownloadError error={error} />
    </div>
  );
}

/** One chart's figures (records or ids) as CSV, with the same columns as the dataset CSV. */
export function ChartDataDownload({
  dataset,
  figures,
  filename,
}: {
  dataset: Dataset;
  figures: readonly (Figure | string)[];
  filename: string;
}) {
  const t = usePageWords();
  const { error, run } = useDownload();
  return (
    <div className="downloads">
      <button type="button" onClick={() => run(filename, () => figuresToCsv(dataset, figures))}>
        {t('download.chartCsv')}
      </button>
      <DownloadError error={error} />
    </div>
  );
}
