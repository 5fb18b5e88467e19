import {
  MULTIPLE_AFTER,
  PERCENT_AFTER,
  SCALE_WORDS,
  SHARED_SCALE_GAP,
  WORD_MULTIPLES,
  YEAR_AFTER,
} from './quote-words';

/**
 * Finds the numbers in a quote: digits with decimal commas and thousands spaces ("7,8", "50 500"),
 * or, in English, decimal points and thousands commas ("7.8", "128,000"), ranges ("19-23", "19–23"), a following scale word ("млрд", "тысяч", "мың"),
 * percent or multiple marker ("%", "пайызы", "раза", "есе"), and multiples in words ("вдвое",
 * "екі есе"). Pure. `quote-numbers.ts` builds on this.
 *
 * Years: an integer from 1900 to 2100 with no scale or marker, followed by a year word
 * ("2019 году", "2023 жылдың", "2023-жылы", "2022 г."), is marked `year`. "2000 контейнеров" is not.
 */

export type QuoteNumberKind = 'plain' | 'percent' | 'multiple';

const NUM = String.raw`(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,]\d+)?`;
const NUMBER_RE = new RegExp(String.raw`(?<![\d.,])(${NUM})(?:([-–—])(${NUM}))?(?![\d])`, 'gu');
/** English: "128,000", "1,250.5": a comma groups thousands, a point is the decimal mark. */
const NUM_EN = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER_EN_RE = new RegExp(String.raw`(?<![\d.,])(${NUM_EN})(?:([-–—])(${NUM_EN}))?(?![\d]|[.,]\d)`, 'gu');

/** How a language writes its numbers: English groups thousands with commas, Russian and Kazakh with spaces. */
export type NumberStyle = 'en' | 'ru' | 'kk';
const WORD_MULTIPLE_RES = WORD_MULTIPLES.map((w) => ({
  re: new RegExp(`(?<!\\p{L})(?:${w.pattern})(?!\\p{L})`, 'giu'),
  value: w.value,
}));
const SCALE_RES = SCALE_WORDS.map((s) => ({
  re: new RegExp(`^[\\s\\u00A0\\u202F]*(?:${s.pattern})`, 'iu'),
  scale: s.scale,
}));
const PERCENT_RE = new RegExp(PERCENT_AFTER, 'iu');
const MULTIPLE_RE = new RegExp(MULTIPLE_AFTER, 'iu');
const YEAR_RE = new RegExp(YEAR_AFTER, 'iu');
const SHARED_GAP_RE = new RegExp(SHARED_SCALE_GAP, 'iu');

/** "7,8" → 7.8, "300 000" → 300000; in English, "128,000" → 128000. */
export function parseNumber(text: string, style: NumberStyle = 'ru'): number {
  const t = text.replace(/[\s\u00A0\u202F]/g, '');
  return Number(style === 'en' ? t.replace(/,/g, '') : t.replace(',', '.'));
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** A number found in a quote, by offsets. */
export interface ScannedNumber {
  start: number;
  end: number;
  kind: QuoteNumberKind;
  value: number | null;
  low: number | null;
  high: number | null;
  scale: number;
  year: boolean;
}

function readDigits(
  quote: string,
  start: number,
  first: string,
  second: string | undefined,
  style: NumberStyle,
): ScannedNumber {
  let end = start + first.length + (second === undefined ? 0 : second.length + 1);
  const value = second === undefined ? parseNumber(first, style) : null;
  const low = second === undefined ? null : parseNumber(first, style);
  const high = second === undefined ? null : parseNumber(second, style);
  let scale = 1;
  // "$640m", "US$450m", "2.2m tonnes": million, written onto a sum of money or a tonnage (not "a 640m bridge")
  const attached = /^m(?![\p{L}\d])/u.exec(quote.slice(end));
  if (
    attached &&
    (/(?:\$|USD\s?)$/u.test(quote.slice(0, start)) ||
      /^m[\s\u00A0]+(?:tonnes|tons|t|TEU|containers)(?!\p{L})/u.test(quote.slice(end)))
  ) {
    scale = 1e6;
    end += 1;
  }
  for (const s of scale === 1 ? SCALE_RES : []) {
    const sm = s.re.exec(quote.slice(end));
    if (sm) {
      scale = s.scale;
      end += sm[0].length;
      break;
    }
  }
  const rest = quote.slice(end);
  const percent = PERCENT_RE.exec(rest);
  const multiple = percent ? null : MULTIPLE_RE.exec(rest);
  const kind: QuoteNumberKind = percent ? 'percent' : multiple ? 'multiple' : 'plain';
  end += (percent ?? multiple)?.[0].length ?? 0;
  const numbers = value !== null ? [value] : [low ?? 0, high ?? 0];
  const year = kind === 'plain' && scale === 1 && numbers.every(isYear) && YEAR_RE.test(quote.slice(end));
  return { start, end, kind, value, low, high, scale, year };
}

function scanDigits(quote: string, style: NumberStyle): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  const re = style === 'en' ? NUMBER_EN_RE : NUMBER_RE;
  re.lastIndex = 0;
  for (let m = re.exec(quote); m; m = re.exec(quote)) {
    const first = m[1] ?? '';
    // "3-2" is not a range: read the first number alone; the second is found on the next pass.
    const second = m[3] !== undefined && parseNumber(first, style) < parseNumber(m[3], style) ? m[3] : undefined;
    const raw = readDigits(quote, m.index, first, second, style);
    found.push(raw);
    re.lastIndex = second === undefined && m[3] !== undefined ? m.index + first.length + 1 : raw.end;
  }
  return found;
}

function scanWords(quote: string): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  for (const { re, value } of WORD_MULTIPLE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(quote); m; m = re.exec(quote)) {
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'multiple',
        value,
        low: null,
        high: null,
        scale: 1,
        year: false,
      });
    }
  }
  return found;
}

/** Every number in a quote, in reading order, with its scale word and kind. */
export function scanQuote(quote: string, style: NumberStyle = 'ru'): ScannedNumber[] {
  const all = [...scanDigits(quote, style), ...scanWords(quote)].sort((a, b) => a.start - b.start);
  const raws = all.filter((r, i) => !all.slice(0, i).some((o) => r.start < o.end && o.start < r.end));
  // "от 7 до 8 млрд", "10 и 15%": a bare number takes the scale and kind of the next one.
  for (let i = raws.length - 2; i >= 0; i--) {
    const r = raws[i];
    const next = raws[i + 1];
    if (!r || !next || r.year || r.scale !== 1 || r.kind !== 'plain') continue;
    if ((next.scale !== 1 || next.kind !== 'plain') && SHARED_GAP_RE.test(quote.slice(r.end, next.start))) {
      r.scale = next.scale;
      r.kind = next.kind;
    }
  }
  return raws;
}
