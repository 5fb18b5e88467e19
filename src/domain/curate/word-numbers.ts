// Numbers written as words: "nine days", "бір жарым миллиард", "half a million", "вместо четырех".
import { approxAround, type QuoteNumber } from '../quote-numbers';
import { qualifierOfWord } from '../quote-words';
import { NUMBER_WORDS } from './number-words';
import {
  APPROX_BEFORE_RE,
  BARE_AFTER_RE,
  CLAUSE_END_RE,
  HALF_MILLION_RE,
  RANGE_REST_RE,
  UNIT_RES,
  WORD_NUMBER_RE,
} from './read-patterns';

/** A number written as a word ("пять", "бес") or digits. */
export const count = (w: string | undefined) =>
  w ? (NUMBER_WORDS[w.toLowerCase().replace(/[\s\u00A0]+/gu, ' ')] ?? Number(w)) : NaN;

/** A scale word after a number in words: "seven million tonnes", "пять миллионов тонн". */
const WORD_SCALE_RE =
  /^[\s\u00A0]+(million|billion|thousand|миллион\p{L}*|миллиард\p{L}*|тысяч\p{L}*|мың|млн\.?|млрд\.?|тыс\.?)(?!\p{L})/iu;
const scaleOf = (w: string) => (/^(?:b|миллиард|млрд)/iu.test(w) ? 1e9 : /^(?:m|миллион|млн)/iu.test(w) ? 1e6 : 1e3);
/** A range's first end takes its scale from the second: "five to seven million tonnes". */
const rangeScale = (afterRange: string) => {
  const w = WORD_SCALE_RE.exec(afterRange);
  return w ? scaleOf(w[1]!) : 1;
};

/** "вместо прежних", "down from", "сейчас – около": the words before a number said against another. */
export const saidAgainst = (before: string) =>
  [before, before.replace(/(?<!\p{L})(?:от|from|between|между)\s*$/iu, '')].some((b) =>
    BARE_AFTER_RE.test(b.replace(APPROX_BEFORE_RE, '')),
  );

/** A number said in words, as the scanner gives one written in digits. */
const spoken = (text: string, index: number, value: number, scale: number, approx: string | null): QuoteNumber => ({
  text,
  index,
  kind: 'plain',
  value,
  low: null,
  high: null,
  scale,
  year: false,
  approx,
  qualifier: approx ? qualifierOfWord(approx) : null,
});

/** Numbers written as words before a unit: "about four days", "бес күн". */
export function wordNumbers(s: string): QuoteNumber[] {
  WORD_NUMBER_RE.lastIndex = 0;
  const out: QuoteNumber[] = [];
  for (const m of s.matchAll(HALF_MILLION_RE)) {
    out.push(
      spoken(
        m[0],
        m.index,
        m.groups?.half !== undefined ? 0.5 : m.groups?.oh !== undefined ? 1.5 : 0.25,
        ['hb', 'hr', 'hr2', 'hk', 'ob', 'or', 'ok', 'qb', 'qr', 'qk'].some((k) => m.groups?.[k]) ? 1e9 : 1e6,
        approxAround(s, m.index, m.index + m[0].length),
      ),
    );
  }
  for (const m of s.matchAll(WORD_NUMBER_RE)) {
    // ("полтора миллиарда", "бір жарым миллион": read above, as one number)
    if (out.some((h) => m.index >= h.index && m.index < h.index + h.text.length)) continue;
    const rest = s.slice(m.index + m[0].length);
    // "nine days"; "four and six days", "five to seven days" (a range's first end); "down from nine",
    // "вместо четырех", "то сегодня – пять" (the unit of the number said before)
    // ("seven million tonnes": a scale word between)
    const unitNext = (t: string) => UNIT_RES.some((u) => u.re.test(t.replace(WORD_SCALE_RE, '')));
    const range = RANGE_REST_RE.exec(rest);
    const ends = (t: string) => CLAUSE_END_RE.test(t);
    // ("сегодня — от пяти до шести»": a range with no unit of its own)
    const bare =
      saidAgainst(s.slice(0, m.index)) && (ends(rest) || (range !== null && ends(rest.slice(range[0].length))));
    if (!unitNext(rest) && !(range && unitNext(rest.slice(range[0].length))) && !bare) continue;
    const value = count(m.groups?.w);
    if (!Number.isFinite(value)) continue;
    // "бір тәулікке", "one day"; not "бір тонна" (a price's unit) or "одного контейнера"
    if (value === 1 && !/^[\s\u00A0]*(?:д|с|күн|тәул|day)/iu.test(rest)) continue;
    const approx = approxAround(s, m.index, m.index + m[0].length);
    // ("от пяти до шести»": the range's second end too, which no unit follows)
    if (bare && range && !unitNext(rest) && !unitNext(rest.slice(range[0].length))) {
      const second = /(?:\p{L}+|\d+)$/u.exec(range[0])!;
      const at = m.index + m[0].length + second.index;
      const high = count(second[0]);
      if (Number.isFinite(high)) out.push(spoken(second[0], at, high, 1, null));
    }
    const scaleWord = WORD_SCALE_RE.exec(rest.startsWith(' ') || rest.startsWith('\u00A0') ? rest : '');
    const scale = scaleWord ? scaleOf(scaleWord[1]!) : range ? rangeScale(rest.slice(range[0].length)) : 1;
    out.push(spoken(scaleWord ? m[0] + scaleWord[0] : m[0], m.index, value, scale, approx));
  }
  return out;
}
