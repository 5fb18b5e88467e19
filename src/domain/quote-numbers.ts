import type { Figure, Unit } from './dataset-schema';
import { scanQuote, type NumberStyle, type QuoteNumberKind } from './quote-scan';
import { APPROX_ANYWHERE, APPROX_AFTER_NUMBER, APPROX_BEFORE_NUMBER, qualifierOfWord } from './quote-words';

export { parseNumber, type QuoteNumberKind } from './quote-scan';

/**
 * Numbers as a Russian or Kazakh quote states them (found by `quote-scan.ts`), each with the
 * approximation word next to it, and the check of a figure against them. Pure: no Node APIs.
 *
 * Years: an integer from 1900 to 2100 followed by a year word ("2019 году", "2023 жылдың",
 * "2023 г.") is marked `year`. Years are not matched against a figure's value unless the quote
 * states no other number of the figure's kind (see `checkQuotedValue`), so "в 2019 году – 7,8 млрд"
 * never lets a value of 2019 pass. A bare "2000 контейнеров" is not a year.
 */

export interface QuoteNumber {
  /** the words as written, e.g. "7,8 млрд", "19-23", "вдвое", "78 пайызы" */
  text: string;
  /** offset of `text` in the quote */
  index: number;
  kind: QuoteNumberKind;
  /** the number as written (7.8 for "7,8 млрд"); null for a range */
  value: number | null;
  /** a range "19-23" has low 19 and high 23; null otherwise */
  low: number | null;
  high: number | null;
  /** what the scale word multiplies by: 1e9 for "млрд", 1e3 for "тысяч", 1 without one */
  scale: number;
  /** a year ("2019 году"), not a quantity */
  year: boolean;
  /** the qualifier word next to the number ("около", "почти", "жуық", "астам"), or null */
  approx: string | null;
  /** what that word stands for: about, almost, over or at least */
  qualifier: string | null;
}

const APPROX_BEFORE_RE = new RegExp(APPROX_BEFORE_NUMBER, 'iu');
const APPROX_AFTER_RE = new RegExp(APPROX_AFTER_NUMBER, 'iu');
const APPROX_ANY_RE = new RegExp(APPROX_ANYWHERE, 'giu');

/** The qualifier word just before a number, or (Kazakh) a word or two after it. */
export function approxAround(quote: string, start: number, end: number): string | null {
  const before = APPROX_BEFORE_RE.exec(quote.slice(0, start));
  if (before) return before[1] ?? null;
  const after = APPROX_AFTER_RE.exec(quote.slice(end));
  return after ? (after[1] ?? null) : null;
}

/** Every number a quote states, in reading order. */
export function extractQuoteNumbers(quote: string, style: NumberStyle = 'ru'): QuoteNumber[] {
  return scanQuote(quote, style).map((r) => {
    const approx = approxAround(quote, r.start, r.end);
    return {
      text: quote.slice(r.start, r.end),
      index: r.start,
      kind: r.kind,
      value: r.value,
      low: r.low,
      high: r.high,
      scale: r.scale,
      year: r.year,
      approx,
      qualifier: approx ? qualifierOfWord(approx) : null,
    };
  });
}

/** The approximation words a quote uses anywhere, as written. */
export function findApproxWords(quote: string): string[] {
  return [...quote.matchAll(APPROX_ANY_RE)].map((m) => m[1] ?? m[0]);
}

/** What `checkQuotedValue` finds wrong; `check-quotes` adds the record. */
export interface QuoteValueProblem {
  field: 'value' | 'low' | 'high' | 'qualifier';
  message: string;
}

export type QuotedFigure = Pick<Figure, 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'quote'>;

const KIND_NAME: Record<QuoteNumberKind, string> = { plain: 'number', percent: 'percentage', multiple: 'multiple' };

