import type { FigureKind, Indicator, Language, PeriodKind, Qualifier, Unit } from '../dataset-schema';
import { extractQuoteNumbers, type QuoteNumber } from '../quote-numbers';
import { matchIndicator } from './match-indicator';
import { articleSpans, quoteSpan, sentences, type Span } from './text';
import {
  CAPACITY_WORDS,
  COMPARED_WITH,
  DEADLINE,
  DECREASE_WORDS,
  FORECAST_WORDS,
  FROM_MARK,
  GOAL_WORDS,
  HORIZONS,
  INCREASE_WORDS,
  LAST_YEAR,
  LIKELIHOOD,
  MONEY_BEFORE,
  MONTH_SPAN,
  MONTHS,
  NOW_WORDS,
  NUMBER_WORDS,
  PER_YEAR,
  THIS_YEAR,
  UNIT_AFTER,
  YEAR_MENTION,
  YEARS_SPAN,
} from './words';

/**
 * Reads an article for the figures a careful reader would record, each as a candidate in the
 * dataset's own figure shape: what kind of figure, its value or range and unit, the word beside it,
 * when (its period, or a goal's deadline or horizon as said), the sentence that carries it, and the
 * indicator it most likely belongs to. Numbers with no unit the dataset knows (dates, view counts,
 * "40 events", "1.5 degrees", ordinal years) are never proposed, nor is anything in the page's
 * furniture. Pure: the article's text, its language and its date in, candidates out.
 */

export interface Candidate {
  kind: FigureKind;
  value: number | null;
  low?: number;
  high?: number;
  unit: Unit;
  qualifier: Qualifier | null;
  direction?: 'increase' | 'decrease';
  period: string | null;
  periodKind: PeriodKind | null;
  /** a goal's or forecast's deadline, YYYY or YYYY-MM */
  deadline: string | null;
  /** a goal's horizon in the speaker's words ("в среднесрочной перспективе") */
  horizon: string | null;
  /** the sentence that carries the number, exactly as in the text */
  quote: string;
  start: number;
  end: number;
  /** the number itself, for marking it in the text */
  number: { text: string; start: number; end: number };
  /** the indicator it most likely belongs to, or null (then `proposal` names a new one) */
  indicator: string | null;
  proposal: string | null;
  /** for a change: the candidates (by their index in the list) it relates */
  relates: number[];
}

export interface ArticleInput {
  text: string;
  lang: Language;
  /** the article's date (or its event's), YYYY-MM-DD: "last year" and "today" resolve from it */
  date: string;
  /** the dataset's indicators, to say which one each figure belongs to */
  indicators?: readonly Indicator[];
}

const re = (pattern: string, flags = 'iu') => new RegExp(pattern, flags);
const UNIT_RES = UNIT_AFTER.map((u) => ({ ...u, re: re(u.pattern) }));
const PER_YEAR_RE = re(PER_YEAR);
const GOAL_RE = re(GOAL_WORDS);
const CAPACITY_RE = re(CAPACITY_WORDS);
const FORECAST_RE = re(FORECAST_WORDS);
const INCREASE_RE = re(INCREASE_WORDS);
const DECREASE_RE = re(DECREASE_WORDS);
const NOW_RE = re(NOW_WORDS);
const LAST_YEAR_RE = re(LAST_YEAR);
const THIS_YEAR_RE = re(THIS_YEAR);
const YEAR_RE = re(YEAR_MENTION, 'gu');
const DEADLINE_RE = re(DEADLINE, 'giu');
const HORIZON_RE = re(HORIZONS, 'iu');
const COMPARED_RE = re(`${COMPARED_WITH}[\\s\\u00A0]+((?:19|20)\\d{2})`);
const MONTH_SPAN_RE = re(MONTH_SPAN);
const YEARS_SPAN_RE = re(YEARS_SPAN);
const FROM_RE = re(FROM_MARK);
const MONEY_BEFORE_RE = re(MONEY_BEFORE);
const LIKELIHOOD_RE = re(LIKELIHOOD);
/** "до 20 млрд", "to 10 mn t", "23 млрд долларға дейін", "5 күнге жеткізу": the number a goal reaches for. */
const TARGET_BEFORE = /(?:(?<!\p{L})(?:до|to|reach|at)\s+)$/iu;
const TARGET_AFTER = /^[^.;]{0,30}?(?:\p{L}*(?:ға|ге|қа|ке|на|не|а|е)\s+)?(?:дейін|жеткіз)/iu;
/** Up to a few words before a number, where the thing counted is named: "контейнеров до 300 тысяч". */
const UNIT_BEFORE_WINDOW = 60;

