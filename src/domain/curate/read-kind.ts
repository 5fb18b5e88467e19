// What kind of figure a number is (actual, goal, capacity, forecast, change), and which way a change goes.
import type { FigureKind } from '../dataset-schema';
import type { Found } from './read-numbers';
import {
  AIM_RE,
  ANALYSTS_RE,
  BELIEF_RE,
  CAPACITY_RE,
  COMPARATIVE_AFTER_RE,
  CURRENT_BEFORE_RE,
  DECREASE_RE,
  FORECAST_RE,
  FORECAST_STRONG_RE,
  GOAL_RE,
  INCREASE_RE,
  TARGET_AFTER,
  TARGET_BEFORE,
} from './read-patterns';

/** "+14% compared with 2024", "−4% year on year": a percentage written with its sign. */
export function signOf(s: string, f: Found): 'increase' | 'decrease' | null {
  const sign = /(?:^|[\s(])([+−–-])\s?$/u.exec(s.slice(Math.max(0, f.n.index - 3), f.n.index))?.[1];
  return sign === '+' ? 'increase' : sign ? 'decrease' : null;
}

/** Which way a change goes, by its sign or the verb nearest its number. */
export function directionOf(s: string, f: Found): 'increase' | 'decrease' {
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
 * A number named as a goal rather than stated: "цель в 55 млрд долларов", "the $10bn goal", "the 1
 * million TEU target", "25 млрд доллар межесіне", "45 млн тонналық межеге".
 */
export function namedGoal(s: string, f: Found): boolean {
  return (
    /(?<!\p{L})(?:цел[ьиюе]|задач[аиуе]|планк[аиуе]|target|goal)\s*(?:(?:в|по|of)\s+|[—–:-]\s*)(?:\$|US\$)?$/iu.test(
      s.slice(0, f.n.index),
    ) || /^\s*(?:\p{L}+\s+)?(?:target|goal|меже\p{L}*|мақсат\p{L}*)(?!\p{L})/iu.test(s.slice(f.unitEnd))
  );
}

/**
 * What kind of figure a number is, by the words of its part of the sentence: from the end of the
 * clause of the number before it (or the sentence's start) to the end of its own clause. "Мощность
 * составляет 6 млн тонн в год, до конца 2026 года её планируется увеличить до 10 млн тонн" is a
 * capacity, then a goal. A deadline or horizon counts for the whole sentence.
 */
export function kindOf(s: string, scope: string, f: Found, horizon: boolean, deadline: boolean): FigureKind {
  // "алдағы жылдары екі есе арттыру міндеті қойылды", "to double by 2030": a multiple aimed for is a goal
  if (f.unit === 'x') {
    if (!horizon && !deadline) return 'change';
    // "the EBRD expects container traffic to more than double in the medium term"
    if (FORECAST_STRONG_RE.test(scope) || (FORECAST_RE.test(scope) && ANALYSTS_RE.test(s))) return 'forecast';
    return AIM_RE.test(scope) ? 'goal' : 'change';
  }
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
  if (
    ahead &&
    (FORECAST_STRONG_RE.test(scope) ||
      (BELIEF_RE.test(s) && !AIM_RE.test(scope)) ||
      (FORECAST_RE.test(scope) && ANALYSTS_RE.test(s)))
  )
    return 'forecast';
  // "өткізу қабілеті жылына 500 мың тоннаға дейін жетеді": what a facility reaches is its capacity,
  // unless someone aims for it or gives it a time
  if (CAPACITY_RE.test(scope) && !horizon && !deadline && !AIM_RE.test(scope)) return 'capacity';
  if (GOAL_RE.test(scope) && ahead) return 'goal';
  if (f.unit === 'mn t/yr' || CAPACITY_RE.test(scope)) return 'capacity';
  // a government's "expects … in the medium term" is its aim; "expects … by 2027", a forecast
  if (FORECAST_RE.test(scope) && ahead) return horizon ? 'goal' : 'forecast';
  return 'actual';
}
