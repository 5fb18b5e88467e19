// When a figure is: an actual's or capacity's period, and the two periods a change compares.
import type { FigureKind, PeriodKind } from '../dataset-schema';
import { clauseOf, type Found } from './read-numbers';
import {
  AS_OF_DAY_RE,
  CAPACITY_RE,
  COMPARED_RE,
  EARLIER_RE,
  FLOW_UNITS,
  FROM_TO_RE,
  LAST_YEAR_RE,
  NOW_RE,
  SAME_PERIOD_RE,
  SINCE_RE,
  THIS_PERIOD_RE,
  THIS_YEAR_RE,
  TIME_UNIT_RE,
  YEARS_SPAN_RE,
} from './read-patterns';
import { allMatches, type Context, type Mark, monthOf, monthSpan, nowMarks, pad } from './read-time';
import { count } from './word-numbers';

/** When an actual or capacity is: its period and kind. */
export function whenActual(
  s: string,
  f: Found,
  kind: FigureKind,
  ctx: Context,
  marks: Mark[],
  nextAt = Infinity,
): { period: string | null; periodKind: PeriodKind | null } {
  // "1 қазандағы жағдай бойынша", "по состоянию на 1 октября": as it stood then (the 1st closes the month before)
  const day = AS_OF_DAY_RE.exec(s)?.groups;
  if (day && kind === 'actual') {
    const d = Number(day.d1 ?? day.d2 ?? day.d3 ?? day.d4);
    const m = monthOf(day.m1 ?? day.m2 ?? day.m3 ?? day.m4 ?? '');
    if (m && d >= 1 && d <= 31) {
      const month = d === 1 ? m - 1 || 12 : m;
      const articleMonth = Number(ctx.month.slice(5, 7));
      const year = month > articleMonth || (d === 1 && m === 1) ? ctx.year - 1 : ctx.year;
      return { period: `${year}-${pad(month)}`, periodKind: 'as-of' };
    }
  }
  // (not "Өткен жылы … 2,3 млн тоннаға жетті, оның ішінде …": the sentence's own year, then a part of it)
  const samePeriod = THIS_PERIOD_RE.test(s) && !marks.some((m) => !m.compared && m.index < f.n.index);
  // a sentence with no time of its own goes on in the months the one before named
  const silent =
    FLOW_UNITS.has(f.unit) &&
    !samePeriod &&
    !marks.some((m) => !m.compared) &&
    !NOW_RE.test(s) &&
    ctx.previousSpan !== null;
  const span = monthSpan(s, ctx) ?? (samePeriod || silent ? ctx.previousSpan : null);
  if (span && kind === 'actual') return { period: span, periodKind: 'part-year' };
  // "Over the same period" after a year's figures: that year
  if (samePeriod && ctx.previousYear !== null && kind === 'actual')
    return { period: String(ctx.previousYear), periodKind: 'year' };
  const clause = clauseOf(s, f.n.index);
  const at = f.n.index;
  const own = s.slice(clause.start, clause.end);
  const inClause = [...marks, ...nowMarks(s, ctx)]
    .filter((m) => !m.compared && m.index >= clause.start && m.index < clause.end)
    .sort((a, b) => a.index - b.index);
  const asOf = { period: ctx.month, periodKind: 'as-of' as const };
  const year = (m: Mark | undefined) =>
    m ? (m.now ? asOf : { period: String(m.year), periodKind: 'year' as const }) : null;
  // a capacity is as it stood when said, unless a year is written before it ("в 2023 году мощность …")
  if (kind === 'capacity') return year(inClause.filter((m) => m.written && m.index < at).at(-1)) ?? asOf;
  // "ранее … порядка 25 дней": an earlier state, with no year to date it
  // (not "a year earlier", "годом ранее": the base of a change)
  if (EARLIER_RE.test(own.replace(SAME_PERIOD_RE, ' ')) && !inClause.some((m) => m.written))
    return { period: null, periodKind: null };
  return (
    // the nearest year (or "now") before the number in its clause, else after it in its clause
    year(inClause.filter((m) => m.index < at).at(-1)) ??
    year(inClause.find((m) => m.index > at)) ??
    // else the year the sentence spoke of before it ("в прошлом году …, а контейнеров – 58 тысяч")
    // (or the one compared with, when this clause is about it: "than in 2023, when it stood at 7.2")
    year(
      [...marks, ...nowMarks(s, ctx)]
        .sort((a, b) => a.index - b.index)
        .filter(
          (m) =>
            m.index < at &&
            (!m.compared || (m.index < clause.start && /^\s*(?:when|когда|тогда)(?!\p{L})/iu.test(own))),
        )
        .at(-1),
    ) ??
    // "2023 жылмен салыстырғанда 3 есе артып, 56 мың TEU-ге жетті": the year after the one compared
    // with, the last whole year's if that is later
    compareEnd(marks, ctx) ??
    // else the one year the sentence names after it, if it compares nothing
    year(marks.length === 1 && !marks[0]!.compared ? marks[0] : undefined) ??
    // else a year written after it and before the next number ("12.4 mn t …, in the 2024/25 marketing year, up 9%")
    year(marks.find((m) => m.written && !m.compared && m.index > at && m.index < nextAt)) ??
    // a sentence with no time of its own goes on in the year the story last named
    (!marks.length && !NOW_RE.test(s) && FLOW_UNITS.has(f.unit) && ctx.threadYear !== null
      ? { period: String(ctx.threadYear), periodKind: 'year' as const }
      : null) ??
    // "уже", "сегодня", a share with no date: as it stood when the words were said
    asOf
  );
}

