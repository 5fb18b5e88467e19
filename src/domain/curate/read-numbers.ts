// The numbers of a sentence and their units: which are figures of the dataset's kinds, and their values.
import type { Language } from '../dataset-schema';
import { extractQuoteNumbers, type QuoteNumber } from '../quote-numbers';
import { joinCompounds, noFigure } from './no-figure';
import {
  CAPACITY_RE,
  CHANGE_VERB_RE,
  CLAUSE_END_RE,
  EARLIER_RE,
  GOAL_RE,
  MONEY_BEFORE_RE,
  PER_YEAR_BEFORE,
  PER_YEAR_RE,
  RANGE_GAP_RE,
  UNIT_BEFORE_WINDOW,
  UNIT_RES,
} from './read-patterns';
import { clauseOf, type Found, isYearLike } from './sentence-parts';
import type { Span } from './text';
import { saidAgainst, wordNumbers } from './word-numbers';

export { clauseOf, type Found, isYearLike } from './sentence-parts';

/** The dataset's unit of a number, from the words after it (or, failing that, a few words before). */
export function unitOf(s: string, n: QuoteNumber): Omit<Found, 'n'> | null {
  const end = n.index + n.text.length;
  if (n.kind === 'percent') return { unit: '%', factor: 1, unitEnd: end, unitWord: '', direct: true };
  if (n.kind === 'multiple') return { unit: 'x', factor: 1, unitEnd: end, unitWord: '', direct: true };
  // (a Kazakh qualifier may stand between: "жарты миллион шақты TEU")
  const skipped =
    /^[\s\u00A0]*(?:шақты|шамасы|шамасында|жуық|астам|артық)(?=[\s\u00A0])/u.exec(s.slice(end))?.[0] ?? '';
  const after = s.slice(end + skipped.length);
  for (const u of UNIT_RES) {
    const m = u.re.exec(after);
    if (m) {
      // per year after the tonnage ("25 млн тонн грузов в год"), or before it in its clause
      // ("жылына 5 млн тоннадан 25 млн тоннаға", "annual capacity … 10 million tonnes")
      const clause = clauseOf(s, n.index);
      const perYear =
        u.unit === 'mn t' &&
        (PER_YEAR_RE.test(m[0]) ||
          PER_YEAR_RE.test(
            s.slice(end + skipped.length + m[0].length, Math.min(clause.end, end + skipped.length + m[0].length + 25)),
          ) ||
          PER_YEAR_BEFORE.test(s.slice(clause.start, n.index)));
      return {
        unit: perYear ? 'mn t/yr' : u.unit,
        factor: u.factor,
        unitEnd: end + skipped.length + m[0].length,
        unitWord: m[0].trim(),
        direct: true,
      };
    }
  }
  if (MONEY_BEFORE_RE.test(s.slice(0, n.index)))
    return { unit: 'bn USD', factor: 1e-9, unitEnd: end, unitWord: '', direct: true };
  // the thing counted named before the number ("число контейнеров до 300 тысяч"), in the same
  // clause, and no other noun after it ("за 11 месяцев" counts months)
  if (/^[\s\u00A0]*\p{L}/u.test(after)) return null;
  const before =
    s
      .slice(Math.max(0, n.index - UNIT_BEFORE_WINDOW), n.index)
      .split(/[,;:–—]/u)
      .pop() ?? '';
  // (not "контейнерлік пойыздардың саны … 1 240-қа жетті", a count of trains)
  if (
    /(?<!\p{L})(?:контейнер|container)\p{L}*/iu.test(before) &&
    !/(?:контейнер|container)\p{L}*\s+(?:пойыз|поезд|train|кем|судн|ship|vessel)/iu.test(before)
  )
    return { unit: 'containers', factor: 1, unitEnd: end, unitWord: '', direct: false };
  if (/(?<!\p{L})TEU(?!\p{L})/u.test(before))
    return { unit: 'TEU', factor: 1, unitEnd: end, unitWord: '', direct: false };
  return null;
}

export const round = (v: number) => Number(v.toPrecision(10));

export function figureValue(f: Found): { value: number | null; low?: number; high?: number } {
  const k = f.n.scale * f.factor;
  if (f.n.value !== null) return { value: round(f.n.value * k) };
  return { value: null, low: round((f.n.low ?? 0) * k), high: round((f.n.high ?? 0) * k) };
}

/** The words in quotation marks («…», “…”) a number stands in, if any. */
function quotedAround(s: string, at: number): Span | null {
  for (const m of s.matchAll(/«[^»]*»|“[^”]*”/gu))
    if (at > m.index && at < m.index + m[0].length) return { start: m.index, end: m.index + m[0].length };
  return null;
}

/** A number with no unit of its own, in the unit of another ("вместо прежних 25", "— 4,4 млрд"). */
const inUnitOf = (n: QuoteNumber, other: Found): Found => ({
  n,
  unit: other.unit,
  factor: other.factor,
  unitEnd: n.index + n.text.length,
  unitWord: '',
  direct: false,
});

/** A range from a low number to the found high one, said as one span ("от 15 до 18 дней", "13 to 16 days"). */
const asRange = (s: string, low: QuoteNumber, high: Found): Found => ({
  ...high,
  joined: true,
  n: {
    ...high.n,
    text: s.slice(low.index, high.n.index + high.n.text.length),
    index: low.index,
    value: null,
    low: low.value,
    high: high.n.value,
    qualifier: low.qualifier ?? high.n.qualifier,
  },
});

