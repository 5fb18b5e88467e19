import type { Dataset, Figure, Source } from './dataset-schema';

/**
 * The parts of the dataset a page reads, so that what a reader downloads for one page does not grow
 * with the record: an indicator's page and its embed read that indicator's part (the indicator, its
 * figures and the sources they cite, whole), and the overview reads the overview part (every
 * indicator and figure, without the words its cards never show: quotes, translations, notes, source
 * titles). The check that a primary figure carries its quote does not apply to the overview's part. Each part is a dataset in its own right (the same schema and checks), marked with `part`.
 */

/** Where the build writes the parts, relative to the app's folder. */
export const OVERVIEW_PART = 'data/overview.json';
export const indicatorPartAddress = (id: string) => `data/indicators/${id}.json`;

/** One indicator, its figures and the sources they cite, as they are in the whole. */
export function indicatorPart(ds: Dataset, id: string, whole: string): Dataset {
  const indicator = ds.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`no indicator "${id}" in the dataset`);
  const figures = ds.figures.filter((f) => f.indicator === id);
  const ids = new Set(figures.map((f) => f.id));
  const cited = new Set(figures.map((f) => f.source));
  return {
    ...withoutPart(ds),
    sources: ds.sources.filter((s) => cited.has(s.id)),
    indicators: [indicator],
    // a change related to another indicator's figure keeps only the relations the part can show
    figures: figures.map((f) => (f.relates?.some((r) => !ids.has(r)) ? keepRelations(f, ids) : f)),
    part: { kind: 'indicator', indicator: id, whole },
  };
}

/** Every indicator and figure, without what the overview never shows. */
export function overviewPart(ds: Dataset, whole: string): Dataset {
  return {
    ...withoutPart(ds),
    sources: ds.sources.map(leanSource),
    indicators: ds.indicators.map((i) => omit(i, 'note')),
    figures: ds.figures.map(leanFigure),
    part: { kind: 'overview', whole },
  };
}

/** A copy of `record` without the named fields. */
function omit<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const k of keys) delete copy[k];
  return copy;
}

const withoutPart = (ds: Dataset) => omit(ds, 'part');

function keepRelations(f: Figure, ids: Set<string>): Figure {
  const relates = f.relates!.filter((r) => ids.has(r));
  return relates.length ? { ...f, relates } : omit(f, 'relates');
}

const leanFigure = (f: Figure): Figure => ({ ...omit(f, 'note'), quote: null, translation: null });

const leanSource = (s: Source): Source => ({ ...omit(s, 'via', 'note'), title: null });
