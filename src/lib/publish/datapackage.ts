/**
 * The Frictionless Data package (data/datapackage.json) that describes the published dataset: the
 * JSON file as a data resource and the CSV as a tabular data resource with a table schema (one
 * field per column, in order, with its type), and the licence. Paths are relative to data/.
 */
import { CSV_COLUMNS } from '../../domain/csv';
import type { Dataset } from '../../domain/dataset-schema';
import { LICENSE } from './dataset-files';

type FieldType = 'string' | 'number' | 'boolean' | 'date';

const TYPES: Partial<Record<(typeof CSV_COLUMNS)[number], FieldType>> = {
  value: 'number',
  low: 'number',
  high: 'number',
  approx: 'boolean',
  at_least: 'boolean',
  event_date: 'date',
};

const DESCRIPTIONS: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
  figure_id: 'Stable id of the figure',
  kind: 'actual, capacity, goal, change (a stated change or multiple) or forecast',
  value: 'The number as stated; empty for a range',
  low: 'Lower end of a stated range',
  high: 'Upper end of a stated range',
  qualifier: 'The speaker’s word next to the number: about, almost, over, at least',
  unit: 'Unit of value, low and high',
  period: 'What the figure describes: a year, a month, or a span (YYYY, YYYY-MM, YYYY/YYYY)',
  deadline: 'A goal’s deadline as stated (YYYY or YYYY-MM)',
  scope: 'differs or uncertain when the figure covers something other than the indicator',
  quote: 'The sentence as printed in the source (Russian or Kazakh)',
  relates: 'Ids of the figures a change relates, separated by spaces',
};

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  licenses: { name: string; path: string; title: string }[];
  resources: {
    name: string;
    path: string;
    profile: 'data-resource' | 'tabular-data-resource';
    format: string;
    mediatype: string;
    encoding: 'utf-8';
    bytes: number;
    dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
    schema?: {
      fields: { name: string; type: FieldType; format?: string; description?: string }[];
      primaryKey: string;
      missingValues: string[];
    };
  }[];
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export function dataPackage(dataset: Dataset, csv: string, json?: string): DataPackage {
  return {
    profile: 'data-package',
    name: 'goalpost',
    title: dataset.title,
    description:
      'Goals and figures stated in speeches about Kazakhstan, the Organization of Turkic States and Central Asia, each traced to its quote and source.',
    version: `${dataset.schemaVersion}.0.0+${dataset.updated.replace(/-/g, '')}`,
    created: `${dataset.updated}T00:00:00Z`,
    licenses: [{ name: LICENSE.name, path: LICENSE.path, title: LICENSE.title }],
    resources: [
      {
        name: 'dataset',
        path: 'dataset.json',
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: utf8Bytes(json ?? `${JSON.stringify(dataset, null, 2)}\n`),
      },
      {
        name: 'figures',
        path: 'dataset.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: utf8Bytes(csv),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: CSV_COLUMNS.map((name) => ({
            name,
            type: TYPES[name] ?? 'string',
            ...(TYPES[name] === 'date' ? { format: 'default' } : {}),
            ...(DESCRIPTIONS[name] ? { description: DESCRIPTIONS[name] } : {}),
          })),
          primaryKey: 'figure_id',
          missingValues: [''],
        },
      },
    ],
  };
}
