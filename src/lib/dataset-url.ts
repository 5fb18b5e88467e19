/**
 * The published dataset's address, relative to the app's folder, so the app works under any sub-path.
 * A module of its own so the first chunk can name it without the query code (public/boot.js, a plain
 * script, writes it out too; tests/unit/url-guardrails.test.ts holds the two equal).
 */
export const DEFAULT_DATASET_URL = 'data/dataset.json';