interface Found {
  n: QuoteNumber;
  unit: Unit;
  factor: number;
  /** where its unit word ends, in the sentence */
  unitEnd: number;
  /** the unit word as written: a Kazakh ablative ("күннен") marks the "from" of a pair */
  unitWord: string;
}

/** The dataset's unit of a number, from the words after it (or, failing that, a few words before). */
function unitOf(s: string, n: QuoteNumber): Omit<Found, 'n'> | null {
  const end = n.index + n.text.length;
  if (n.kind === 'percent') return { unit: '%', factor: 1, unitEnd: end, unitWord: '' };
  if (n.kind === 'multiple') return { unit: 'x', factor: 1, unitEnd: end, unitWord: '' };
  const after = s.slice(end);
  for (const u of UNIT_RES) {
    const m = u.re.exec(after);
    if (m) {
      const perYear = u.unit === 'mn t' && PER_YEAR_RE.test(m[0]);
      return {
        unit: perYear ? 'mn t/yr' : u.unit,
        factor: u.factor,
        unitEnd: end + m[0].length,
        unitWord: m[0].trim(),
      };
    }
  }
  if (MONEY_BEFORE_RE.test(s.slice(0, n.index))) return { unit: 'bn USD', factor: 1e-9, unitEnd: end, unitWord: '' };
  // the thing counted named before the number ("число контейнеров до 300 тысяч"), in the same clause
  const before =
    s
      .slice(Math.max(0, n.index - UNIT_BEFORE_WINDOW), n.index)
      .split(/[,;:–—]/u)
      .pop() ?? '';
  if (/(?<!\p{L})(?:контейнер|container)\p{L}*/iu.test(before))
    return { unit: 'containers', factor: 1, unitEnd: end, unitWord: '' };
  if (/(?<!\p{L})TEU(?!\p{L})/u.test(before)) return { unit: 'TEU', factor: 1, unitEnd: end, unitWord: '' };
  return null;
}

const round = (v: number) => Number(v.toPrecision(10));

function figureValue(f: Found): { value: number | null; low?: number; high?: number } {
  const k = f.n.scale * f.factor;
  if (f.n.value !== null) return { value: round(f.n.value * k) };
  return { value: null, low: round((f.n.low ?? 0) * k), high: round((f.n.high ?? 0) * k) };
}

/** A number written as a word ("пять", "бес") or digits. */
const count = (w: string | undefined) => (w ? (NUMBER_WORDS[w.toLowerCase()] ?? Number(w)) : NaN);

/** The years named in a clause, in order, that are not a deadline. */
function yearsIn(s: string, deadlines: Span[]): { year: number; index: number }[] {
  YEAR_RE.lastIndex = 0;
  return [...s.matchAll(YEAR_RE)]
    .filter((m) => !deadlines.some((d) => m.index >= d.start && m.index < d.end))
    .map((m) => ({ year: Number(m[1]), index: m.index }));
}

