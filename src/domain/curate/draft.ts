import {
  type Dataset,
  type FigureKind,
  type Language,
  type PeriodKind,
  type Qualifier,
  type Topic,
  type Unit,
} from '../dataset-schema';
import { slug, uniqueId } from '../ids';
import type { Candidate } from './read-article';

/**
 * The curator's draft: a new article, its source, the figures accepted from it and any new
 * indicator, as the desk's forms hold them (every field a string, so nothing typed is ever lost
 * to a conversion), and the records of the dataset they make. Pure: the desk, its server and the
 * tests use the same functions.
 */

export const LANGUAGES = ['en', 'ru', 'kk'] as const satisfies readonly Language[];
export type Texts = Record<Language, string>;
export const noTexts = (): Texts => ({ en: '', ru: '', kk: '' });

export interface SourceDraft {
  id: string;
  /** the article's file name under data/articles/ */
  document: string;
  url: string;
  outlet: string;
  title: Texts;
  published: string;
  event: Texts;
  eventDate: string;
  place: Texts;
  speaker: Texts;
  speakerRole: Texts;
  language: Language;
}

export interface IndicatorDraft {
  /** stable within the draft */
  key: string;
  id: string;
  name: Texts;
  description: Texts;
  measures: Texts;
  unit: Unit;
  better: 'higher' | 'lower';
  /** country, bloc or route codes, as typed: "KZ UZ", "KZ, OTS" */
  countries: string;
  topic: Topic;
}

export interface FigureDraft {
  /** stable within the draft */
  key: string;
  /** the reading's candidate it came from (its index), or null for one added by hand */
  candidate: number | null;
  id: string;
  indicator: string;
  kind: FigureKind;
  /** a range (low–high) rather than one value */
  range: boolean;
  value: string;
  low: string;
  high: string;
  qualifier: Qualifier | '';
  direction: 'increase' | 'decrease' | '';
  unit: Unit;
  period: string;
  periodKind: PeriodKind | '';
  deadline: string;
  horizon: Texts;
  quote: string;
  translation: Texts;
  note: Texts;
  /** ids of the figures a change relates, comma-separated */
  relates: string;
}

export interface Draft {
  source: SourceDraft;
  indicators: IndicatorDraft[];
  figures: FigureDraft[];
  /** the dataset's `updated` date after the save: the date its verdicts are judged as of */
  updated: string;
}

/** The records a draft makes, as plain objects (not yet validated). */
export interface DraftRecords {
  source: Record<string, unknown>;
  indicators: Record<string, unknown>[];
  figures: Record<string, unknown>[];
}

/** Something the curator has to fix, on a record of the draft: `source`, `figure:<key>`, `indicator:<key>`. */
export interface DraftProblem {
  where: string;
  field: string;
  message: string;
}

const trim = (s: string) => s.trim();

