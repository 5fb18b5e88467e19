/** One thing wrong with a dataset: which record, which field, and what is wrong. */
export interface DatasetProblem {
  /** e.g. `figures[3] (kz-ots-trade-2019)` or `dataset` for the file as a whole. */
  record: string;
  /** dotted path inside the record, e.g. `quote` or `name.kk`; empty for the whole record. */
  field: string;
  message: string;
}

export function formatProblem(p: DatasetProblem): string {
  return p.field ? `${p.record} › ${p.field}: ${p.message}` : `${p.record}: ${p.message}`;
}
