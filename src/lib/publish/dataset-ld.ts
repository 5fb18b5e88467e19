/** schema.org Dataset markup for the sources page: what dataset search engines read. */
import type { Dataset } from '../../domain/dataset-schema';
import { DATA_FILES, LICENSE } from '../publish/dataset-files';
import type { Locale } from '../url-state';

export interface DatasetLd {
  '@context': 'https://schema.org';
  '@type': 'Dataset';
  name: string;
  description: string;
  url: string;
  license: string;
  dateModified: string;
  version: string;
  isAccessibleForFree: true;
  inLanguage: Locale[];
  creator: { '@type': 'Organization'; name: string; url: string };
  keywords: string[];
  variableMeasured: string[];
  temporalCoverage: string;
  spatialCoverage: { '@type': 'Place'; name: string };
  distribution: { '@type': 'DataDownload'; encodingFormat: string; contentUrl: string }[];
}

export function datasetLd(
  dataset: Dataset,
  locale: Locale,
  description: string,
  /** resolves a path relative to the app's folder (absolute when the public address is known) */
  address: (path: string) => string,
  page: string,
): DatasetLd {
  const years = dataset.figures
    .map((f) => f.period?.slice(0, 4))
    .filter((y): y is string => !!y && /^\d{4}$/.test(y))
    .sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description,
    url: page,
    license: LICENSE.path,
    dateModified: dataset.updated,
    version: dataset.updated,
    isAccessibleForFree: true,
    inLanguage: ['en', 'ru', 'kk'],
    creator: { '@type': 'Organization', name: 'Goalpost', url: address('') },
    keywords: ['Kazakhstan', 'Organization of Turkic States', 'Central Asia', 'Middle Corridor', 'trade', 'goals'],
    variableMeasured: dataset.indicators.map((i) => i.name[locale]),
    temporalCoverage: years.length ? `${years[0]}/${years[years.length - 1]}` : dataset.updated.slice(0, 4),
    spatialCoverage: { '@type': 'Place', name: 'Kazakhstan, Central Asia, Organization of Turkic States' },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: address(DATA_FILES.json) },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: address(DATA_FILES.csv) },
    ],
  };
}
