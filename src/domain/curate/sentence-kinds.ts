// The kind of each figure of one sentence: by its part of the sentence, then as the figures around it say.
import type { FigureKind } from '../dataset-schema';
import { kindOf, namedGoal } from './read-kind';
import { clauseOf, type Found } from './read-numbers';
import { CHANGE_VERB_RE, TARGET_AFTER, TARGET_BEFORE } from './read-patterns';
import type { Context } from './read-time';
import type { Span } from './text';

export interface SentenceKinds {
  /** each number's part of the sentence: from the end of the clause before it to the end of its own */
  scopes: string[];
  kinds: FigureKind[];
  /** whether each number names a goal rather than states it ("the $10bn goal") */
  named: boolean[];
  /** whether a place in the sentence (a deadline's, a horizon's) is in the i-th number's part */
  inScope: (i: number, at: number | undefined) => boolean;
}

/**
 * The kinds of a sentence's figures: each by the words of its part of the sentence, then settled by
 * its neighbours (an aim runs on past "and" and to the numbers after it; a capacity with a deadline of
 * its own is planned; a goal named again is a goal).
 */
export function sentenceKinds(
  s: string,
  found: Found[],
  ctx: Context,
  horizon: RegExpExecArray | null,
  dl: { deadline: string; span: Span } | null,
): SentenceKinds {
  // where each number's part of the sentence starts and ends, to place a deadline or horizon
  const scopeAt = found.map((f, i) => ({
    start: found[i - 1] ? clauseOf(s, found[i - 1]!.n.index).end : 0,
    end: clauseOf(s, f.n.index).end,
  }));
  // its words ("can handle 1.8 million tonnes and 40,000 containers": one clause, one scope for both)
  const scopes: string[] = [];
  scopeAt.forEach((at, i) => scopes.push(i && at.start >= at.end ? scopes[i - 1]! : s.slice(at.start, at.end)));
  const kinds = found.map((f, i) => kindOf(s, scopes[i]!, f, !!horizon, !!dl));
  // "довести … до 10 млн тонн, а контейнеров — до 500 тысяч": an aim runs on to the numbers after it
  const inScope = (i: number, at: number | undefined) =>
    at !== undefined && at >= scopeAt[i]!.start && at < scopeAt[i]!.end;
  kinds.forEach((k, i) => {
    const prev = kinds[i - 1];
    // a capacity with a deadline of its own ("which opens in 2027, is designed for 1.5 million tonnes") is planned
    if (k === 'capacity' && dl && inScope(i, dl.span.start) && Number(dl.deadline.slice(0, 4)) >= ctx.year)
      kinds[i] = 'goal';
    if ((k === 'actual' || k === 'capacity') && (prev === 'goal' || prev === 'forecast') && found[i]!.unit !== '%') {
      const f = found[i]!;
      if (TARGET_BEFORE.test(s.slice(0, f.n.index)) || TARGET_AFTER.test(s.slice(f.unitEnd))) kinds[i] = prev;
    }
    // "удвоить, а экспорт – увеличить в 1,5 раза": a multiple after an aimed multiple is aimed too
    if (k === 'change' && prev === 'goal' && found[i]!.unit === 'x' && found[i - 1]!.unit === 'x') kinds[i] = prev;
    // "targeting over 3.6 mn t this year and, over the medium term, 150,000 TEU": joined by "and", the same aim
    if (k === 'actual' && (prev === 'goal' || prev === 'capacity') && found[i]!.unit !== '%') {
      const gap = s.slice(found[i - 1]!.unitEnd, found[i]!.n.index);
      // ("рассчитан на 17 млн тонн в год, а его контейнерный терминал — на 400 тыс. TEU": the same verb, left out)
      const elided =
        (/(?<!\p{L})а(?!\p{L})/u.test(gap) && /[—–]\s*(?:на|до)?\s*$/u.test(s.slice(0, found[i]!.n.index))) ||
        (gap.includes(',') && /[—–]\s*(?:на|до)\s*$/u.test(s.slice(0, found[i]!.n.index)));
      if (
        gap.length < 60 &&
        (/(?<!\p{L})(?:and|и|а\s+также|және|сондай-ақ)(?!\p{L})/iu.test(gap) || elided) &&
        !CHANGE_VERB_RE.test(gap)
      )
        kinds[i] = prev;
    }
  });
  // a goal named again ("Reaching the $10bn goal will take…") is the goal stated before, not a new figure
  const named = found.map((f) => namedGoal(s, f));
  named.forEach((n, i) => {
    if (n && kinds[i] === 'actual') kinds[i] = 'goal';
  });
  return { scopes, kinds, named, inScope };
}
