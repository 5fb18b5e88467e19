import type { Dataset, Figure, Indicator, Localized, Source } from './dataset-schema';

/**
 * The record in time. A release is the dataset as Goalpost published it on a date, frozen; between
 * two releases every figure, source and indicator is added, corrected, edited, retracted or
 * unchanged, and a change of what a figure says is named, never silent. Everything here is
 * computed from two releases: the reasons are written on the records themselves (`correction`,
 * `retracted`), so the releases alone hold the whole history.
 */

/** One release in the index (`data/releases/index.json`). */
export interface ReleaseEntry {
  /** 1, 2, …: the order of publication */
  id: number;
  /** the day it was published, YYYY-MM-DD */
  date: string;
  /** what it brought, in three languages */
  note: Localized;
  /** its file in data/releases/ */
  file: string;
  /** sha256 of that file, hex: a release is never edited */
  sha256: string;
}

export interface ReleaseIndex {
  releases: ReleaseEntry[];
}

export type RecordKind = 'figure' | 'source' | 'indicator';

/**
 * - `added`: new in this release;
 * - `corrected`: what a figure says changed (its value, range, qualifier, period, quote…), with why;
 * - `edited`: wording changed (a translation, a note, a name in another language), not what is said;
 * - `retracted`: withdrawn from the record, with why (it stays in the file, shown nowhere).
 */
export type ChangeKind = 'added' | 'corrected' | 'edited' | 'retracted';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface RecordChange {
  kind: ChangeKind;
  record: RecordKind;
  id: string;
  /** a figure's indicator */
  indicator?: string;
  /** a figure's kind (a new goal is news of its own) */
  figureKind?: Figure['kind'];
  fields: FieldChange[];
  /** the curator's note for a correction or retraction; null for an addition or an edit without one */
  reason: Localized | null;
}

/**
 * The fields that say what a figure is: changing one is a correction, which needs its reason.
 * Everything else (notes, translations, horizon wording, the scope's reason) is wording.
 */
export const FIGURE_FACTS = [
  'indicator',
  'kind',
  'value',
  'low',
  'high',
  'qualifier',
  'direction',
  'unit',
  'period',
  'periodKind',
  'deadline',
  'quote',
  'source',
  'relates',
] as const;

/** Fields that are the change record itself, not what it records. */
const BOOKKEEPING = new Set(['correction', 'retracted']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The scope's relation is a fact (it decides what the figure may judge); its reason is wording. */
function figureFacts(f: Figure): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIGURE_FACTS) out[k] = f[k] ?? null;
  out.scope = f.scope?.relation ?? null;
  return out;
}

function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, only?: readonly string[]): FieldChange[] {
  const keys = only ?? [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !BOOKKEEPING.has(k));
  return keys.filter((k) => !same(a[k], b[k])).map((k) => ({ field: k, old: a[k] ?? null, new: b[k] ?? null }));
}

const correctionNote = (r: { correction?: { note: Localized } | undefined }) => r.correction?.note ?? null;

/** A problem that stops a release: the record and the field, in one line. */
export interface ReleaseProblem {
  record: string;
  field: string;
  message: string;
}

export const releaseProblemText = (p: ReleaseProblem) => `${p.record}: ${p.field}: ${p.message}`;

/**
 * What changed from `prev` to `next`, and what may not be published as it is: a figure whose facts
 * changed with no new correction note, a figure gone without a retraction, a source or indicator
 * gone (records are never deleted; an id never changes).
 */
