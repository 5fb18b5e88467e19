import { DEFAULT_DATASET_URL } from '../dataset-url';

/**
 * The files the build publishes for data consumers: the dataset as JSON, the same figures as CSV
 * (one row per figure), the JSON Schema, and the Frictionless data package that describes them.
 */
export const DATA_FILES = {
  json: DEFAULT_DATASET_URL,
  csv: 'data/dataset.csv',
  schema: 'data/dataset.schema.json',
  datapackage: 'data/datapackage.json',
} as const;

/** The compilation's licence (the dataset's own `license` text names CC BY 4.0). */
export const LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