function kindForUnit(unit: Unit): QuoteNumberKind {
  return unit === '%' ? 'percent' : unit === 'x' ? 'multiple' : 'plain';
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks a figure against the numbers its quote states. Numbers are read in the figure's unit:
 * "7,8 млрд" is 7.8 for 'bn USD' (scale 1e9), "300 тысяч" is 300000 for 'containers' (scale 1).
 * Only numbers of the unit's kind count: '%' needs a percentage, 'x' a multiple ("вдвое",
 * "3 есе"), other units a plain number. A value matches single numbers, low/high match the ends of
 * one range ("19-23"). Years count only when the quote states nothing else of that kind.
 */
export function checkQuotedValue(
  figure: QuotedFigure,
  unitScale: number,
  /** the quote's language: English writes "128,000" and "7.8" */
  style: NumberStyle = 'ru',
): QuoteValueProblem[] {
  if (!figure.quote) return [];
  const problems: QuoteValueProblem[] = [];
  const kind = kindForUnit(figure.unit);
  const ofKind = extractQuoteNumbers(figure.quote, style).filter((q) => q.kind === kind);
  const pool = ofKind.some((q) => !q.year) ? ofKind.filter((q) => !q.year) : ofKind;
  const inUnit = (n: number | null, q: QuoteNumber) => (n === null ? null : (n * q.scale) / unitScale);
  const describe = (q: QuoteNumber) =>
    `"${q.text}" (${q.value !== null ? inUnit(q.value, q) : `${inUnit(q.low, q)}–${inUnit(q.high, q)}`} ${figure.unit})`;
  const stated = (list: QuoteNumber[], what: string) =>
    list.length ? `the quote states ${list.map(describe).join(', ')}` : `the quote states no ${what}`;
  const equals = (n: number | null, q: QuoteNumber, want: number | undefined) => {
    const got = inUnit(n, q);
    return got !== null && want !== undefined && same(got, want);
  };

  let matched: QuoteNumber[] = [];
  const singles = pool.filter((q) => q.value !== null);
  if (figure.value !== null) {
    const value = figure.value;
    matched = singles.filter((q) => equals(q.value, q, value));
    if (!matched.length) {
      problems.push({
        field: 'value',
        message: `${value} ${figure.unit} is not in the quote: ${stated(singles, KIND_NAME[kind])}`,
      });
    }
  }
  if (figure.low !== undefined || figure.high !== undefined) {
    const ranges = pool.filter((q) => q.low !== null);
    const lows = ranges.filter((q) => equals(q.low, q, figure.low));
    const highs = ranges.filter((q) => equals(q.high, q, figure.high));
    for (const [field, found, want] of [
      ['low', lows, figure.low],
      ['high', highs, figure.high],
    ] as const) {
      if (want !== undefined && !found.length) {
        problems.push({
          field,
          message: `${field} ${want} ${figure.unit} is not an end of a range in the quote: ${stated(ranges, `range of ${KIND_NAME[kind]}s`)}`,
        });
      }
    }
    matched = lows.filter((q) => highs.includes(q));
    if (lows.length && highs.length && !matched.length) {
      problems.push({
        field: 'low',
        message: `low ${figure.low} and high ${figure.high} are not the ends of one range in the quote`,
      });
    }
  }

  const words = findApproxWords(figure.quote);
  const first = matched[0];
  const q = figure.qualifier;
  if (q && !words.length) {
    problems.push({
      field: 'qualifier',
      message: `qualifier is "${q}" but the quote has no qualifier word (около, почти, свыше, не менее, шамамен, жуық, астам, кем дегенде…)`,
    });
  } else if (q && first && matched.every((m) => !m.approx)) {
    problems.push({
      field: 'qualifier',
      message: `qualifier is "${q}" but no qualifier word stands next to "${first.text}"; the quote's "${words[0]}" qualifies another number`,
    });
  } else if (q && first && !matched.some((m) => m.qualifier === q)) {
    const m = matched.find((x) => x.approx)!;
    problems.push({
      field: 'qualifier',
      message: `the quote says "${m.approx}" before "${first.text}", which is "${m.qualifier}", not "${q}"`,
    });
  }
  if (!q && first && matched.every((m) => m.approx)) {
    problems.push({
      field: 'qualifier',
      message: `the quote qualifies "${first.text}" with "${first.approx}" (${first.qualifier}) but qualifier is null`,
    });
  }
  return problems;
}
