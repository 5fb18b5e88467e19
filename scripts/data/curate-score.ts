import type { Dataset } from '../../src/domain/dataset-schema';
import { readArticle } from '../../src/domain/curate/read-article';
import { SCORED_FIELDS, scoreArticle, type ArticleScore } from '../../src/domain/curate/score';

/**
 * The reading of each primary source against the dataset's figures from it: each article read in
 * its language from its event's date, as a curator would give them to the desk.
 */
export function scoreSources(
  dataset: Dataset,
  texts: Map<string, string>,
): { document: string; score: ArticleScore }[] {
  return dataset.sources
    .filter((s) => s.tier === 'primary' && s.document && texts.has(s.document))
    .map((s) => {
      const candidates = readArticle({
        text: texts.get(s.document!)!,
        lang: s.language,
        date: s.eventDate,
        indicators: dataset.indicators,
      });
      const figures = dataset.figures.filter((f) => f.source === s.id && !f.retracted);
      return { document: s.document!, score: scoreArticle(candidates, figures, s.language) };
    });
}

export interface Totals {
  figures: number;
  candidates: number;
  found: number;
  recall: number;
  precision: number;
  fields: Record<(typeof SCORED_FIELDS)[number], { right: number; of: number; share: number }>;
}

export function totals(scores: ArticleScore[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const figures = sum((s) => s.figures);
  const candidates = sum((s) => s.candidates);
  const found = sum((s) => s.found);
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((k) => {
      const right = sum((s) => s.fields[k].right);
      const of = sum((s) => s.fields[k].of);
      return [k, { right, of, share: of ? right / of : 1 }];
    }),
  ) as Totals['fields'];
  return {
    figures,
    candidates,
    found,
    recall: figures ? found / figures : 1,
    precision: candidates ? found / candidates : 1,
    fields,
  };
}

/** The targets the reading is held to (issue 27): recall, precision, and qualifiers and periods read right. */
export const TARGETS = { recall: 0.95, precision: 0.8, qualifier: 0.95, period: 0.95 } as const;
