// Numbers written as words: "nine days", "бір жарым миллиард", "half a million", "вместо четырех".
import { approxAround, type QuoteNumber } from '../quote-numbers';
import { qualifierOfWord } from '../quote-words';
import { NUMBER_WORDS } from './number-words';
import {
  APPROX_BEFORE_RE,
  BARE_AFTER_RE,
  HALF_MILLION_RE,
  RANGE_REST_RE,
  UNIT_RES,
  WORD_NUMBER_RE,
} from './read-patterns';

/** A number written as a word ("пять", "бес") or digits. */
export const count = (w: string | undefined) =>
  w ? (NUMBER_WORDS[w.toLowerCase().replace(/[\s\u00A0]+/gu, ' ')] ?? Number(w)) : NaN;

/** "вместо прежних", "down from", "сейчас – около": the words before a number said against another. */
export const saidAgainst = (before: string) => BARE_AFTER_RE.test(before.replace(APPROX_BEFORE_RE, ''));

/** Numbers written as words before a unit: "about four days", "бес күн". */
export function wordNumbers(s: string): QuoteNumber[] {
  WORD_NUMBER_RE.lastIndex = 0;
  const out: QuoteNumber[] = [];
  for (const m of s.matchAll(HALF_MILLION_RE)) {
    const approx = approxAround(s, m.index, m.index + m[0].length);
    out.push({
      text: m[0],
      index: m.index,
      kind: 'plain',
      value: m.groups?.half !== undefined ? 0.5 : m.groups?.oh !== undefined ? 1.5 : 0.25,
      low: null,
      high: null,
      scale: ['hb', 'hr', 'hr2', 'hk', 'ob', 'or', 'ok', 'qb', 'qr', 'qk'].some((k) => m.groups?.[k]) ? 1e9 : 1e6,
      year: false,
      approx,
      qualifier: approx ? qualifierOfWord(approx) : null,
    });
  }
  for (const m of s.matchAll(WORD_NUMBER_RE)) {
    const rest = s.slice(m.index + m[0].length);
    // "nine days"; "four and six days", "five to seven days" (a range's first end); "down from nine",
    // "вместо четырех", "то сегодня – пять" (the unit of the number said before)
    const unitNext = (t: string) => UNIT_RES.some((u) => u.re.test(t));
    const range = RANGE_REST_RE.exec(rest);
    const bare = saidAgainst(s.slice(0, m.index)) && /^\s*(?:[.,;)]|$)/u.test(rest);
    if (!unitNext(rest) && !(range && unitNext(rest.slice(range[0].length))) && !bare) continue;
    const value = count(m.groups?.w);
    if (!Number.isFinite(value)) continue;
    // "бір тәулікке", "one day"; not "бір тонна" (a price's unit) or "одного контейнера"
    if (value === 1 && !/^[\s\u00A0]*(?:д|с|күн|тәул|day)/iu.test(rest)) continue;
    const approx = approxAround(s, m.index, m.index + m[0].length);
    out.push({
      text: m[0],
      index: m.index,
      kind: 'plain',
      value,
      low: null,
      high: null,
      scale: 1,
      year: false,
      approx,
      qualifier: approx ? qualifierOfWord(approx) : null,
    });
  }
  return out;
}
