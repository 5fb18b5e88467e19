import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  blankFigure,
  figureFromCandidate,
  noTexts,
  suggestFigureId,
  suggestSourceId,
  type Draft,
  type DraftProblem,
  type FigureDraft,
  type IndicatorDraft,
  type SourceDraft,
} from '../../domain/curate/draft';
import type { Candidate } from '../../domain/curate/read-article';
import type { Dataset, Language } from '../../domain/dataset-schema';
import { slug, uniqueId } from '../../domain/ids';

/**
 * The curator's draft, kept in localStorage as it is typed: a reload, a closed tab or a failed save
 * loses nothing. Cleared only by a save that landed, or by "Start over".
 */

export type Decision = 'accepted' | 'rejected';

export interface Reading {
  candidates: Candidate[];
  /** the text, language and date it was read from: editing the text after reading invalidates marks */
  text: string;
  lang: Language;
  date: string;
}

export interface Saved {
  summary: string;
  source: string;
  figures: string[];
}

export interface DeskState {
  text: string;
  source: SourceDraft;
  reading: Reading | null;
  decisions: Record<number, Decision>;
  figures: FigureDraft[];
  indicators: IndicatorDraft[];
  updated: string;
  /** the candidate the list and the text have selected */
  active: number | null;
  /** the problems the server found on the last check or save */
  serverProblems: DraftProblem[];
  saved: Saved | null;
  nextKey: number;
}

const today = () => new Date().toISOString().slice(0, 10);

export const emptySource = (): SourceDraft => ({
  id: '',
  document: '',
  url: '',
  outlet: '',
  title: noTexts(),
  published: '',
  event: noTexts(),
  eventDate: '',
  place: noTexts(),
  speaker: noTexts(),
  speakerRole: noTexts(),
  language: 'ru',
});

const initial = (): DeskState => ({
  text: '',
  source: emptySource(),
  reading: null,
  decisions: {},
  figures: [],
  indicators: [],
  updated: today(),
  active: null,
  serverProblems: [],
  saved: null,
  nextKey: 1,
});

