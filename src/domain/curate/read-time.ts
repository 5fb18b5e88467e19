// The times a sentence names: years written or said, deadlines, spans of months, "now".
import {
  BASE_AFTER_RE,
  BASE_BEFORE_RE,
  COMPARED_RE,
  DEADLINE_RE,
  LAST_YEAR_G,
  LAST_YEAR_RE,
  MONTH_SPAN_G,
  NEXT_YEAR_RE,
  NOW_G,
  ONE_MONTH_RE,
  QUARTER_RE,
  PART_YEAR_RES,
  SAME_PERIOD_RE,
  SEASON_RE,
  THIS_YEAR_G,
  THIS_YEAR_RE,
  THIS_YEARS_MONTH_RE,
  YEAR_END_RE,
  YEAR_RE,
} from './read-patterns';
import type { Span } from './text';
import { MONTHS } from './time-words';
import { count } from './word-numbers';

/** The years named in a clause, in order, that are not a deadline. */
export function yearsIn(s: string, deadlines: Span[]): { year: number; index: number }[] {
  YEAR_RE.lastIndex = 0;
  // a grain season ("the 2024/25 marketing year", "2024/2025 маркетинговый год") is dated by its end
  const seasons = [...s.matchAll(SEASON_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    year: Number(m.groups!.a ?? m.groups!.c) + 1,
  }));
  const inSeason = (i: number) => seasons.some((x) => i >= x.start && i < x.end);
  return [
    ...[...s.matchAll(YEAR_RE)]
      .filter((m) => !deadlines.some((d) => m.index >= d.start && m.index < d.end) && !inSeason(m.index))
      .map((m) => ({ year: Number(m[1]), index: m.index })),
    ...seasons.map((x) => ({ year: x.year, index: x.start })),
  ].sort((a, b) => a.index - b.index);
}

export function deadlineIn(s: string): { deadline: string; span: Span } | null {
  DEADLINE_RE.lastIndex = 0;
  const m = DEADLINE_RE.exec(s);
  if (!m?.groups) return null;
  // the end of a span of years ("с 2010 по 2022", "2010 жылдан 2022 жылға дейін") is not a deadline
  if (
    /(?:(?:19|20)\d{2}\s*(?:жылдан|-?ж\.?\s*бастап)|(?<!\p{L})(?:с|from)\s+(?:19|20)\d{2})[^.]{0,20}$/iu.test(
      s.slice(0, m.index),
    )
  )
    return null;
  const g = m.groups;
  const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
  if (!year) return null;
  const end = g.end1 ?? g.end2 ?? g.end3;
  return { deadline: end ? `${year}-12` : year, span: { start: m.index, end: m.index + m[0].length } };
}