export function diffReleases(prev: Dataset, next: Dataset): { changes: RecordChange[]; problems: ReleaseProblem[] } {
  const changes: RecordChange[] = [];
  const problems: ReleaseProblem[] = [];
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));

  const before = byId(prev.figures);
  const after = byId(next.figures);
  for (const [id, f] of before) {
    const g = after.get(id);
    const record = `figures (${id})`;
    if (!g) {
      problems.push({
        record,
        field: 'id',
        message:
          'gone from the dataset: a published figure is never deleted or renamed; write "retracted": { "note": { "en", "ru", "kk" } } on it instead',
      });
      continue;
    }
    const base = { record: 'figure' as const, id, indicator: g.indicator, figureKind: g.kind };
    if (g.retracted && !f.retracted) {
      changes.push({ ...base, kind: 'retracted', fields: [], reason: g.retracted.note });
      continue;
    }
    if (f.retracted && !g.retracted)
      problems.push({ record, field: 'retracted', message: 'a retraction is part of the record and stays' });
    const facts = fieldChanges(figureFacts(f), figureFacts(g));
    const wording = fieldChanges(
      f as unknown as Record<string, unknown>,
      g as unknown as Record<string, unknown>,
    ).filter((c) => !facts.some((x) => x.field === c.field) && !(FIGURE_FACTS as readonly string[]).includes(c.field));
    const newNote = !same(correctionNote(f), correctionNote(g)) ? correctionNote(g) : null;
    if (facts.length) {
      if (!newNote)
        problems.push({
          record,
          field: facts.map((c) => c.field).join(', '),
          message:
            'changed without a correction note: write "correction": { "note": { "en", "ru", "kk" } } on the figure saying why',
        });
      changes.push({ ...base, kind: 'corrected', fields: [...facts, ...wording], reason: newNote });
    } else if (wording.length) changes.push({ ...base, kind: 'edited', fields: wording, reason: newNote });
  }
  for (const [id, g] of after)
    if (!before.has(id))
      changes.push({
        kind: 'added',
        record: 'figure',
        id,
        indicator: g.indicator,
        figureKind: g.kind,
        fields: [],
        reason: null,
      });

  const others = <T extends Source | Indicator>(record: 'source' | 'indicator', a: T[], b: T[]) => {
    const was = byId(a);
    const now = byId(b);
    for (const [id, r] of was) {
      const s = now.get(id);
      if (!s) {
        problems.push({
          record: `${record === 'source' ? 'sources' : 'indicators'} (${id})`,
          field: 'id',
          message: `gone from the dataset: a published ${record} is never deleted or renamed`,
        });
        continue;
      }
      const fields = fieldChanges(r as unknown as Record<string, unknown>, s as unknown as Record<string, unknown>);
      if (fields.length) {
        const note = !same(correctionNote(r), correctionNote(s)) ? correctionNote(s) : null;
        changes.push({ kind: note ? 'corrected' : 'edited', record, id, fields, reason: note });
      }
    }
    for (const id of now.keys())
      if (!was.has(id)) changes.push({ kind: 'added', record, id, fields: [], reason: null });
  };
  others('source', prev.sources, next.sources);
  others('indicator', prev.indicators, next.indicators);
  return { changes, problems };
}

/**
 * The dataset as it is published on `date`: each new correction dated and told what it was (the
 * corrected facts' earlier values), each new retraction dated. `prev` is the last release (null
 * for the first). Pure: returns a new dataset.
 */
export function stampRelease(next: Dataset, prev: Dataset | null, date: string): Dataset {
  const before = new Map(prev?.figures.map((f) => [f.id, f]) ?? []);
  const stampNote = <T extends { correction?: { note: Localized; date?: string } | undefined }>(r: T, was?: T): T =>
    r.correction && (!was || !same(correctionNote(was), correctionNote(r)))
      ? { ...r, correction: { note: r.correction.note, date } }
      : r;
  const figures = next.figures.map((g) => {
    const f = before.get(g.id);
    let out = g;
    if (g.correction && (!f || !same(correctionNote(f), correctionNote(g)))) {
      const was = f
        ? Object.fromEntries(fieldChanges(figureFacts(f), figureFacts(g)).map((c) => [c.field, c.old]))
        : {};
      out = { ...out, correction: { note: g.correction.note, date, ...(Object.keys(was).length ? { was } : {}) } };
    }
    if (g.retracted && !f?.retracted) out = { ...out, retracted: { ...g.retracted, date } };
    return out;
  });
  const sourcesBefore = new Map(prev?.sources.map((s) => [s.id, s]) ?? []);
  const indicatorsBefore = new Map(prev?.indicators.map((s) => [s.id, s]) ?? []);
  return {
    ...next,
    updated: date,
    sources: next.sources.map((s) => stampNote(s, sourcesBefore.get(s.id))),
    indicators: next.indicators.map((i) => stampNote(i, indicatorsBefore.get(i.id))),
    figures,
  };
}

/** How many of each kind of change, for a release's default note. */
export function changeCounts(changes: RecordChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, corrected: 0, edited: 0, retracted: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}
