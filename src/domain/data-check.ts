import { checkQuotes, type SourceTexts } from './check-quotes';
import { checkJsonSchemaFile } from './dataset-json-schema';
import type { DatasetProblem } from './dataset-problems';
import { parseDatasetText } from './parse-dataset';

export interface DataCheckInput {
  /** the dataset file's text */
  datasetText: string;
  /** the primary documents by file name */
  sources: SourceTexts;
  /** the JSON Schema file's text (null: missing); leave undefined to skip that check */
  schemaFileText?: string | null;
}

export interface DataCheckResult {
  ok: boolean;
  problems: DatasetProblem[];
  warnings: string[];
  /** one line, e.g. `data:check: 51 figures, 11 indicators, 18 sources — OK` */
  summary: string;
}

/** Everything `npm run data:check` checks, without touching the file system. */
export function runDataCheck(input: DataCheckInput): DataCheckResult {
  const parsed = parseDatasetText(input.datasetText);
  const problems = parsed.ok ? checkQuotes(parsed.dataset, input.sources) : [...parsed.problems];
  if (input.schemaFileText !== undefined) {
    const stale = checkJsonSchemaFile(input.schemaFileText);
    if (stale) problems.push(stale);
  }
  const ok = problems.length === 0;
  let summary: string;
  if (!ok) {
    summary = `data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  } else if (parsed.ok) {
    const { figures, indicators, sources } = parsed.dataset;
    summary = `data:check: ${figures.length} figures, ${indicators.length} indicators, ${sources.length} sources — OK`;
  } else {
    summary = 'data:check: OK';
  }
  return { ok, problems, warnings: parsed.warnings, summary };
}
