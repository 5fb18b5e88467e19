import type { Dataset } from './dataset-schema';

/**
 * Two time axes, kept apart. When something was *said* is its source's date (`eventDate`): a figure
 * is known from then. When Goalpost *recorded* or corrected it is the release that carries it
 * (src/domain/releases.ts). This file is the first axis.
 */

/** The record without its retracted figures: what every page draws and judges. */
export function withoutRetracted(d: Dataset): Dataset {
  return d.figures.some((f) => f.retracted) ? { ...d, figures: d.figures.filter((f) => !f.retracted) } : d;
}

/** The date the first statement of the record was made (null for an empty record). */
export function firstStatement(d: Dataset): string | null {
  return d.sources.reduce<string | null>((min, s) => (min === null || s.eventDate < min ? s.eventDate : min), null);
}

/**
 * The record as it stood on `date` (YYYY-MM-DD): only what had been said by then (a figure is known
 * from its source's date, and an indicator from its first figure), judged as of that date.
 */
export function datasetAsOf(d: Dataset, date: string): Dataset {
  const sources = d.sources.filter((s) => s.eventDate <= date);
  const known = new Set(sources.map((s) => s.id));
  const figures = d.figures.filter((f) => known.has(f.source));
  const shown = new Set(figures.map((f) => f.indicator));
  return { ...d, updated: date, sources, indicators: d.indicators.filter((i) => shown.has(i.id)), figures };
}
