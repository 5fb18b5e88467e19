import type { DatasetProblem } from './dataset-problems';
import type { Dataset } from './dataset-schema';
import { checkQuotedValue } from './quote-numbers';
import { unitScale } from './units';

/** Source documents by file name (e.g. `000_47275f1646ad4bae.txt`) → their text. */
export type SourceTexts = ReadonlyMap<string, string>;

/** `"," (U+002C)`: a character shown so that look-alikes (NBSP, dashes, Latin/Cyrillic) differ. */
function show(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the text';
  const code = ch.codePointAt(0) ?? 0;
  return `${JSON.stringify(ch)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Up to `n` characters of `s` from its end (or start), for a readable excerpt. */
function excerpt(s: string, n: number, fromEnd: boolean): string {
  if (s.length <= n) return s;
  return fromEnd ? `…${s.slice(-n)}` : `${s.slice(0, n)}…`;
}

/** The longest k ≤ max for which `has(k)` holds, given that it holds for every smaller k. */
function longest(max: number, has: (k: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function normalize(s: string): string {
  return s
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[«»„“”"]/g, '"')
    .replace(/ё/g, 'е')
    .trim();
}

/**
 * Why a quote is not in a document, as one line: where it stops matching, character for
 * character: from its start, or from its end when the start matches for fewer than 10 characters
 * and the end matches for more.
 */
export function explainQuoteMismatch(quote: string, text: string): string {
  const head = longest(quote.length, (k) => text.includes(quote.slice(0, k)));
  const tail = longest(quote.length, (k) => text.includes(quote.slice(quote.length - k)));
  let where: string;
  if (head === 0 && tail === 0) {
    where = `not even its first character ${show(quote[0])} occurs in the document`;
  } else if (head >= tail || head >= 10) {
    const matched = quote.slice(0, head);
    const at = text.indexOf(matched) + head;
    where = `it matches for ${head} characters ("${excerpt(matched, 30, true)}"), then has ${show(quote[head])} where the document has ${show(text[at])}`;
  } else {
    const matched = quote.slice(quote.length - tail);
    const at = text.indexOf(matched) - 1;
    const before = quote.length - tail - 1;
    where = `its last ${tail} characters match ("${excerpt(matched, 30, false)}"), but before them it has ${show(quote[before])} where the document has ${show(at >= 0 ? text[at] : undefined)}`;
  }
  const hint = normalize(text).includes(normalize(quote))
    ? '; it is found once spaces, dashes, quotation marks and ё are normalized: copy it character for character'
    : '';
  return `${where}${hint}`;
}

/**
 * Checks every figure of a primary source against its document: the quote is there verbatim,
 * and the quote states the figure's value (or low and high) and its approximation.
 */
export function checkQuotes(ds: Dataset, texts: SourceTexts): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sources = new Map(ds.sources.map((s) => [s.id, s]));

  ds.sources.forEach((s, i) => {
    if (s.tier === 'primary' && s.document && !texts.has(s.document)) {
      problems.push({
        record: `sources[${i}] (${s.id})`,
        field: 'document',
        message: `document file "${s.document}" is missing from the sources folder`,
      });
    }
  });

  ds.figures.forEach((f, i) => {
    const source = sources.get(f.source);
    if (!source || source.tier !== 'primary' || !f.quote) return;
    const record = `figures[${i}] (${f.id})`;
    const document = source.document ?? '';
    const text = texts.get(document);
    if (text === undefined) {
      problems.push({
        record,
        field: 'quote',
        message: `cannot check the quote: document file "${document}" of source "${source.id}" is missing`,
      });
    } else if (!text.includes(f.quote)) {
      problems.push({
        record,
        field: 'quote',
        message: `not found verbatim in ${document}: ${explainQuoteMismatch(f.quote, text)}`,
      });
    }
    for (const p of checkQuotedValue(f, unitScale(f.unit), source.language)) problems.push({ record, ...p });
    const kindProblem = periodKindWords(f.quote, f.periodKind);
    if (kindProblem) problems.push({ record, field: 'periodKind', message: kindProblem });
  });
  return problems;
}

/** Words that date a figure to a calendar year: "в прошлом году", "в 2019 году", "2010 жылдан". */
const YEAR_WORDS =
  /(?<!\p{L})(в\s+прошлом\s+году|в\s+\d{4}\s+году|\d{4}\s+жыл(ы|дан|ға|дың)|былтыр|өткен\s+жылы)(?!\p{L})/iu;
/** Words that date a figure to the moment of speaking: "сегодня", "қазірдің өзінде". */
const NOW_WORDS =
  /(?<!\p{L})(сегодня|на\s+сегодняшний\s+день|в\s+настоящее\s+время|уже|қазірдің\s+өзінде|қазір|бүгінде|бүгін)(?!\p{L})/iu;

/**
 * Whether a quoted figure's period kind fits its words: a calendar-year figure (`year`) is dated
 * by a year ("в прошлом году", "2010 жылдан"), not only by "today"; a figure as of the moment of
 * speaking (`as-of`) is not dated by a year. Changes and undated figures are not judged here.
 */
export function periodKindWords(quote: string, kind: Dataset['figures'][number]['periodKind']): string | null {
  const year = YEAR_WORDS.exec(quote)?.[0];
  const now = NOW_WORDS.exec(quote)?.[0];
  if (kind === 'year' && !year && now)
    return `periodKind is "year" but the quote dates the figure only by "${now}": read it as "as-of" the speech`;
  if (kind === 'as-of' && year && !now)
    return `periodKind is "as-of" but the quote dates the figure by "${year}": a calendar year is "year"`;
  return null;
}
