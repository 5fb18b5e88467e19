import type { FigureKind, Indicator, Language, PeriodKind, Qualifier, Unit } from '../dataset-schema';
import { extractQuoteNumbers, type QuoteNumber } from '../quote-numbers';
import { APPROX_BEFORE_NUMBER, qualifierOfWord } from '../quote-words';
import { matchIndicator } from './match-indicator';
import { articleSpans, quoteSpan, sentences, type Span } from './text';
import {
  DEADLINE,
  HORIZONS,
  LAST_YEAR,
  MONTH_SPAN,
  THIS_YEARS_MONTH,
  MONTHS,
  NEXT_YEAR,
  NOW_WORDS,
  PART_YEAR,
  THIS_YEAR,
  YEAR_MENTION,
} from './time-words';
import {
  ANALYSTS,
  AS_OF_DAY,
  CAPACITY_WORDS,
  COMPARATIVE_AFTER,
  COMPARED_YEAR,
  DECREASE_WORDS,
  EARLIER,
  FORECAST_STRONG,
  FORECAST_WORDS,
  FROM_MARK,
  GOAL_WORDS,
  INCREASE_WORDS,
  LIKELIHOOD,
  MONEY_BEFORE,
  NUMBER_WORDS,
  PER_UNIT,
  PER_YEAR,
  SAME_PERIOD,
  SHARE_OF,
  SINCE_YEAR,
  THIS_PERIOD,
  UNIT_AFTER,
  WORD_NUMBER,
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
const COMPARED_RE = re(COMPARED_YEAR, 'giu');
const SAME_PERIOD_RE = re(SAME_PERIOD, 'giu');
const THIS_PERIOD_RE = re(THIS_PERIOD);
const ANALYSTS_RE = re(ANALYSTS);
const LAST_YEAR_G = re(LAST_YEAR, 'giu');
const NOW_G = re(NOW_WORDS, 'giu');
const NEXT_YEAR_RE = re(NEXT_YEAR);
const FORECAST_STRONG_RE = re(FORECAST_STRONG);
const EARLIER_RE = re(EARLIER);
const SINCE_RE = re(SINCE_YEAR);
const PER_UNIT_RE = re(PER_UNIT);
const SHARE_OF_RE = re(SHARE_OF);
const AS_OF_DAY_RE = re(AS_OF_DAY);
/** "half a million tonnes", "полмиллиона", "жарты миллион", "half a billion dollars"; "a quarter of a million". */
const HALF_MILLION_RE =
  /(?<!\p{L})(?:(?<half>half\s+a\s+(?:m|(?<hb>b))illion|полмилли(?<hr>ард)?\p{L}*|пол\s+милли(?<hr2>ард)?\p{L}*|жарты\s+милли(?<hk>ард)?\p{L}*)|(?:a\s+)?quarter\s+of\s+a\s+(?:m|(?<qb>b))illion|четверть\s+милли(?<qr>ард)?\p{L}*|ширек\s+милли(?<qk>ард)?\p{L}*)(?!\p{L})/giu;
const COMPARATIVE_AFTER_RE = re(COMPARATIVE_AFTER);
const PART_YEAR_RES = PART_YEAR.map((p) => ({ re: re(p.pattern), months: p.months }));
const WORD_NUMBER_RE = re(WORD_NUMBER, 'giu');
const APPROX_BEFORE_RE = re(APPROX_BEFORE_NUMBER);
const CHANGE_VERB_RE = re(`${INCREASE_WORDS}|${DECREASE_WORDS}`);
/** The end of the year as a deadline: "по итогам года", "by the end of the year", "жыл қорытындысы бойынша". */
const YEAR_END_RE =
  /(?<!\p{L})(?:по\s+итогам\s+(?:текущего\s+|этого\s+)?года|by\s+(?:the\s+end\s+of\s+the\s+year|year-end)|жыл\s+қорытындысы\s+бойынша)(?!\p{L})/iu;
const THIS_YEAR_G = re(THIS_YEAR, 'giu');
/** "жылына 5 млн тонна", "annually 8 million tonnes": a tonnage per year said before the number. */
const PER_YEAR_BEFORE =
  /(?<!\p{L})(?:жылына|жылдық|annually|annual|годов\p{L}*|в\s+год|a\s+year|per\s+year)(?!\p{L})/iu;
const MONTH_SPAN_RE = re(MONTH_SPAN);
const THIS_YEARS_MONTH_RE = re(THIS_YEARS_MONTH);
const YEARS_SPAN_RE = re(YEARS_SPAN);
const FROM_RE = re(FROM_MARK);
const MONEY_BEFORE_RE = re(MONEY_BEFORE);
const LIKELIHOOD_RE = re(LIKELIHOOD);
/** Volumes that run over a period (a time or a capacity is a state, as it stands when said). */
const FLOW_UNITS: ReadonlySet<string> = new Set(['bn USD', 'mn t', 'TEU', 'containers']);
/** Days, hours: a sentence about a time, which the story's year does not date. */
const TIME_UNIT_RE = /(?<!\p{L})(?:дн\p{L}*|дней|сут\p{L}*|час\p{L}*|күн\p{L}*|сағат\p{L}*|days?|hours?)(?!\p{L})/iu;
/** "с 9 до 5–6 дней", "from 25 to 12 days": a change between two states, dated by them, not the story. */
const FROM_TO_RE = /(?<!\p{L})(?:с|со|от|from)\s+[\d$]/iu;
/** A season of two calendar years: "the 2024/25 marketing year", "сезон 2024/2025", "2024/25 маркетингтік жылы". */
const SEASON_WORDS = String.raw`(?:marketing\s+year|crop\s+year|season|сельскохозяйственн\p{L}*\s+год\p{L}*|сельхозгод\p{L}*|маркетингов\p{L}*\s+год\p{L}*|сезон\p{L}*|маркетингтік\s+жыл\p{L}*|маусым\p{L}*)`;
const SEASON_RE = new RegExp(
  String.raw`(?<!\d)(?<a>(?:19|20)\d{2})\s*[/–-]\s*(?:\d{2}|(?:19|20)\d{2})(?!\d)(?:\s*(?:ж\.|жылғы|-?ж(?!\p{L})))?\s+${SEASON_WORDS}|${SEASON_WORDS}\s+(?<c>(?:19|20)\d{2})\s*[/–-]\s*(?:\d{2}|(?:19|20)\d{2})(?!\d)`,
  'giu',
);
/** "с нынешних", "from the current", "қазіргі": the number after is the state now. */
const CURRENT_BEFORE_RE =
  /(?<!\p{L})(?:(?:с|со|от|from)\s+)?(?:нынешн\p{L}*|текущ\p{L}*|(?:the\s+)?current|(?:today's|present)|қазіргі)\s+(?:\$|US\$)?$/iu;
/** A loan or credit: a sum lent, not a volume of trade. */
const LOAN_RE = /(?<!\p{L})(?:loans?|credit\s+line|кредит\p{L}*|займ\p{L}*|заём|несие\p{L}*)(?!\p{L})/iu;
/** A future form: "will handle", "будет перерабатывать", "өңдейтін болады". */
const FUTURE_RE = /(?<!\p{L})(?:will|будет|будут|сможет|смогут|болады)(?!\p{L})/iu;
/** A percentage that is a rate or a content, not a volume or a change: interest, a base rate, protein, a market share. */
const RATE_OR_CONTENT_RE =
  /(?<!\p{L})(?:годовых|per\s+annum|interest|(?:refinancing|policy|key|base)\s+rate|loan|кредит\p{L}*|займ\p{L}*|несие\p{L}*|fee|комисси\p{L}*|базов\p{L}*\s+ставк\p{L}*|ставк\p{L}*|мөлшерлем\p{L}*|protein|белк\p{L}*|протеин\p{L}*|ақуыз\p{L}*|market\s+share|share\s+of\s+the\s+market|доля\s+на\s+рынке|дол\p{L}*\s+рынка|нарықтағы\s+үлес\p{L}*)(?!\p{L})/iu;
/** "до 20 млрд", "to 10 mn t", "23 млрд долларға дейін", "5 күнге жеткізу": the number a goal reaches for. */
const TARGET_BEFORE =
  /(?:(?<!\p{L})(?:до|to|reach|at|to\s+(?:carry|ship|handle|transport|move|bring))\s+(?:\$|US\$|USD\s*)?)$/iu;
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
  /** whether the unit is written right after the number (not guessed from the words before it) */
  direct: boolean;
  /** a range read from two numbers ("от 15 до 18 дней", "13 to 16 days"): its "от" is not a "from" */
  joined?: boolean;
}

/** The dataset's unit of a number, from the words after it (or, failing that, a few words before). */
function unitOf(s: string, n: QuoteNumber): Omit<Found, 'n'> | null {
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
  if (/(?<!\p{L})(?:контейнер|container)\p{L}*/iu.test(before))
    return { unit: 'containers', factor: 1, unitEnd: end, unitWord: '', direct: false };
  if (/(?<!\p{L})TEU(?!\p{L})/u.test(before))
    return { unit: 'TEU', factor: 1, unitEnd: end, unitWord: '', direct: false };
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
interface Mark {
  year: number;
  index: number;
  written: boolean;
  /** "сейчас", "қазір", "now": the moment of speaking, not a year */
  now?: boolean;
  /** the year a change compares with ("чем в 2023 году", "өткен жылдың сәйкес кезеңімен") */
  compared: boolean;
}

function allMatches(r: RegExp, s: string): RegExpExecArray[] {
  r.lastIndex = 0;
  return [...s.matchAll(r)];
}

/** Every year a sentence dates by, in reading order. */
function timeMarks(s: string, ctx: Context, deadlines: Span[]): Mark[] {
  const comparedAt = [...allMatches(COMPARED_RE, s), ...allMatches(SAME_PERIOD_RE, s)].map((m) => ({
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
function nowMarks(s: string, ctx: Context): Mark[] {
  return allMatches(NOW_G, s).map((m) => ({
    year: ctx.year,
    index: m.index,
    written: false,
    compared: false,
    now: true,
  }));
}

/** The clause of a sentence a number is in: between the commas or semicolons around it ("45,000" is one number). */
function clauseOf(s: string, at: number): Span {
  const breaks = [...s.matchAll(/[,;:–—](?=\s)/gu)].map((m) => m.index);
  return {
    start: (breaks.filter((b) => b < at).at(-1) ?? -1) + 1,
    end: breaks.find((b) => b >= at) ?? s.length,
  };
}

/** A span of months the sentence names ("за январь–сентябрь 2024 года"), as a part-year period. */
function monthSpan(s: string, ctx: Context): string | null {
  const span = MONTH_SPAN_RE.exec(s);
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
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
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
  return null;
}

/** A year-like integer (1900–2100, no scale word): "since 2020", "in 2024". */
function isYearLike(n: QuoteNumber): boolean {
  return (
    n.kind === 'plain' &&
    n.scale === 1 &&
    n.value !== null &&
    Number.isInteger(n.value) &&
    n.value >= 1900 &&
    n.value <= 2100
  );
}

/** Numbers written as words before a unit: "about four days", "бес күн". */
function wordNumbers(s: string): QuoteNumber[] {
  WORD_NUMBER_RE.lastIndex = 0;
  const out: QuoteNumber[] = [];
  for (const m of s.matchAll(HALF_MILLION_RE)) {
    const approx =
      APPROX_BEFORE_RE.exec(s.slice(0, m.index))?.[1] ??
      /^\s+\p{L}*\s*(шақты|шамасы)(?!\p{L})/u.exec(s.slice(m.index + m[0].length))?.[1] ??
      null;
    out.push({
      text: m[0],
      index: m.index,
      kind: 'plain',
      value: m.groups?.half !== undefined ? 0.5 : 0.25,
      low: null,
      high: null,
      scale: ['hb', 'hr', 'hr2', 'hk', 'qb', 'qr', 'qk'].some((k) => m.groups?.[k]) ? 1e9 : 1e6,
      year: false,
      approx,
      qualifier: approx ? qualifierOfWord(approx) : null,
    });
  }
  for (const m of s.matchAll(WORD_NUMBER_RE)) {
    const rest = s.slice(m.index + m[0].length);
    if (!UNIT_RES.some((u) => u.re.test(rest))) continue;
    const value = count(m.groups?.w);
    if (!Number.isFinite(value)) continue;
    const approx = APPROX_BEFORE_RE.exec(s.slice(0, m.index))?.[1] ?? null;
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

/** A goal's or forecast's deadline said in words: "биыл", "next year", "по итогам года", or a forecast's year. */
function spokenDeadline(s: string, ctx: Context): { deadline: string; span: Span } | null {
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

/** When an actual or capacity is: its period and kind. */
function whenActual(
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
  const samePeriod = THIS_PERIOD_RE.test(s);
  // a sentence with no time of its own goes on in the months the one before named
  const flow = f.unit === 'bn USD' || f.unit === 'mn t' || f.unit === 'TEU' || f.unit === 'containers';
  const silent = flow && !samePeriod && !marks.length && !NOW_RE.test(s) && ctx.previousSpan !== null;
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
  if (EARLIER_RE.test(own) && !inClause.some((m) => m.written)) return { period: null, periodKind: null };
  return (
    // the nearest year (or "now") before the number in its clause, else after it in its clause
    year(inClause.filter((m) => m.index < at).at(-1)) ??
    year(inClause.find((m) => m.index > at)) ??
    // else the year the sentence spoke of before it ("в прошлом году …, а контейнеров – 58 тысяч")
    year(marks.filter((m) => m.index < at && (!m.compared || m.index < clause.start)).at(-1)) ??
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

const between = (a: number, b: number) => ({
  period: `${Math.min(a, b)}/${Math.max(a, b)}`,
  periodKind: 'between' as const,
});

/** When a change is: the two periods it compares, or the span of years it runs over. */
function whenChange(
  s: string,
  f: Found,
  ctx: Context,
  marks: Mark[],
): { period: string | null; periodKind: PeriodKind | null } {
  const written = marks.filter((m) => m.written && !m.compared).map((m) => m.year);
  const span = monthSpan(s, ctx) ?? (THIS_PERIOD_RE.test(s) ? ctx.previousSpan : null);
  // against the same months a year before: "на 7,4% больше, чем за аналогичный период прошлого года"
  const ref = LAST_YEAR_RE.test(s) ? ctx.year - 1 : THIS_YEAR_RE.test(s) ? ctx.year : null;
  if (allMatches(SAME_PERIOD_RE, s).length) {
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
    return between(y - 1, y);
  }
  const compared = allMatches(COMPARED_RE, s)[0];
  if (compared?.groups) {
    const base = Number(compared.groups.y1 ?? compared.groups.y2 ?? compared.groups.y3);
    const clause = clauseOf(s, f.n.index);
    const other =
      marks.find((m) => !m.compared && m.year !== base && m.index >= clause.start && m.index < clause.end)?.year ??
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
  if (written.length >= 2) return between(Math.min(...written), Math.max(...written));
  const spanYears = YEARS_SPAN_RE.exec(s);
  if (spanYears?.groups) {
    const n = count(spanYears.groups.n ?? spanYears.groups.nk);
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

/** "+14% compared with 2024", "−4% year on year": a percentage written with its sign. */
function signOf(s: string, f: Found): 'increase' | 'decrease' | null {
  const sign = /(?:^|[\s(])([+−–-])\s?$/u.exec(s.slice(Math.max(0, f.n.index - 3), f.n.index))?.[1];
  return sign === '+' ? 'increase' : sign ? 'decrease' : null;
}

/** Which way a change goes, by its sign or the verb nearest its number. */
function directionOf(s: string, f: Found): 'increase' | 'decrease' {
  const sign = signOf(s, f);
  if (sign) return sign;
  // "на 9,4% больше", "24 пайызға көп", "6% more than": the word right after says it
  const comparative = COMPARATIVE_AFTER_RE.exec(s.slice(f.unitEnd));
  if (comparative?.groups) return comparative.groups.down ? 'decrease' : 'increase';
  const at = f.n.index;
  const near = (r: RegExp) => {
    const g = new RegExp(r.source, 'giu');
    let best = Infinity;
    for (const m of s.matchAll(g)) best = Math.min(best, Math.abs(m.index - at));
    return best;
  };
  return near(DECREASE_RE) < near(INCREASE_RE) ? 'decrease' : 'increase';
}

/**
 * What kind of figure a number is, by the words of its part of the sentence: from the end of the
 * clause of the number before it (or the sentence's start) to the end of its own clause. "Мощность
 * составляет 6 млн тонн в год, до конца 2026 года её планируется увеличить до 10 млн тонн" is a
 * capacity, then a goal. A deadline or horizon counts for the whole sentence.
 */
function kindOf(s: string, scope: string, f: Found, horizon: boolean, deadline: boolean): FigureKind {
  if (f.unit === 'x') return 'change';
  if (
    f.unit === '%' &&
    (INCREASE_RE.test(scope) ||
      DECREASE_RE.test(scope) ||
      COMPARATIVE_AFTER_RE.test(s.slice(f.unitEnd)) ||
      signOf(s, f) !== null)
  )
    return 'change';
  const before = s.slice(0, f.n.index);
  const after = s.slice(f.unitEnd);
  // "увеличить с нынешних 15 млн тонн до 25 млн", "from the current 15 mn t": the state now, not the aim
  if (CURRENT_BEFORE_RE.test(before)) return f.unit === 'mn t/yr' || CAPACITY_RE.test(s) ? 'capacity' : 'actual';
  const aimed = TARGET_BEFORE.test(before) || TARGET_AFTER.test(after);
  const ahead = aimed || horizon || deadline;
  // a forecast by its words ("по прогнозу", "могут достичь", "мүмкін"), or an analyst's or a bank's expectation
  if (ahead && (FORECAST_STRONG_RE.test(scope) || (FORECAST_RE.test(scope) && ANALYSTS_RE.test(s)))) return 'forecast';
  if (GOAL_RE.test(scope) && ahead) return 'goal';
  if (f.unit === 'mn t/yr' || CAPACITY_RE.test(scope)) return 'capacity';
  // a government's "expects … in the medium term" is its aim; "expects … by 2027", a forecast
  if (FORECAST_RE.test(scope) && ahead) return horizon ? 'goal' : 'forecast';
  return 'actual';
}

/** Every figure the article states, in reading order. */
export function readArticle({ text, lang, date, indicators = [] }: ArticleInput): Candidate[] {
  const ctx: Context = {
    year: Number(date.slice(0, 4)),
    month: date.slice(0, 7),
    previousYear: null,
    previousSpan: null,
    threadYear: null,
  };
  const out: Candidate[] = [];
  const spans = articleSpans(text);
  // the headline and section lines before the first sentence: a headline restates a figure the body
  // gives (the body's is the one to record), with no full stop
  const opening = spans.findIndex((sp) => {
    const line = text.slice(sp.start, sp.end);
    return /[.!?…]["»”’)]*\s*$/u.test(line) && line.trim().split(/\s+/u).length >= 8;
  });
  // and after the last sentence, the page's tail: tags, credits, lists of other headlines
  let closing = spans.length - 1;
  while (closing > opening && !/[.!?…]["»”’)]*\s*$/u.test(text.slice(spans[closing]!.start, spans[closing]!.end)))
    closing--;
  for (const span of spans.slice(Math.max(0, opening), closing + 1)) {
    for (const sentence of sentences(text, span)) {
      const s = text.slice(sentence.start, sentence.end);
      const q = quoteSpan(text, sentence);
      const numbers = [...extractQuoteNumbers(s, lang).filter((n) => !n.year), ...wordNumbers(s)].sort(
        (a, b) => a.index - b.index,
      );
      const found: Found[] = numbers.flatMap((n) => {
        const u = unitOf(s, n);
        // a likelihood ("с вероятностью 80 процентов") is no share of anything the dataset counts
        if (u?.unit === '%' && LIKELIHOOD_RE.test(s)) return [];
        // nor a rate or a content ("под 17,5% годовых", "base rate at 16.5%", "12.5% protein", "доля на рынке — 12%")
        if (
          u?.unit === '%' &&
          RATE_OR_CONTENT_RE.test(s.slice(Math.max(0, n.index - 60), n.index + n.text.length + 30))
        )
          return [];
        // nor a share of a whole ("приходится около 85%", "accounts for about 45%")
        if (u?.unit === '%' && SHARE_OF_RE.test(s.slice(clauseOf(s, n.index).start, n.index + n.text.length + 30)))
          return [];
        // a year ("since 2020", "in 2024") is not a count, unless its unit is written right after it
        if (u && !u.direct && isYearLike(n)) return [];
        // a price ("$230 за тонну", "тоннасына 215 доллар", "$240 per tonne") is not a volume
        if (u?.unit === 'bn USD' && PER_UNIT_RE.test(s.slice(Math.max(0, n.index - 25), n.index + n.text.length + 40)))
          return [];
        // nor is a loan ("a $150 million loan", "кредит на 50 млн долларов") the value of any trade
        if (u?.unit === 'bn USD' && LOAN_RE.test(s.slice(clauseOf(s, n.index).start, clauseOf(s, n.index).end)))
          return [];
        // nor is a sum under a million dollars the volume of anything the dataset counts
        if (u?.unit === 'bn USD' && (n.value ?? n.high ?? 0) * n.scale * u.factor < 0.001) return [];
        return u ? [{ n, ...u }] : [];
      });
      // "с 53 до 19-23 дней", "in 13 to 16 days": a bare number takes the unit of the one it runs to
      for (const n of numbers)
        if (!found.some((f) => f.n === n) && !isYearLike(n)) {
          const next = found.find((f) => f.n.index > n.index && f.n.kind === 'plain');
          const gap = next ? s.slice(n.index + n.text.length, next.n.index) : '';
          const and = /^\s*(?:and|и|және|мен)\s*$/iu.test(gap) && /(?:between|между)\s+$/iu.test(s.slice(0, n.index));
          if (!next) {
            // "96 тыс. TEU, так что … рассчитываем выйти не менее чем на 120 тысяч": an aim in the unit said before it
            const prev = [...found].reverse().find((f) => f.n.index < n.index && f.unit !== '%');
            if (
              prev &&
              n.scale >= 1000 &&
              GOAL_RE.test(s.slice(prev.unitEnd, n.index)) &&
              /^\s*(?:[.,;]|$)/u.test(s.slice(n.index + n.text.length))
            )
              found.push({
                n,
                unit: prev.unit,
                factor: prev.factor,
                unitEnd: n.index + n.text.length,
                unitWord: '',
                direct: false,
              });
            continue;
          }
          if (!/^\s*(?:до|to|[-–—])\s*$/iu.test(gap) && !and) continue;
          const clause = clauseOf(s, n.index);
          const changes = CHANGE_VERB_RE.test(s.slice(clause.start, clause.end));
          // a range ("от 15 до 18 дней", "in 13 to 16 days"): low to high, said as one span, no change
          if (next.n.value !== null && n.value !== null && n.value < next.n.value && (!changes || and)) {
            found.splice(found.indexOf(next), 1, {
              ...next,
              joined: true,
              n: {
                ...next.n,
                text: s.slice(n.index, next.n.index + next.n.text.length),
                index: n.index,
                value: null,
                low: n.value,
                high: next.n.value,
                qualifier: n.qualifier ?? next.n.qualifier,
              },
            });
          } else
            found.push({
              n,
              unit: next.unit,
              factor: next.factor,
              unitEnd: n.index + n.text.length,
              unitWord: '',
              direct: false,
            });
        }
      found.sort((a, b) => a.n.index - b.n.index);
      // a tonnage a capacity sentence gives is a capacity's, per year ("мощность … 25 млн тонн")
      if (CAPACITY_RE.test(s)) for (const f of found) if (f.unit === 'mn t') f.unit = 'mn t/yr';
      // a deadline is a goal's or forecast's ("к 2030 году"); "2010 жылдан 2022 жылға дейін" is a span
      const aims =
        GOAL_RE.test(s) || FORECAST_RE.test(s) || ((CAPACITY_RE.test(s) || PER_YEAR_RE.test(s)) && FUTURE_RE.test(s));
      const dl = aims ? (deadlineIn(s) ?? spokenDeadline(s, ctx)) : null;
      const horizon = HORIZON_RE.exec(s);
      const deadlines = dl ? [dl.span] : [];
      const first = out.length;
      const pairYears = yearsIn(s, deadlines);
      const marks = timeMarks(s, ctx, deadlines);
      const scopes: string[] = [];
      found.forEach((f, i) => {
        const prev = found[i - 1];
        const end = clauseOf(s, f.n.index).end;
        // "can handle 1.8 million tonnes and 40,000 containers": one clause, one scope for both
        scopes.push(
          prev && clauseOf(s, prev.n.index).end >= end
            ? scopes[i - 1]!
            : s.slice(prev ? clauseOf(s, prev.n.index).end : 0, end),
        );
      });
      const kinds = found.map((f, i) => kindOf(s, scopes[i]!, f, !!horizon, !!dl));
      // "довести … до 10 млн тонн, а контейнеров — до 500 тысяч": an aim runs on to the numbers after it
      // where each number's part of the sentence starts and ends (its scope), to place a deadline or horizon
      const scopeAt = found.map((f, i) => ({
        start: found[i - 1] ? clauseOf(s, found[i - 1]!.n.index).end : 0,
        end: clauseOf(s, f.n.index).end,
      }));
      const inScope = (i: number, at: number | undefined) =>
        at !== undefined && at >= scopeAt[i]!.start && at < scopeAt[i]!.end;
      kinds.forEach((k, i) => {
        const prev = kinds[i - 1];
        // a capacity with a deadline of its own ("which opens in 2027, is designed for 1.5 million tonnes") is planned
        if (k === 'capacity' && dl && inScope(i, dl.span.start) && Number(dl.deadline.slice(0, 4)) >= ctx.year)
          kinds[i] = 'goal';
        if (
          (k === 'actual' || k === 'capacity') &&
          (prev === 'goal' || prev === 'forecast') &&
          found[i]!.unit !== '%'
        ) {
          const f = found[i]!;
          if (TARGET_BEFORE.test(s.slice(0, f.n.index)) || TARGET_AFTER.test(s.slice(f.unitEnd))) kinds[i] = prev;
        }
        // "targeting over 3.6 mn t this year and, over the medium term, 150,000 TEU": joined by "and", the same aim
        if (k === 'actual' && (prev === 'goal' || prev === 'capacity') && found[i]!.unit !== '%') {
          const gap = s.slice(found[i - 1]!.unitEnd, found[i]!.n.index);
          if (
            gap.length < 60 &&
            /(?<!\p{L})(?:and|и|а\s+также|және|сондай-ақ)(?!\p{L})/iu.test(gap) &&
            !CHANGE_VERB_RE.test(gap)
          )
            kinds[i] = prev;
        }
      });
      // "from A to B" ("с 53 до 19-23 дней", "5 млн тоннадан 25 млн тоннаға", "down from 25 days"): A is
      // the earlier state, B the one now; both actuals or both capacities of one unit
      const paired = (k: FigureKind) => k === 'actual' || k === 'capacity';
      const isFrom = found.map(
        (f, i) =>
          paired(kinds[i]!) &&
          ((!f.joined && FROM_RE.test(s.slice(0, f.n.index))) ||
            // "5 млн тоннадан 25 млн тоннаға", but not "150 мың тоннадан астам" (more than)
            (/(?:нан|нен|тан|тен|дан|ден)$/u.test(f.unitWord) &&
              !/^[\s\u00A0]*(?:астам|артық|ас\p{L}*|кем|жуық)(?!\p{L})/u.test(s.slice(f.unitEnd)))) &&
          found.some((g, j) => j !== i && g.unit === f.unit && kinds[j] === kinds[i]),
      );
      found.forEach((f, i) => {
        const kind = kinds[i]!;
        const from = isFrom[i]!;
        const to = !from && paired(kind) && found.some((g, j) => isFrom[j] && g.unit === f.unit && kinds[j] === kind);
        let when: { period: string | null; periodKind: PeriodKind | null };
        if (kind === 'change') when = whenChange(s, f, ctx, marks);
        else if (kind === 'goal' || kind === 'forecast') when = { period: null, periodKind: null };
        else if ((from || to) && pairYears.length === 2)
          when = { period: String(pairYears[from ? 0 : 1]!.year), periodKind: 'year' };
        else if (from) {
          // "2022 жылғы 35 күннен", "some 40 days in 2021": a year written with it; else undated
          const clause = clauseOf(s, f.n.index);
          const near = [...marks, ...nowMarks(s, ctx)]
            .filter((m) => m.index >= clause.start && m.index < f.n.index)
            .sort((a, b) => b.index - a.index)[0];
          when =
            near?.written && !near.compared && f.n.index - near.index < 30
              ? { period: String(near.year), periodKind: 'year' }
              : { period: null, periodKind: null };
        } else when = whenActual(s, f, kind, ctx, marks, found[i + 1]?.n.index);
        // "мощность … 25 млн тонн в год. Её планируется увеличить до 35 млн тонн": the same capacity's aim
        const lastHere = [...out].reverse().find((c) => c.start >= span.start);
        const unit =
          f.unit === 'mn t' &&
          kind === 'goal' &&
          lastHere?.kind === 'capacity' &&
          lastHere.unit === 'mn t/yr' &&
          /(?<!\p{L})(?:её|ее|его|этот\s+показатель|its|оның|ол|this\s+capacity)(?!\p{L})/iu.test(s)
            ? 'mn t/yr'
            : f.unit;
        // "К 2030 году … до 1 млн TEU, а в среднесрочной перспективе — до 3 суток": the horizon is this one's
        const ownHorizon = horizon !== null && inScope(i, horizon.index) && !(dl && inScope(i, dl.span.start));
        const figure = {
          kind,
          ...figureValue(f),
          unit,
          qualifier: (f.n.qualifier as Qualifier | null) ?? null,
          ...(kind === 'change' ? { direction: directionOf(s, f) } : {}),
          ...when,
          deadline: kind === 'goal' || kind === 'forecast' ? (ownHorizon ? null : (dl?.deadline ?? null)) : null,
          horizon: (kind === 'goal' || kind === 'forecast') && (!dl || ownHorizon) && horizon ? horizon[0] : null,
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
        // (and, further back in the article, break a tie: "товарооборот со странами региона")
        const before = [...out].reverse().find((c) => c.indicator);
        const near = before !== undefined && before.start >= span.start;
        const match = matchIndicator(s, figure, lang, indicators, before?.indicator ?? null, near);
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
      // what the next sentence may refer back to: the year its figures were dated by, its span of months
      // (the latest, when it compared two: "в 2023 году … 10,1, тогда как в 2018 году … 6,4")
      const dated = out
        .slice(first)
        .filter((c) => c.kind === 'actual' && c.period)
        .map((c) => Number(c.period!.split('/').at(-1)!.slice(0, 4)));
      const spoken = LAST_YEAR_RE.test(s) ? ctx.year - 1 : THIS_YEAR_RE.test(s) ? ctx.year : null;
      // the story's year: one its figures were dated by in words or digits (not "now", not a comparison)
      const byYear = out
        .slice(first)
        .filter((c) => c.kind === 'actual' && (c.periodKind === 'year' || c.periodKind === 'part-year'))
        .map((c) => Number(c.period!.split('/').at(-1)!.slice(0, 4)));
      if (byYear.length && marks.some((m) => !m.now && !m.compared)) ctx.threadYear = Math.max(...byYear);
      if (dated.length) ctx.previousYear = Math.max(...dated);
      else if (spoken !== null) ctx.previousYear = spoken;
      else if (found.length) ctx.previousYear = null;
      const months = monthSpan(s, ctx);
      if (months) ctx.previousSpan = months;
      else if (found.length && !THIS_PERIOD_RE.test(s)) ctx.previousSpan = null;
    }
  }
  return out;
}