/** The figures' numbers of one sentence, each with its unit: what is no figure of the dataset's left out,
 * a bare number given the unit of the one it runs to or of the aim before it, ranges joined. */
export function sentenceNumbers(s: string, lang: Language): Found[] {
  const numbers = joinCompounds(
    s,
    [...extractQuoteNumbers(s, lang).filter((n) => !n.year), ...wordNumbers(s)].sort((a, b) => a.index - b.index),
  );
  const found: Found[] = numbers.flatMap((n) => {
    const u = unitOf(s, n);
    if (u && noFigure(s, n, u, numbers)) return [];
    // "14 пайызға артық", "3 есе артық": by that much more (a comparative), not "more than"
    if (
      u &&
      (u.unit === '%' || u.unit === 'x') &&
      /^[^.;,]{0,25}?(?:ға|ге|қа|ке|есе)[\s\u00A0]+артық(?!\p{L})/iu.test(
        s.slice(n.index).replace(/^[\d\s\u00A0.,]+/u, ''),
      )
    )
      return [{ n: { ...n, approx: null, qualifier: null }, ...u }];
    return u ? [{ n, ...u }] : [];
  });
  // "с 53 до 19-23 дней", "in 13 to 16 days": a bare number takes the unit of the one it runs to
  for (const n of numbers)
    if (!found.some((f) => f.n === n) && !isYearLike(n)) {
      const next = found.find((f) => f.n.index > n.index && f.n.kind === 'plain');
      const gap = next ? s.slice(n.index + n.text.length, next.n.index) : '';
      const and = /^\s*(?:and|и|және|мен)\s*$/iu.test(gap) && /(?:between|между)\s+$/iu.test(s.slice(0, n.index));
      if (!next) {
        // "12–14 суток вместо прежних 25", "down from nine": the unit of the number said before it
        const said = [...found].reverse().find((f) => f.n.index < n.index && f.unit !== '%' && f.unit !== 'x');
        // (or at the end of a clause about an earlier time: "а раньше на это уходило 20")
        // (and "сегодня — от пяти до шести»": a range of two such numbers, its second end after the first)
        const rangeEnd =
          said !== undefined && !said.direct && RANGE_GAP_RE.test(s.slice(said.n.index + said.n.text.length, n.index));
        const against =
          rangeEnd || saidAgainst(s.slice(0, n.index)) || EARLIER_RE.test(s.slice(clauseOf(s, n.index).start, n.index));
        const after = s.slice(n.index + n.text.length);
        const ends = CLAUSE_END_RE.test(after) || /^\s*(?:до|to|and|и|[-–—])\s*\p{L}+\s*(?:[.,;)»"”]|$)/iu.test(after);
        if (said && against && ends) {
          found.push(inUnitOf(n, said));
          continue;
        }
        // "Турция — 5,1 млрд долларов; Узбекистан — 4,4 млрд": a list goes on in the unit it began with
        if (said && n.scale > 1 && /[;,—–]/u.test(s.slice(said.unitEnd, n.index)) && CLAUSE_END_RE.test(after)) {
          found.push(inUnitOf(n, said));
          continue;
        }
        // "96 тыс. TEU, так что … рассчитываем выйти не менее чем на 120 тысяч": an aim in the unit said before it
        const prev = [...found].reverse().find((f) => f.n.index < n.index && f.unit !== '%');
        if (
          prev &&
          n.scale >= 1000 &&
          GOAL_RE.test(s.slice(prev.unitEnd, n.index)) &&
          /^\s*(?:[.,;]|$)/u.test(s.slice(n.index + n.text.length))
        )
          found.push(inUnitOf(n, prev));
        continue;
      }
      if (!/^\s*(?:до|to|[-–—])\s*$/iu.test(gap) && !and) continue;
      const clause = clauseOf(s, n.index);
      const changes = CHANGE_VERB_RE.test(s.slice(clause.start, clause.end));
      // a range ("от 15 до 18 дней", "in 13 to 16 days"): low to high, said as one span, no change
      // ("cut that to five to seven days": a range after "to" is the aim's, not a change's two ends)
      const toRange = /(?<!\p{L})(?:to|до)\s+$/iu.test(s.slice(0, n.index));
      if (next.n.value !== null && n.value !== null && n.value < next.n.value && (!changes || and || toRange)) {
        found.splice(found.indexOf(next), 1, asRange(s, n, next));
      } else found.push(inUnitOf(n, next));
    }
  found.sort((a, b) => a.n.index - b.n.index);
  // "сегодня — от пяти до шести": two bare numbers said as a range, in the unit said before them
  for (let i = found.length - 1; i > 0; i--) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (
      !a.direct &&
      !b.direct &&
      a.unit === b.unit &&
      a.n.value !== null &&
      b.n.value !== null &&
      a.n.value < b.n.value &&
      RANGE_GAP_RE.test(s.slice(a.n.index + a.n.text.length, b.n.index)) &&
      /(?<!\p{L})(?:от|from|between|между)\s+$/iu.test(s.slice(0, a.n.index))
    )
      found.splice(i - 1, 2, asRange(s, a.n, b));
  }
  // a tonnage a capacity sentence gives is a capacity's, per year ("мощность … 25 млн тонн"), unless
  // the words quoted hold one and the capacity is outside them ("«… выйти на 10 млн тонн», — сказал
  // он, напомнив, что пропускная способность …")
  for (const f of found) {
    const quoted = quotedAround(s, f.n.index);
    if (f.unit === 'mn t' && CAPACITY_RE.test(quoted ? s.slice(quoted.start, quoted.end) : s)) f.unit = 'mn t/yr';
  }
  return found;
}