export const monthOf = (w: string) => {
  const low = w.toLowerCase();
  const key = Object.keys(MONTHS)
    .filter((k) => low.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key ? MONTHS[key]! : null;
};
export const pad = (n: number) => String(n).padStart(2, '0');

export interface Context {
  year: number;
  month: string;
  /** the year the sentence before dated its figures by (or spoke of), for a change that compares with it */
  previousYear: number | null;
  /** the span of months the sentence before named, for "осы кезеңде", "за этот период" */
  previousSpan: string | null;
  /**
   * The year the story last dated its figures by, in words or digits (news paragraphs are often one
   * sentence, so the thread runs across them): a figure in a
   * sentence with no time of its own ("Export revenue for the season was close to $2.9bn") is of it.
   */
  threadYear: number | null;
}

/** A year a sentence dates something by: written ("в 2023 году"), or said ("в прошлом году"). */
export interface Mark {
  year: number;
  index: number;
  written: boolean;
  /** "сейчас", "қазір", "now": the moment of speaking, not a year */
  now?: boolean;
  /** the year a change compares with ("чем в 2023 году", "өткен жылдың сәйкес кезеңімен") */
  compared: boolean;
}

export function allMatches(r: RegExp, s: string): RegExpExecArray[] {
  r.lastIndex = 0;
  return [...s.matchAll(r)];
}

/** A span of months a comparison is made against ("к уровню января–сентября 2024 года", "… салыстырғанда"). */
const isBase = (s: string, m: RegExpExecArray) =>
  BASE_BEFORE_RE.test(s.slice(0, m.index)) || BASE_AFTER_RE.test(s.slice(m.index + m[0].length));

/** Every year a sentence dates by, in reading order. */
export function timeMarks(s: string, ctx: Context, deadlines: Span[]): Mark[] {
  const comparedAt = [
    ...allMatches(COMPARED_RE, s),
    ...allMatches(SAME_PERIOD_RE, s),
    // "к уровню января–сентября 2024 года": a span of months compared with
    ...allMatches(MONTH_SPAN_G, s).filter((m) => isBase(s, m)),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inCompared = (i: number) => comparedAt.some((c) => i >= c.start && i < c.end);
  const marks: Mark[] = yearsIn(s, deadlines).map((y) => ({
    year: y.year,
    index: y.index,
    written: true,
    compared: inCompared(y.index),
  }));
  for (const m of allMatches(LAST_YEAR_G, s))
    marks.push({ year: ctx.year - 1, index: m.index, written: false, compared: inCompared(m.index) });
  for (const m of allMatches(THIS_YEAR_G, s))
    marks.push({ year: ctx.year, index: m.index, written: false, compared: inCompared(m.index) });
  return marks.sort((a, b) => a.index - b.index);
}

/** Where the sentence says "now" ("сейчас", "қазір", "now"): a mark of the moment of speaking. */
export function nowMarks(s: string, ctx: Context): Mark[] {
  return allMatches(NOW_G, s).map((m) => ({
    year: ctx.year,
    index: m.index,
    written: false,
    compared: false,
    now: true,
  }));
}

/** A span of months the sentence names ("за январь–сентябрь 2024 года"), as a part-year period. */
export function monthSpan(s: string, ctx: Context): string | null {
  // (a span compared with is the base, not the span spoken of)
  const span = allMatches(MONTH_SPAN_G, s).find((m) => !isBase(s, m));
  if (span?.groups) {
    const a = monthOf(span.groups.from ?? '');
    const b = monthOf(span.groups.to ?? '');
    const y = span.groups.year ? Number(span.groups.year) : ctx.year;
    if (a && b && a < b) return `${y}-${pad(a)}/${y}-${pad(b)}`;
  }
  // "биылғы қаңтарда", "в январе этого года": that one month
  const one = THIS_YEARS_MONTH_RE.exec(s)?.groups;
  const single = one ? monthOf(one.kk ?? one.ru ?? one.en ?? '') : null;
  if (single) return `${ctx.year}-${pad(single)}/${ctx.year}-${pad(single)}`;
  // "за первое полугодие 2025 года", "за 9 месяцев", "биылғы он айда": January to the N-th month
  for (const p of PART_YEAR_RES) {
    const m = p.re.exec(s);
    if (!m) continue;
    const n = p.months ?? count(m.groups?.n?.replace(/\s+/gu, ' '));
    if (!Number.isInteger(n) || n < 2 || n > 11) continue;
    // ("өткен жылдың сәйкес кезеңімен", the same period last year, is a base, not this span's year)
    const after = s
      .replace(SAME_PERIOD_RE, (x) => ' '.repeat(x.length))
      .slice(m.index + m[0].length, m.index + m[0].length + 40);
    const written = /^\s*(?:of\s+|in\s+)?((?:19|20)\d{2})(?!\d)/u.exec(after);
    const articleMonth = Number(ctx.month.slice(5, 7));
    const y = written
      ? Number(written[1])
      : LAST_YEAR_RE.test(after)
        ? ctx.year - 1
        : THIS_YEAR_RE.test(s) || /текущего\s+года|этого\s+года/iu.test(after)
          ? ctx.year
          : // the first N months are over only once the N-th is: in February, "11 months" are last year's
            n >= articleMonth
            ? ctx.year - 1
            : ctx.year;
    return `${y}-01/${y}-${pad(n)}`;
  }
  // "in the fourth quarter", "в третьем квартале": its three months, this year's if they are over
  // the year of a span that ends in month `last`: written, else this year's if it has begun, else last year's
  const yearOf = (written: string | undefined, last: number) =>
    written ? Number(written) : last <= Number(ctx.month.slice(5, 7)) ? ctx.year : ctx.year - 1;
  // "in the fourth quarter", "в третьем квартале": its three months
  const quarter = QUARTER_RE.exec(s)?.groups;
  if (quarter) {
    const name = quarter.en ?? quarter.ru ?? quarter.kk ?? '';
    const q = quarter.q
      ? Number(quarter.q)
      : /^(?:second|втор|екінші)/iu.test(name)
        ? 2
        : /^(?:third|трет|үшінші)/iu.test(name)
          ? 3
          : 4;
    const y = yearOf(quarter.year, q * 3);
    return `${y}-${pad(q * 3 - 2)}/${y}-${pad(q * 3)}`;
  }
  // "в июле", "In July alone": that month
  const alone = ONE_MONTH_RE.exec(s)?.groups;
  const month = alone ? monthOf(alone.ru ?? alone.ru2 ?? alone.en ?? alone.kk ?? '') : null;
  if (alone && month) {
    const y = yearOf(alone.year, month);
    return `${y}-${pad(month)}/${y}-${pad(month)}`;
  }
  return null;
}

/** A goal's or forecast's deadline said in words: "биыл", "next year", "по итогам года", or a forecast's year. */
export function spokenDeadline(s: string, ctx: Context): { deadline: string; span: Span } | null {
  const at = (m: RegExpExecArray, year: number) => ({
    deadline: String(year),
    span: { start: m.index, end: m.index + m[0].length },
  });
  const next = NEXT_YEAR_RE.exec(s);
  if (next) return at(next, ctx.year + 1);
  const end = YEAR_END_RE.exec(s) ?? THIS_YEAR_RE.exec(s);
  if (end) return at(end, ctx.year);
  // "сарапшылар 2026 жылы … асады деп болжайды", "в 2025 году … вырастет до 50 млн тонн": a year
  // still to come, in a sentence that aims or forecasts
  YEAR_RE.lastIndex = 0;
  const future = [...s.matchAll(YEAR_RE)].find((m) => Number(m[1]) >= ctx.year);
  if (future) return at(future, Number(future[1]));
  return null;
}
