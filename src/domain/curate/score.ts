import type { Figure } from '../dataset-schema';
import type { Candidate } from './read-article';

/**
 * How well the reading of an article agrees with the dataset's careful reading of it: which of the
 * dataset's figures from that article are among the candidates (by kind, unit and value or range),
 * how many candidates are none of them, and for the figures found, whether each field was read as
 * the curators read it.
 */

export const SCORED_FIELDS = ['qualifier', 'period', 'when', 'direction', 'indicator'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface ArticleScore {
  figures: number;
  candidates: number;
  found: number;
  /** candidates that are none of the dataset's figures */
  extra: Candidate[];
  /** the dataset's figures not among the candidates */
  missed: Figure[];
  /** per field: how many of the found figures it applies to, and how many were read right */
  fields: Record<ScoredField, { right: number; of: number; wrong: string[] }>;
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** The same figure: kind, unit, and value or range. */
export function sameFigure(c: Candidate, f: Figure): boolean {
  return (
    c.kind === f.kind && c.unit === f.unit && close(c.value, f.value) && close(c.low, f.low) && close(c.high, f.high)
  );
}

/** A horizon as said, compared without case, quotes or spaces. */
const said = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[«»"“”\s]+/gu, ' ')
    .trim();

export function scoreArticle(candidates: Candidate[], figures: Figure[], lang: 'ru' | 'kk' | 'en'): ArticleScore {
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((k) => [k, { right: 0, of: 0, wrong: [] as string[] }]),
  ) as ArticleScore['fields'];
  const used = new Set<Candidate>();
  const missed: Figure[] = [];
  for (const f of figures) {
    const c = candidates.find((x) => !used.has(x) && sameFigure(x, f));
    if (!c) {
      missed.push(f);
      continue;
    }
    used.add(c);
    const check = (field: ScoredField, ok: boolean, applies = true) => {
      if (!applies) return;
      fields[field].of++;
      if (ok) fields[field].right++;
      else fields[field].wrong.push(f.id);
    };
    check('qualifier', (c.qualifier ?? null) === (f.qualifier ?? null));
    check('period', c.period === f.period && c.periodKind === f.periodKind, f.kind !== 'goal' && f.kind !== 'forecast');
    check(
      'when',
      f.deadline ? c.deadline === f.deadline : said(c.horizon) === said(f.horizon?.[lang]),
      f.kind === 'goal' || f.kind === 'forecast',
    );
    check('direction', c.direction === f.direction, f.kind === 'change');
    // a figure with no indicator (a held-out key's) is not scored on it
    check('indicator', c.indicator === f.indicator, Boolean(f.indicator));
  }
  return {
    figures: figures.length,
    candidates: candidates.length,
    found: used.size,
    extra: candidates.filter((c) => !used.has(c)),
    missed,
    fields,
  };
}
