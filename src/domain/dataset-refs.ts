import type { DatasetProblem } from './dataset-problems';
import type { Dataset } from './dataset-schema';

/** Words in a note that doubt a figure's scope, so the figure must carry `scope`. */
const SCOPE_DOUBT = /\b(scope|unclear whether|whether it is|may not be|broader (flow|measure)|another series)\b/i;

/** Checks what the schema alone cannot: ids, references between records, units, and primary quotes. */
export function checkReferences(ds: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceById = new Map(ds.sources.map((s) => [s.id, s]));
  const indicatorById = new Map(ds.indicators.map((i) => [i.id, i]));
  const figureIds = new Set(ds.figures.map((f) => f.id));

  for (const [kind, list] of [
    ['sources', ds.sources],
    ['indicators', ds.indicators],
    ['figures', ds.figures],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id))
        problems.push({ record: `${kind}[${i}] (${r.id})`, field: 'id', message: `duplicate id "${r.id}"` });
      seen.add(r.id);
    });
  }

  ds.sources.forEach((s, i) => {
    const record = `sources[${i}] (${s.id})`;
    if (s.tier === 'primary' && !s.document) {
      problems.push({ record, field: 'document', message: 'a primary source names its document file' });
    }
    if (s.tier === 'context' && s.document) {
      problems.push({ record, field: 'document', message: 'a context source has no document in the primary sources' });
    }
  });

  ds.figures.forEach((f, i) => {
    const record = `figures[${i}] (${f.id})`;
    const indicator = indicatorById.get(f.indicator);
    if (!indicator) {
      problems.push({ record, field: 'indicator', message: `no indicator with id "${f.indicator}"` });
    } else if (f.kind !== 'change' && f.unit !== indicator.unit) {
      problems.push({
        record,
        field: 'unit',
        message: `unit "${f.unit}" differs from its indicator's unit "${indicator.unit}"`,
      });
    }
    const source = sourceById.get(f.source);
    if (!source) {
      problems.push({ record, field: 'source', message: `no source with id "${f.source}"` });
    } else if (source.tier === 'primary' && ds.part?.kind !== 'overview') {
      // (the overview's part leaves out every quote and translation: its cards show none)
      if (!f.quote)
        problems.push({ record, field: 'quote', message: 'a figure from a primary source carries its verbatim quote' });
      if (!f.translation)
        problems.push({
          record,
          field: 'translation',
          message: 'a figure from a primary source carries its translation (English, and ru/kk but its own language)',
        });
      else
        for (const lang of ['ru', 'kk'] as const) {
          if (lang !== source.language && !f.translation[lang])
            problems.push({
              record,
              field: `translation.${lang}`,
              message: `missing: the ${source.language} quote is rendered in every other language`,
            });
          if (lang === source.language && f.translation[lang] !== undefined)
            problems.push({
              record,
              field: `translation.${lang}`,
              message: `the quote is itself in ${lang}: its own language is the quote, not a translation`,
            });
        }
    }
    if (source && f.deadline && f.deadline.slice(0, 4) < source.eventDate.slice(0, 4))
      problems.push({
        record,
        field: 'deadline',
        message: `${f.deadline} is before the goal was stated (${source.eventDate})`,
      });
    if (!f.quote && f.translation)
      problems.push({ record, field: 'translation', message: 'a figure with no quote has nothing to translate' });
    if (!f.scope && f.note && SCOPE_DOUBT.test(f.note.en))
      problems.push({
        record,
        field: 'scope',
        message: 'its note doubts the figure measures what the indicator does: say so in scope, with the reason',
      });
    for (const rel of f.relates ?? []) {
      if (!figureIds.has(rel)) problems.push({ record, field: 'relates', message: `no figure with id "${rel}"` });
      else if (rel === f.id) problems.push({ record, field: 'relates', message: 'a figure cannot relate to itself' });
    }
    if (f.relates && f.kind !== 'change') {
      problems.push({ record, field: 'relates', message: 'only changes relate other figures' });
    }
  });
  return problems;
}
