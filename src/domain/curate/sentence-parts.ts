// The parts of a sentence the reading works with: a number found with its unit, a number's clause.
import type { Unit } from '../dataset-schema';
import type { QuoteNumber } from '../quote-numbers';
import type { Span } from './text';

export interface Found {
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

/** The clause of a sentence a number is in: between the commas or semicolons around it ("45,000" is one number). */
export function clauseOf(s: string, at: number): Span {
  const breaks = [...s.matchAll(/[,;:–—](?=\s)/gu)].map((m) => m.index);
  return {
    start: (breaks.filter((b) => b < at).at(-1) ?? -1) + 1,
    end: breaks.find((b) => b >= at) ?? s.length,
  };
}

/** A year-like integer (1900–2100, no scale word): "since 2020", "in 2024". */
export function isYearLike(n: QuoteNumber): boolean {
  return (
    n.kind === 'plain' &&
    n.scale === 1 &&
    n.value !== null &&
    Number.isInteger(n.value) &&
    n.value >= 1900 &&
    n.value <= 2100
  );
}