function deadlineIn(s: string): { deadline: string; span: Span } | null {
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

const monthOf = (w: string) => {
  const low = w.toLowerCase();
  const key = Object.keys(MONTHS)
    .filter((k) => low.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key ? MONTHS[key]! : null;
};
const pad = (n: number) => String(n).padStart(2, '0');

interface Context {
  year: number;
  month: string;
  /** a year the previous sentence spoke of ("в прошлом году" → 2020), for a change that compares with it */
  previousYear: number | null;
}

/** When an actual or capacity is: its period and kind. */
function whenActual(
  s: string,
  f: Found,
  ctx: Context,
  deadlines: Span[],
): { period: string | null; periodKind: PeriodKind | null } {
  const span = MONTH_SPAN_RE.exec(s);
  if (span?.groups) {
    const a = monthOf(span.groups.from ?? '');
    const b = monthOf(span.groups.to ?? '');
    const y = span.groups.year ? Number(span.groups.year) : ctx.year;
    if (a && b && a < b) return { period: `${y}-${pad(a)}/${y}-${pad(b)}`, periodKind: 'part-year' };
  }
  // the year nearest before the number in its clause, else the nearest after it
  const years = yearsIn(s, deadlines);
  const clauseStart = Math.max(0, s.lastIndexOf(',', f.n.index) + 1, s.lastIndexOf(';', f.n.index) + 1);
  const before = years.filter((y) => y.index < f.n.index && y.index >= clauseStart).at(-1);
  const after = years.find((y) => y.index > f.n.index);
  const explicit = before ?? (years.length === 1 ? after : undefined);
  if (explicit) return { period: String(explicit.year), periodKind: 'year' };
  if (LAST_YEAR_RE.test(s)) return { period: String(ctx.year - 1), periodKind: 'year' };
  if (THIS_YEAR_RE.test(s)) return { period: String(ctx.year), periodKind: 'year' };
  // "уже", "сегодня", a share or a capacity with no date: as it stood when the words were said
  return { period: ctx.month, periodKind: 'as-of' };
}

/** When a change is: the two periods it compares, or the span of years it runs over. */
function whenChange(
  s: string,
  ctx: Context,
  deadlines: Span[],
): { period: string | null; periodKind: PeriodKind | null } {
  const compared = COMPARED_RE.exec(s);
  if (compared) return { period: `${compared[1]}/${NOW_RE.test(s) ? ctx.year : ctx.year - 1}`, periodKind: 'between' };
  const years = yearsIn(s, deadlines).map((y) => y.year);
  if (years.length >= 2) return { period: `${Math.min(...years)}/${Math.max(...years)}`, periodKind: 'between' };
  const spanYears = YEARS_SPAN_RE.exec(s);
  if (spanYears?.groups) {
    const n = count(spanYears.groups.n ?? spanYears.groups.nk);
    const end = years[0] ?? (LAST_YEAR_RE.test(s) ? ctx.year - 1 : null);
    if (Number.isFinite(n) && end !== null) return { period: `${end - n}/${end}`, periodKind: 'years-to' };
    if (Number.isFinite(n))
      return {
        period: `${Number(ctx.month.slice(0, 4)) - n}${ctx.month.slice(4)}/${ctx.month}`,
        periodKind: 'years-to',
      };
  }
  const ref = LAST_YEAR_RE.test(s) ? ctx.year - 1 : THIS_YEAR_RE.test(s) ? ctx.year : null;
  if (years.length === 1) {
    const other = ref ?? ctx.previousYear;
    if (other !== null && other !== years[0])
      return { period: `${Math.min(years[0]!, other)}/${Math.max(years[0]!, other)}`, periodKind: 'between' };
  }
  if (ref !== null) return { period: `${ref - 1}/${ref}`, periodKind: 'between' };
  return { period: null, periodKind: null };
}

/** Which way a change goes, by the verb nearest its number. */
function directionOf(s: string, at: number): 'increase' | 'decrease' {
  const near = (r: RegExp) => {
    const g = new RegExp(r.source, 'giu');
    let best = Infinity;
    for (const m of s.matchAll(g)) best = Math.min(best, Math.abs(m.index - at));
    return best;
  };
  return near(DECREASE_RE) < near(INCREASE_RE) ? 'decrease' : 'increase';
}

function kindOf(s: string, f: Found, horizon: boolean, deadline: boolean): FigureKind {
  if (f.unit === 'x') return 'change';
  if (f.unit === '%' && (INCREASE_RE.test(s) || DECREASE_RE.test(s))) return 'change';
  const before = s.slice(0, f.n.index);
  const after = s.slice(f.unitEnd);
  const aimed = TARGET_BEFORE.test(before) || TARGET_AFTER.test(after);
  if (GOAL_RE.test(s) && (aimed || horizon || deadline)) return 'goal';
  if (f.unit === 'mn t/yr' || CAPACITY_RE.test(s)) return 'capacity';
  if (FORECAST_RE.test(s) && (aimed || deadline)) return 'forecast';
  return 'actual';
}

/** Every figure the article states, in reading order. */
export function readArticle({ text, lang, date, indicators = [] }: ArticleInput): Candidate[] {
  const ctx: Context = { year: Number(date.slice(0, 4)), month: date.slice(0, 7), previousYear: null };
  const out: Candidate[] = [];
  for (const span of articleSpans(text)) {
    for (const sentence of sentences(text, span)) {
      const s = text.slice(sentence.start, sentence.end);
      const q = quoteSpan(text, sentence);
      const numbers = extractQuoteNumbers(s).filter((n) => !n.year);
      const found: Found[] = numbers.flatMap((n) => {
        const u = unitOf(s, n);
        // a likelihood ("с вероятностью 80 процентов") is no share of anything the dataset counts
        if (u?.unit === '%' && LIKELIHOOD_RE.test(s.slice(Math.max(0, n.index - 40), n.index + n.text.length + 40)))
          return [];
        return u ? [{ n, ...u }] : [];
      });
      // "с 53 до 19-23 дней": a bare number takes the unit of the one it runs to
      for (const n of numbers)
        if (!found.some((f) => f.n === n)) {
          const next = found.find((f) => f.n.index > n.index && f.n.kind === 'plain');
          const gap = next ? s.slice(n.index + n.text.length, next.n.index) : '';
          if (next && /^\s*(?:до|to|[-–—])\s*$/iu.test(gap))
            found.push({ n, unit: next.unit, factor: next.factor, unitEnd: n.index + n.text.length, unitWord: '' });
        }
      found.sort((a, b) => a.n.index - b.n.index);
      // a deadline is a goal's or forecast's ("к 2030 году"); "2010 жылдан 2022 жылға дейін" is a span
      const aims = GOAL_RE.test(s) || FORECAST_RE.test(s);
      const dl = aims ? deadlineIn(s) : null;
      const horizon = HORIZON_RE.exec(s);
      const deadlines = dl ? [dl.span] : [];
      const first = out.length;
      const pairYears = yearsIn(s, deadlines);
      found.forEach((f, i) => {
        const kind = kindOf(s, f, !!horizon, !!dl);
        const isFrom =
          kind === 'actual' &&
          (FROM_RE.test(s.slice(0, f.n.index)) || /(?:нан|нен|тан|тен|дан|ден)$/u.test(f.unitWord)) &&
          found.slice(i + 1).some((g) => g.unit === f.unit);
        const isTo = kind === 'actual' && found.slice(0, i).some((g) => g.unit === f.unit && g !== f) && i > 0;
        let when: { period: string | null; periodKind: PeriodKind | null };
        if (kind === 'change') when = whenChange(s, ctx, deadlines);
        else if (kind === 'goal' || kind === 'forecast') when = { period: null, periodKind: null };
        else if ((isFrom || isTo) && pairYears.length === 2)
          when = { period: String(pairYears[isFrom ? 0 : 1]!.year), periodKind: 'year' };
        else if (isFrom) when = { period: null, periodKind: null };
        else when = whenActual(s, f, ctx, deadlines);
        const figure = {
          kind,
          ...figureValue(f),
          unit: f.unit,
          qualifier: (f.n.qualifier as Qualifier | null) ?? null,
          ...(kind === 'change' ? { direction: directionOf(s, f.n.index) } : {}),
          ...when,
          deadline: kind === 'goal' || kind === 'forecast' ? (dl?.deadline ?? null) : null,
          horizon: (kind === 'goal' || kind === 'forecast') && !dl && horizon ? horizon[0] : null,
          quote: text.slice(q.start, q.end),
          start: q.start,
          end: q.end,
          number: {
            text: f.n.text,
            start: sentence.start + f.n.index,
            end: sentence.start + f.n.index + f.n.text.length,
          },
          relates: [],
        };
        // the figures before it in the same paragraph set the scene ("this figure", "Это на 11,2% ниже")
        const previous = [...out].reverse().find((c) => c.indicator && c.start >= span.start)?.indicator ?? null;
        const match = matchIndicator(s, figure, lang, indicators, previous);
        out.push({ ...figure, indicator: match.indicator, proposal: match.proposal });
      });
      // a change relates the figures stated beside it (or, failing those, in the sentence before)
      for (let i = first; i < out.length; i++) {
        const c = out[i]!;
        if (c.kind !== 'change') continue;
        const near = (from: number, to: number) =>
          out
            .slice(from, to)
            .map((x, j) => ({ x, j: j + from }))
            .filter(({ x }) => x.kind === 'actual' && x.period !== null);
        const here = near(first, out.length);
        c.relates = (here.length >= 2 ? here : [...near(Math.max(0, first - 4), first), ...here]).map(({ j }) => j);
      }
      const spoken = LAST_YEAR_RE.test(s) ? ctx.year - 1 : THIS_YEAR_RE.test(s) ? ctx.year : null;
      if (spoken !== null) ctx.previousYear = spoken;
      else if (numbers.length) ctx.previousYear = null;
    }
  }
  return out;
}