/** A number as a curator types it: "12,9", "12.9", "12 900" (spaces, NBSP). Null when it is not one. */
export function parseDecimal(s: string): number | null {
  const t = s.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A source's id from its outlet and event date: `s-kazinform-2026-11-20`. */
export function suggestSourceId(d: Pick<SourceDraft, 'outlet' | 'eventDate' | 'event'>, taken: ReadonlySet<string>) {
  const name = slug(d.outlet) || slug(d.event.en) || 'article';
  return uniqueId(`s-${name}${d.eventDate ? `-${d.eventDate}` : ''}`, taken);
}

/** A figure's id from its indicator, kind and when: `kz-ots-trade-goal-2030`, `titr-cargo-2025`. */
export function suggestFigureId(
  f: Pick<FigureDraft, 'indicator' | 'kind' | 'period' | 'deadline'>,
  taken: ReadonlySet<string>,
): string {
  const when = (f.kind === 'goal' || f.kind === 'forecast' ? f.deadline || 'undated' : f.period || 'undated')
    .replace(/\//g, '-')
    .toLowerCase();
  const kind = f.kind === 'actual' ? '' : `-${f.kind}`;
  return uniqueId(`${f.indicator || 'figure'}${kind}-${when}`.replace(/[^a-z0-9-]/g, '-'), taken);
}

/** A figure form filled with the reading of one candidate. */
export function figureFromCandidate(
  c: Candidate,
  index: number,
  key: string,
  language: Language,
  taken: ReadonlySet<string>,
): FigureDraft {
  const range = c.value === null && c.low !== undefined;
  const horizon = noTexts();
  if (c.horizon) horizon[language] = c.horizon;
  const draft: FigureDraft = {
    key,
    candidate: index,
    id: '',
    indicator: c.indicator ?? '',
    kind: c.kind,
    range,
    value: c.value === null ? '' : String(c.value),
    low: range ? String(c.low) : '',
    high: range ? String(c.high) : '',
    qualifier: c.qualifier ?? '',
    direction: c.direction ?? '',
    unit: c.unit,
    period: c.period ?? '',
    periodKind: c.periodKind ?? '',
    deadline: c.deadline ?? '',
    horizon,
    quote: c.quote,
    translation: noTexts(),
    note: noTexts(),
    relates: '',
  };
  draft.id = suggestFigureId(draft, taken);
  return draft;
}

/** A blank figure form, for a figure the reading did not find. */
export function blankFigure(key: string, quote = ''): FigureDraft {
  return {
    key,
    candidate: null,
    id: '',
    indicator: '',
    kind: 'actual',
    range: false,
    value: '',
    low: '',
    high: '',
    qualifier: '',
    direction: '',
    unit: 'bn USD',
    period: '',
    periodKind: '',
    deadline: '',
    horizon: noTexts(),
    quote,
    translation: noTexts(),
    note: noTexts(),
    relates: '',
  };
}

const filled = (t: Texts) => LANGUAGES.some((l) => t[l].trim() !== '');
/** Three languages or none: all empty is `null` (the field is not given); else every language, trimmed. */
const optionalTexts = (t: Texts) => (filled(t) ? { en: t.en.trim(), ru: t.ru.trim(), kk: t.kk.trim() } : null);
const texts = (t: Texts) => ({ en: t.en.trim(), ru: t.ru.trim(), kk: t.kk.trim() });

export function sourceRecord(d: SourceDraft): Record<string, unknown> {
  return {
    id: trim(d.id),
    tier: 'primary',
    document: trim(d.document),
    url: trim(d.url) || null,
    outlet: trim(d.outlet) || null,
    title: optionalTexts(d.title),
    published: trim(d.published) || null,
    event: texts(d.event),
    eventDate: trim(d.eventDate),
    place: optionalTexts(d.place),
    speaker: optionalTexts(d.speaker),
    speakerRole: optionalTexts(d.speakerRole),
    language: d.language,
  };
}

export function indicatorRecord(d: IndicatorDraft): Record<string, unknown> {
  return {
    id: trim(d.id),
    name: texts(d.name),
    description: texts(d.description),
    unit: d.unit,
    better: d.better,
    measures: texts(d.measures),
    countries: d.countries
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    topic: d.topic,
  };
}

/** A number field: the number, or the text as typed (the schema then says it is not a number). */
const num = (s: string): number | string => parseDecimal(s) ?? s.trim();

export function figureRecord(d: FigureDraft, sourceId: string, language: Language): Record<string, unknown> {
  const r: Record<string, unknown> = { id: trim(d.id), indicator: trim(d.indicator), kind: d.kind };
  if (d.range) {
    r.value = null;
    r.low = num(d.low);
    r.high = num(d.high);
  } else r.value = num(d.value);
  r.qualifier = d.qualifier || null;
  if (d.kind === 'change') r.direction = d.direction || undefined;
  r.unit = d.unit;
  r.period = trim(d.period) || null;
  r.periodKind = d.periodKind || null;
  if (d.kind === 'goal' || d.kind === 'forecast') {
    r.deadline = trim(d.deadline) || null;
    // a goal with no deadline keeps the words of its horizon, in three languages
    if (!r.deadline || filled(d.horizon)) r.horizon = d.kind === 'goal' ? texts(d.horizon) : optionalTexts(d.horizon);
  }
  r.source = sourceId;
  r.quote = d.quote.trim() === '' ? '' : d.quote;
  // the quote is in the source's language; the other two are its translations (English always:
  // an English quote is its own)
  const translation: Record<string, string> = { en: language === 'en' ? d.quote.trim() : d.translation.en.trim() };
  for (const l of ['ru', 'kk'] as const) if (l !== language) translation[l] = d.translation[l].trim();
  r.translation = translation;
  const note = optionalTexts(d.note);
  if (note) r.note = note;
  const relates = d.relates
    .split(/[\s,]+/)
    .map(trim)
    .filter(Boolean);
  if (relates.length) r.relates = relates;
  for (const k of Object.keys(r)) if (r[k] === undefined) delete r[k];
  return r;
}

export function draftRecords(draft: Draft): DraftRecords {
  const source = sourceRecord(draft.source);
  return {
    source,
    indicators: draft.indicators.map(indicatorRecord),
    figures: draft.figures.map((f) => figureRecord(f, String(source.id), draft.source.language)),
  };
}

/** The working copy with the draft's records added (not validated: parseDataset does that). */
export function mergeDraft(dataset: Dataset, records: DraftRecords, updated: string): Record<string, unknown> {
  return {
    ...dataset,
    updated: updated.trim() || dataset.updated,
    sources: [...dataset.sources, records.source],
    indicators: [...dataset.indicators, ...records.indicators],
    figures: [...dataset.figures, ...records.figures],
  };
}
