import { checkQuotes } from '../check-quotes';
import type { DatasetProblem } from '../dataset-problems';
import { figureSchema, indicatorSchema, sourceSchema, type Dataset, type Source } from '../dataset-schema';
import { parseDataset } from '../parse-dataset';
import { draftRecords, mergeDraft, sourceRecord, type Draft, type DraftProblem, type DraftRecords } from './draft';

/**
 * What stands between the curator's draft and a save: each problem of the merged dataset placed on
 * the draft's record and field it comes from, in words the desk shows beside that field.
 */

const RECORD = /^(sources|indicators|figures)\[\d+\](?: \(([^)]*)\))?$/;

/**
 * Where a problem of the merged dataset belongs in the draft: `source`, `figure:<key>`,
 * `indicator:<key>`, or `dataset` (a record the desk did not write, or the file as a whole).
 */
export function placeProblem(p: DatasetProblem, draft: Draft, records: DraftRecords): DraftProblem {
  const m = RECORD.exec(p.record);
  const id = m?.[2];
  let where = 'dataset';
  if (m && id !== undefined) {
    if (m[1] === 'sources' && id === records.source.id) where = 'source';
    const fi = records.figures.findIndex((f) => f.id === id);
    if (m[1] === 'figures' && fi >= 0) where = `figure:${draft.figures[fi]!.key}`;
    const ii = records.indicators.findIndex((r) => r.id === id);
    if (m[1] === 'indicators' && ii >= 0) where = `indicator:${draft.indicators[ii]!.key}`;
  }
  return { where, field: p.field, message: where === 'dataset' ? `${p.record}: ${p.message}` : p.message };
}

const EMPTY = 'empty text';

/** A schema's message as the desk says it: an empty text is missing; a number typed as words is not a number. */
function say(message: string, field: string): string {
  if (message === EMPTY) return 'missing';
  if (/^(?:value|low|high)$/.test(field) && /expected number/.test(message))
    return 'not a number in the unit: write 12.9 for “12,9 млрд”, 100000 for “100 тысяч”';
  return message;
}

/**
 * Everything wrong with a draft, on the field at fault, before anything is sent: each record
 * against its schema (a field left empty is "missing"), then the merged dataset's references, then
 * each quote against the article's text (verbatim, and stating the figure's value). The server
 * checks the whole dataset again, with every source document, before it writes.
 */
export function draftProblems(dataset: Dataset, draft: Draft, articleText: string): DraftProblem[] {
  const records = draftRecords(draft);
  const out: DraftProblem[] = [];
  const issues = (
    where: string,
    record: Record<string, unknown>,
    result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    if (result.success || !result.error) return;
    for (const i of result.error.issues) {
      const field = i.path.map(String).join('.');
      // an id or a choice left empty is missing, whatever rule its schema states
      const value = i.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        record,
      );
      out.push({ where, field, message: value === '' ? 'missing' : say(i.message, field) });
    }
  };
  issues('source', records.source, sourceSchema.safeParse(records.source));
  if (!/^[a-z0-9][a-z0-9._-]*\.txt$/.test(draft.source.document.trim()))
    out.push({
      where: 'source',
      field: 'document',
      message: 'a file name such as 2026-11-20-kazinform.txt (lowercase, .txt)',
    });
  if (!articleText.trim())
    out.push({ where: 'source', field: 'text', message: 'missing: paste the article or open its file' });
  records.indicators.forEach((r, i) =>
    issues(`indicator:${draft.indicators[i]!.key}`, r, indicatorSchema.safeParse(r)),
  );
  records.figures.forEach((r, i) => issues(`figure:${draft.figures[i]!.key}`, r, figureSchema.safeParse(r)));
  if (!draft.figures.length) out.push({ where: 'dataset', field: '', message: 'no figure accepted yet' });
  if (out.length) return out;

  const parsed = parseDataset(mergeDraft(dataset, records, draft.updated));
  if (!parsed.ok) return parsed.problems.map((p) => placeProblem(p, draft, records));
  // the new source's quotes against the article (the other sources' documents are the server's)
  const mine = {
    ...parsed.dataset,
    sources: parsed.dataset.sources.filter((s) => s.id === records.source.id),
    figures: parsed.dataset.figures.filter((f) => f.source === records.source.id),
  };
  return checkQuotes(mine, new Map([[String(records.source.document), articleText]])).map((p) => {
    // checkQuotes names records by their index in `mine`: name them by id as the dataset's do
    const m = /^figures\[\d+\] \(([^)]*)\)$/.exec(p.record);
    const fi = m ? records.figures.findIndex((f) => f.id === m[1]) : -1;
    return fi >= 0
      ? { where: `figure:${draft.figures[fi]!.key}`, field: p.field, message: p.message }
      : { where: 'source', field: p.field, message: p.message };
  });
}

/** The source of the draft, as the dataset's own record (null while it does not pass its schema). */
export function draftSource(draft: Draft): Source | null {
  const r = sourceSchema.safeParse(sourceRecord(draft.source));
  return r.success ? r.data : null;
}