/** A flow in a sentence that compares with a year and names no other: dated by the last whole year after it. */
function compareEnd(marks: Mark[], ctx: Context): { period: string; periodKind: 'year' } | null {
  if (marks.some((m) => !m.compared)) return null;
  const base = marks.find((m) => m.compared && m.written)?.year;
  return base !== undefined && ctx.year - 1 > base ? { period: String(ctx.year - 1), periodKind: 'year' } : null;
}

export const between = (a: number, b: number) => ({
  period: `${Math.min(a, b)}/${Math.max(a, b)}`,
  periodKind: 'between' as const,
});

/** When a change is: the two periods it compares, or the span of years it runs over. */
export function whenChange(
  s: string,
  f: Found,
  ctx: Context,
  marks: Mark[],
): { period: string | null; periodKind: PeriodKind | null } {
  const written = marks.filter((m) => m.written && !m.compared).map((m) => m.year);
  const span = monthSpan(s, ctx) ?? (THIS_PERIOD_RE.test(s) ? ctx.previousSpan : null);
  // against the same months a year before: "на 7,4% больше, чем за аналогичный период прошлого года"
  const ref = LAST_YEAR_RE.test(s) ? ctx.year - 1 : THIS_YEAR_RE.test(s) ? ctx.year : null;
  const same = allMatches(SAME_PERIOD_RE, s);
  if (same.length) {
    // the months of this sentence, or of the one before ("Бұл өткен жылдың сәйкес кезеңімен …"); a
    // "last year" inside "the same period last year" is the base, not the period
    const said = marks.find((m) => !m.compared && !m.written)?.year;
    const y = span
      ? Number(span.slice(0, 4))
      : (written[0] ??
        said ??
        (ctx.previousSpan ? Number(ctx.previousSpan.slice(0, 4)) : null) ??
        ctx.previousYear ??
        ctx.year);
    // "a threefold increase on the same period of 2021": against that year's months
    const of = /(?:19|20)\d{2}/u.exec(same[0]![0]);
    return between(of && Number(of[0]) < y ? Number(of[0]) : y - 1, y);
  }
  // the comparison said right after the number, else the sentence's first ("up 14% from 2024 and more
  // than double the level of 2018")
  const comparisons = allMatches(COMPARED_RE, s);
  const compared = comparisons.find((m) => m.index >= f.n.index && m.index - f.n.index < 60) ?? comparisons[0];
  if (compared?.groups) {
    const base = Number(compared.groups.y1 ?? compared.groups.y2 ?? compared.groups.y3);
    const clause = clauseOf(s, f.n.index);
    const other =
      marks.find((m) => !m.compared && m.year !== base && m.index >= clause.start && m.index < clause.end)?.year ??
      // "Өткен жылы … 2020 жылмен салыстырғанда 1,3 есе өсті": the year the sentence speaks of
      marks.find((m) => !m.compared && m.year > base && m.index < f.n.index)?.year ??
      (ctx.previousYear !== null && ctx.previousYear !== base ? ctx.previousYear : null) ??
      (NOW_RE.test(s) || ctx.year - 1 <= base ? ctx.year : ctx.year - 1);
    return between(base, other === base ? base + 1 : other);
  }
  // "since 2019 … more than tripled", "2022 жылдан бері": from that year to the one spoken of
  const since = SINCE_RE.exec(s);
  if (since?.groups) {
    const from = Number(since.groups.y1 ?? since.groups.y2);
    const to =
      written.find((y) => y > from) ?? ref ?? (NOW_RE.test(s) ? ctx.year : null) ?? ctx.previousYear ?? ctx.year;
    if (to > from) return between(from, to);
  }
  const spanYears = YEARS_SPAN_RE.exec(s);
  const n = spanYears?.groups ? count(spanYears.groups.n ?? spanYears.groups.nk) : NaN;
  // "over the six years to 2025": to the year said
  const to =
    spanYears &&
    /^\s*(?:to|through|until|по|до)\s+((?:19|20)\d{2})(?!\d)/iu.exec(s.slice(spanYears.index + spanYears[0].length));
  if (to && Number.isFinite(n)) return { period: `${Number(to[1]) - n}/${to[1]}`, periodKind: 'years-to' };
  if (written.length >= 2) return between(Math.min(...written), Math.max(...written));
  if (spanYears?.groups) {
    // to the year written, or said, or the one the sentence before dated its figures by ("Таким образом, за пять лет")
    const end = written[0] ?? (LAST_YEAR_RE.test(s) ? ctx.year - 1 : ctx.previousYear);
    if (Number.isFinite(n) && end !== null) return { period: `${end - n}/${end}`, periodKind: 'years-to' };
    if (Number.isFinite(n))
      return {
        period: `${Number(ctx.month.slice(0, 4)) - n}${ctx.month.slice(4)}/${ctx.month}`,
        periodKind: 'years-to',
      };
  }
  if (written.length === 1) {
    const y = written[0]!;
    if (ref !== null && ref !== y) return between(y, ref);
    // "Это на 11,2% ниже показателей, которые были до пандемии (в 2019 году – 7,8)": the year is the
    // other end's, outside the change's clause; the sentence before gave this end
    const clause = clauseOf(s, f.n.index);
    const inClause = marks.some((m) => m.written && m.index >= clause.start && m.index < clause.end);
    if (!inClause && ctx.previousYear !== null && ctx.previousYear !== y) return between(y, ctx.previousYear);
    // "grew by 15% in 2024", "по итогам 2023 года … выросли в полтора раза": against the year before
    return between(y - 1, y);
  }
  if (ref !== null) return between(ref - 1, ref);
  // a sentence with no time of its own, after one that named its months ("Контейнерооборот вырос вдвое")
  if (!span && !marks.length && !NOW_RE.test(s) && ctx.previousSpan) {
    const y = Number(ctx.previousSpan.slice(0, 4));
    return between(y - 1, y);
  }
  // a span of months with nothing to compare with: the same months a year before
  if (span) {
    const y = Number(span.slice(0, 4));
    return between(y - 1, y);
  }
  // "rose fourfold", "за тот же год выросли в 2,6 раза": over the year the story last named
  if (
    !marks.length &&
    !NOW_RE.test(s) &&
    !FROM_TO_RE.test(s) &&
    !CAPACITY_RE.test(s) &&
    !TIME_UNIT_RE.test(s) &&
    ctx.threadYear !== null
  )
    return between(ctx.threadYear - 1, ctx.threadYear);
  return { period: null, periodKind: null };
}