export const useDesk = create<DeskState>()(
  persist(initial, {
    name: 'goalpost-desk-draft',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
);

const set = (patch: Partial<DeskState> | ((s: DeskState) => Partial<DeskState>)) => useDesk.setState(patch);

export function draftOf(s: DeskState): Draft {
  return { source: s.source, indicators: s.indicators, figures: s.figures, updated: s.updated };
}

export const setText = (text: string, fileName?: string) =>
  set((s) => ({
    text,
    saved: null,
    source: fileName && !s.source.document ? { ...s.source, document: fileNameOf(fileName) } : s.source,
  }));

/** A file name the dataset accepts for an article: lowercase letters, digits, dots, hyphens, `.txt`. */
export function fileNameOf(name: string): string {
  const base = slug(name.replace(/\.[a-z0-9]+$/i, ''), 60) || 'article';
  return `${base}.txt`;
}

export const setSource = (patch: Partial<SourceDraft>) =>
  set((s) => ({ source: { ...s.source, ...patch }, serverProblems: [] }));
export const setUpdated = (updated: string) => set({ updated, serverProblems: [] });

/** Fills the source's id and file name from its outlet and date when the curator left them empty. */
export function fillSourceNames(dataset: Dataset, documents: readonly string[]) {
  set((s) => {
    const taken = new Set(dataset.sources.map((x) => x.id));
    const id = s.source.id || suggestSourceId(s.source, taken);
    const names = new Set(documents);
    const base = [s.source.eventDate || s.source.published, slug(s.source.outlet)].filter(Boolean).join('-');
    const document =
      s.source.document ||
      `${uniqueId(base || 'article', new Set([...names].map((n) => n.replace(/\.txt$/, ''))))}.txt`;
    return { source: { ...s.source, id, document } };
  });
}

export const setReading = (reading: Reading) =>
  set({ reading, decisions: {}, figures: [], active: reading.candidates.length ? 0 : null, serverProblems: [] });

export const setActive = (active: number | null) => set({ active });

function takenIds(dataset: Dataset, figures: FigureDraft[], except?: string) {
  return new Set([...dataset.figures.map((f) => f.id), ...figures.filter((f) => f.key !== except).map((f) => f.id)]);
}

/** Accepts a candidate: its figure form, filled with the reading (already there if it was accepted before). */
export function accept(dataset: Dataset, index: number) {
  set((s) => {
    const c = s.reading?.candidates[index];
    if (!c) return {};
    const decisions = { ...s.decisions, [index]: 'accepted' as const };
    if (s.figures.some((f) => f.candidate === index)) return { decisions };
    const key = `f${s.nextKey}`;
    const figure = figureFromCandidate(c, index, key, s.source.language, takenIds(dataset, s.figures));
    // a change relates the accepted figures it was read with
    const related = c.relates
      .map((i) => s.figures.find((f) => f.candidate === i)?.id)
      .filter((id): id is string => Boolean(id));
    if (related.length) figure.relates = related.join(', ');
    const figures = [...s.figures, figure].sort((a, b) => (a.candidate ?? 1e9) - (b.candidate ?? 1e9));
    return { decisions, figures, nextKey: s.nextKey + 1 };
  });
}

/** Rejects a candidate: its form (if any) goes, with what was typed in it. */
export const reject = (index: number) =>
  set((s) => ({
    decisions: { ...s.decisions, [index]: 'rejected' },
    figures: s.figures.filter((f) => f.candidate !== index),
  }));

/** Back to undecided; an accepted candidate's form stays until it is rejected. */
export const undecide = (index: number) =>
  set((s) => {
    const decisions = { ...s.decisions };
    delete decisions[index];
    return { decisions, figures: s.figures.filter((f) => f.candidate !== index) };
  });

export function addBlankFigure(quote = '') {
  set((s) => ({ figures: [...s.figures, blankFigure(`f${s.nextKey}`, quote)], nextKey: s.nextKey + 1 }));
  return `f${useDesk.getState().nextKey - 1}`;
}

export const removeFigure = (key: string) =>
  set((s) => {
    const f = s.figures.find((x) => x.key === key);
    const decisions = { ...s.decisions };
    if (f?.candidate !== null && f?.candidate !== undefined) decisions[f.candidate] = 'rejected';
    return { figures: s.figures.filter((x) => x.key !== key), decisions };
  });

export function updateFigure(dataset: Dataset, key: string, patch: Partial<FigureDraft>) {
  set((s) => ({
    serverProblems: [],
    figures: s.figures.map((f) => {
      if (f.key !== key) return f;
      const next = { ...f, ...patch };
      // an id still as suggested follows the indicator, kind and date it was suggested from
      const suggested = suggestFigureId(f, takenIds(dataset, s.figures, key));
      if (!('id' in patch) && (f.id === suggested || f.id === ''))
        next.id = suggestFigureId(next, takenIds(dataset, s.figures, key));
      return next;
    }),
  }));
}

/** A new indicator for a figure whose series the dataset does not have yet. */
export function addIndicator(dataset: Dataset, figureKey: string, name: string) {
  set((s) => {
    const f = s.figures.find((x) => x.key === figureKey);
    const taken = new Set([...dataset.indicators.map((i) => i.id), ...s.indicators.map((i) => i.id)]);
    const key = `i${s.nextKey}`;
    const indicator: IndicatorDraft = {
      key,
      id: uniqueId(slug(name) || 'new-indicator', taken),
      name: { ...noTexts(), [s.source.language]: '' },
      description: noTexts(),
      measures: noTexts(),
      unit: f?.unit === '%' || f?.unit === 'x' || !f ? 'bn USD' : f.unit,
      better: 'higher',
      countries: '',
      topic: 'other',
    };
    return {
      indicators: [...s.indicators, indicator],
      figures: s.figures.map((x) => (x.key === figureKey ? { ...x, indicator: indicator.id } : x)),
      nextKey: s.nextKey + 1,
    };
  });
}

export const updateIndicator = (key: string, patch: Partial<IndicatorDraft>) =>
  set((s) => {
    const before = s.indicators.find((i) => i.key === key);
    const indicators = s.indicators.map((i) => (i.key === key ? { ...i, ...patch } : i));
    // figures filed under it follow a renamed id
    const figures =
      before && patch.id !== undefined && patch.id !== before.id
        ? s.figures.map((f) => (f.indicator === before.id ? { ...f, indicator: patch.id! } : f))
        : s.figures;
    return { indicators, figures, serverProblems: [] };
  });

export const removeIndicator = (key: string) =>
  set((s) => {
    const gone = s.indicators.find((i) => i.key === key);
    return {
      indicators: s.indicators.filter((i) => i.key !== key),
      figures: s.figures.map((f) => (gone && f.indicator === gone.id ? { ...f, indicator: '' } : f)),
    };
  });

export const setServerProblems = (serverProblems: DraftProblem[]) => set({ serverProblems });

/** After a save that landed: the draft is in the dataset now; what was saved is remembered. */
export const markSaved = (saved: Saved) => set({ ...initial(), saved });

export const startOver = () => set(initial());
