import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indicatorPart, indicatorPartAddress, OVERVIEW_PART, overviewPart } from '../../src/domain/dataset-parts';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { DEFAULT_DATASET_URL } from '../../src/lib/dataset-url';

/**
 * The dataset an indicator's pages are drawn from at build time: its part, cut once (the pages drawn
 * from the part are the pages drawn from the whole: tests/unit/dataset-parts.test.ts), so the cost
 * of each such page does not grow with the dataset.
 */
export function partsOf(dataset: Dataset): (indicator: string | null | undefined) => Dataset {
  const cut = new Map<string, Dataset>();
  return (indicator) => {
    if (!indicator) return dataset;
    let part = cut.get(indicator);
    if (!part) cut.set(indicator, (part = indicatorPart(dataset, indicator, DEFAULT_DATASET_URL)));
    return part;
  };
}

/** Every part of the dataset a page reads (src/domain/dataset-parts.ts), by address. */
export function partFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  files.set(OVERVIEW_PART, JSON.stringify(overviewPart(dataset, DEFAULT_DATASET_URL)));
  for (const i of dataset.indicators)
    files.set(indicatorPartAddress(i.id), JSON.stringify(indicatorPart(dataset, i.id, DEFAULT_DATASET_URL)));
  return files;
}

/**
 * Writes the parts into the build (`data/overview.json`, `data/indicators/<id>.json`); returns their
 * number. A dataset the app reads with a notice (an older or newer schema, fields it ignores) gets no
 * parts: every page reads the whole file, and says what the reader must know about it.
 */
export function writeParts(out: string, parsed: { dataset: Dataset; notices: readonly unknown[] }): number {
  if (parsed.notices.length) return 0;
  const files = partFiles(parsed.dataset);
  for (const [address, text] of files) {
    mkdirSync(dirname(join(out, address)), { recursive: true });
    writeFileSync(join(out, address), text);
  }
  return files.size;
}

/**
 * In dev, the part at `address` cut from the working copy's text as it is now; null for an address
 * that is no part (an unknown indicator: 404, as in the build), or for every address where the build
 * writes no parts (a notice). A working copy that fails its checks is served whole in place of any
 * part, so each page shows its problems.
 */
export function devPart(datasetText: string, address: string): string | null {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) return datasetText;
  if (parsed.notices.length) return null;
  return partFiles(parsed.dataset).get(address) ?? null;
}
