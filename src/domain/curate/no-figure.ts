// Numbers that are no figure of the dataset's, though they have a unit: odds, rates, shares, prices,
// loans, years; and numbers said in two scales, joined.
import type { QuoteNumber } from '../quote-numbers';
import {
  LIKELIHOOD_RE,
  LOAN_RE,
  PER_UNIT_RE,
  RATE_OR_CONTENT_RE,
  SHARE_AFTER_RE,
  SHARE_OF_RE,
  SURVEY_RE,
  SURVEYED_RE,
} from './read-patterns';
import { clauseOf, type Found, isYearLike } from './sentence-parts';

/** Whether a number with a unit is none of the dataset's figures; `numbers` are the sentence's, in order. */
export function noFigure(s: string, n: QuoteNumber, u: Omit<Found, 'n'>, numbers: readonly QuoteNumber[]): boolean {
  // a likelihood ("с вероятностью 80 процентов") is no share of anything the dataset counts, and a
  // figure in its clause is what the odds are about ("the chance of the $1bn target being met")
  const clause = clauseOf(s, n.index);
  const ownClause = s.slice(clause.start, clause.end);
  if (u.unit === '%' && LIKELIHOOD_RE.test(s)) return true;
  if (LIKELIHOOD_RE.test(ownClause)) return true;
  // nor a rate or a content ("под 17,5% годовых", "base rate at 16.5%", "12.5% protein", "доля на рынке — 12%")
  if (u.unit === '%' && RATE_OR_CONTENT_RE.test(s.slice(Math.max(0, n.index - 60), n.index + n.text.length + 30)))
    return true;
  // nor a share of a whole ("приходится около 85%", "accounts for about 45%", "үлесі – 58 пайыз",
  // "Доля КТЖ на рынке … — около 40%"): the words since the number before, up to 80 characters back
  const since = Math.max(
    0,
    n.index - 80,
    ...numbers.filter((m) => m.index < n.index).map((m) => m.index + m.text.length),
  );
  if (u.unit === '%' && SHARE_OF_RE.test(s.slice(since, n.index + n.text.length + 30))) return true;
  // nor a Kazakh share of a whole ("жүктің 64 пайызы автокөлікпен тасымалданады"); but a share of the
  // people ("халықтың 78 пайызы цифрлық төлемдерді жүзеге асырады") is a figure the dataset records
  const kkShare = /пайыз(?:ы|ын|ына)$/iu.test(n.text);
  const before = s.slice(0, n.index);
  if (
    u.unit === '%' &&
    kkShare &&
    /\p{L}+(?:ның|нің|дың|дің|тың|тің)\s+$/iu.test(before) &&
    !/(?:халық|тұрғын|азамат|ересек|адам)\p{L}*\s+$/iu.test(before)
  )
    return true;
  // nor a share of those surveyed, firms or passengers ("58% экспортеров", "68% of them", "жолаушылардың 70
  // пайызы"), nor any percentage of a survey
  if (
    u.unit === '%' &&
    (((SHARE_AFTER_RE.test(s.slice(n.index + n.text.length)) || kkShare) && SURVEYED_RE.test(s)) || SURVEY_RE.test(s))
  )
    return true;
  // a year ("since 2020", "in 2024") is not a count, unless its unit is written right after it
  if (!u.direct && isYearLike(n)) return true;
  // a price ("$230 за тонну", "тоннасына 215 доллар", "$240 per tonne") is not a volume
  if (u.unit === 'bn USD' && PER_UNIT_RE.test(s.slice(Math.max(0, n.index - 25), n.index + n.text.length + 40)))
    return true;
  // nor is a loan ("a $150 million loan", "кредит на 50 млн долларов") the value of any trade
  if (u.unit === 'bn USD' && LOAN_RE.test(ownClause)) return true;
  // nor is a sum under a million dollars the volume of anything the dataset counts
  if (u.unit === 'bn USD' && (n.value ?? n.high ?? 0) * n.scale * u.factor < 0.001) return true;
  return false;
}

/** "7 млн 140 мың тонна", "1 млрд 200 млн долларов": a number said in two scales is one number. */
export function joinCompounds(s: string, numbers: QuoteNumber[]): QuoteNumber[] {
  const out: QuoteNumber[] = [];
  for (const n of numbers) {
    const a = out.at(-1);
    if (
      a &&
      a.value !== null &&
      n.value !== null &&
      a.kind === 'plain' &&
      a.scale >= 1e6 &&
      n.scale > 1 &&
      n.scale < a.scale &&
      /^[\s\u00A0]*$/u.test(s.slice(a.index + a.text.length, n.index))
    )
      out[out.length - 1] = {
        ...a,
        text: s.slice(a.index, n.index + n.text.length),
        value: a.value + (n.value * n.scale) / a.scale,
        qualifier: a.qualifier ?? n.qualifier,
        approx: a.approx ?? n.approx,
      };
    else out.push(n);
  }
  return out;
}
