import type { FigureKind, Indicator, Language, PeriodKind, Qualifier, Unit } from '../dataset-schema';
import { matchIndicator } from './match-indicator';
import { directionOf } from './read-kind';
import { clauseOf, figureValue, sentenceNumbers } from './read-numbers';
import {
  CAPACITY_RE,
  CONTRAST_FROM_RE,
  FLOW_RE,
  HANDLE_RE,
  FORECAST_RE,
  FROM_RE,
  FUTURE_RE,
  GOAL_RE,
  HORIZON_RE,
  LAST_YEAR_RE,
  NOW_RE,
  PER_YEAR_RE,
  SAME_PERIOD_RE,
  THIS_PERIOD_RE,
  THIS_YEAR_RE,
} from './read-patterns';
import { type Context, deadlineIn, monthSpan, nowMarks, spokenDeadline, timeMarks, yearsIn } from './read-time';
import { whenActual, whenChange } from './read-when';
import { sentenceKinds } from './sentence-kinds';
import { articleSpans, quoteSpan, sentences } from './text';

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

/**
 * The unit of an aim: one for a flow said "a year" ("экспортты жылына 3 млн тоннаға жеткізу", "raise that
 * to 30 million tonnes a year") is the flow's, so it sits on the flow's chart; a capacity's, or what a
 * facility will handle, stays per year, and "Её планируется увеличить до 35 млн тонн" after a capacity
 * is that capacity's.
 */
function aimUnit(s: string, scope: string, unit: Unit, kind: FigureKind, lastHere: Candidate | undefined): Unit {
  if (kind !== 'goal' && kind !== 'forecast') return unit;
  if (
    unit === 'mn t/yr' &&
    !CAPACITY_RE.test(s) &&
    (FLOW_RE.test(scope) || (!HANDLE_RE.test(s) && lastHere?.kind !== 'capacity'))
  )
    return 'mn t';
  if (
    unit === 'mn t' &&
    kind === 'goal' &&
    lastHere?.kind === 'capacity' &&
    lastHere.unit === 'mn t/yr' &&
    /(?<!\p{L})(?:её|ее|его|этот\s+показатель|its|оның|ол|this\s+capacity)(?!\p{L})/iu.test(s)
  )
    return 'mn t/yr';
  return unit;
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
      const found = sentenceNumbers(s, lang);
      // a deadline is a goal's or forecast's ("к 2030 году"); "2010 жылдан 2022 жылға дейін" is a span
      const aims =
        GOAL_RE.test(s) || FORECAST_RE.test(s) || ((CAPACITY_RE.test(s) || PER_YEAR_RE.test(s)) && FUTURE_RE.test(s));
      const dl = aims ? (deadlineIn(s) ?? spokenDeadline(s, ctx)) : null;
      const horizon = HORIZON_RE.exec(s);
      const deadlines = dl ? [dl.span] : [];
      const first = out.length;
      const pairYears = yearsIn(s, deadlines);
      const marks = timeMarks(s, ctx, deadlines);
      const { scopes, kinds, named, inScope } = sentenceKinds(s, found, ctx, horizon, dl);
      // "from A to B" ("с 53 до 19-23 дней", "5 млн тоннадан 25 млн тоннаға", "down from 25 days"): A is
      // the earlier state, B the one now; both actuals or both capacities of one unit
      const paired = (k: FigureKind) => k === 'actual' || k === 'capacity';
      const isFrom = found.map(
        (f, i) =>
          paired(kinds[i]!) &&
          ((!f.joined && FROM_RE.test(s.slice(0, f.n.index))) ||
            // "compared with five to seven days before": a range can be the earlier state too
            (f.joined && CONTRAST_FROM_RE.test(s.slice(0, f.n.index))) ||
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
          // ("down from 20 days in 2022": or just after it)
          const after = marks.find((m) => m.written && !m.compared && m.index >= f.unitEnd && m.index - f.unitEnd < 12);
          when =
            near?.written && !near.compared && f.n.index - near.index < 30
              ? { period: String(near.year), periodKind: 'year' }
              : after
                ? { period: String(after.year), periodKind: 'year' }
                : { period: null, periodKind: null };
        } else {
          // a year written right after an earlier state ("down from 25 days in 2019") is that state's alone
          const bound = (m: (typeof marks)[number]) =>
            found.some((g, j) => j !== i && isFrom[j] && m.index >= g.unitEnd && m.index - g.unitEnd < 12);
          when = whenActual(
            s,
            f,
            kind,
            ctx,
            marks.filter((m) => !bound(m)),
            found[i + 1]?.n.index,
          );
        }
        const unit = aimUnit(
          s,
          scopes[i]!,
          f.unit,
          kind,
          [...out].reverse().find((c) => c.start >= span.start),
        );
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
        // a goal stated before, said again: named ("Reaching the $10bn goal"), repeated with its deadline
        // ("Еске сала кетейік, 2030 жылға қарай … 65 млрд долларға жеткізу көзделген"), or its figure echoed
        // with no time of its own ("Twenty-five million tonnes is within reach")
        const stated = (c: Candidate, of: readonly FigureKind[]) =>
          of.includes(c.kind) && c.value === figure.value && c.unit.replace('/yr', '') === unit.replace('/yr', '');
        const again =
          (named[i] && out.some((c) => stated(c, ['goal', 'forecast']))) ||
          (kind === 'goal' &&
            out.some((c) => stated(c, ['goal']) && c.unit === unit && c.deadline === figure.deadline)) ||
          (kind === 'actual' &&
            !marks.some((m) => !m.compared) &&
            !NOW_RE.test(s) &&
            out.some((c) => stated(c, ['goal']) && c.unit === unit));
        if (again) return;
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
      // ("өткен жылдың сәйкес кезеңімен", the same period last year, is the base, not the year spoken of)
      const own = s.replace(SAME_PERIOD_RE, ' ');
      const spoken = LAST_YEAR_RE.test(own) ? ctx.year - 1 : THIS_YEAR_RE.test(own) ? ctx.year : null;
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
      // (a sentence of changes alone, "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 9,4 пайызға көп", goes on in them)
      // (nor does one whose figures took the months of the one before: "Container traffic … to 86,400 TEU")
      else if (
        found.length &&
        !THIS_PERIOD_RE.test(s) &&
        out.slice(first).some((c) => c.kind !== 'change') &&
        !out.slice(first).some((c) => c.period === ctx.previousSpan)
      )
        ctx.previousSpan = null;
    }
  }
  return out;
}
