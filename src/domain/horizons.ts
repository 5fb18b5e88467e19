/**
 * How the scenario explorer reads a goal that states no year ("medium term", "in the near future").
 *
 * A vague horizon is never turned into one invented year. It becomes a range of deadline years,
 * counted in whole years after the year the goal was stated, and the UI labels that range as an
 * assumption the student can change. assessGoal still treats such goals as 'no-deadline': the
 * ranges below are a reading for "what if", not a date anyone stated.
 *
 * The reasons are kept next to the numbers so the README and the UI can quote them.
 */

/** One way of reading a horizon phrase. */
export interface HorizonReading {
  /** message key suffix for the reason shown next to the assumed range */
  reasonKey: string;
  /** phrases (en, ru, kk) this reading applies to; null and unknown phrases fall through */
  match: RegExp | null;
  /** first and last assumed deadline, in whole years after the statement */
  from: number;
  to: number;
  /** why this range (English; the UI translates via reasonKey) */
  reason: string;
}

/** An assumed range of deadline years and the key of its reason. */
export interface AssumedDeadlines {
  from: number;
  to: number;
  reasonKey: string;
}

const NOT_STATED: HorizonReading = {
  reasonKey: 'not-stated',
  match: /^\s*$|not\s+stated|не\s+указан/i,
  from: 3,
  to: 10,
  reason:
    'An assumption: no horizon was stated at all; read as three to ten years, the widest default, ' +
    'so the required pace is shown as a band rather than a single number.',
};

const UNRECOGNISED: HorizonReading = {
  reasonKey: 'unrecognised',
  match: null,
  from: 3,
  to: 10,
  reason:
    'An assumption: the horizon words are not one of the phrases above; read as three to ten ' +
    'years, the widest default.',
};

/** The readings, tried in order: the more specific phrases ("near future") before "in the future". */
export const HORIZON_TABLE: readonly HorizonReading[] = [
  {
    reasonKey: 'medium-term',
    match: /medium[-\s]term|среднесрочн|орта\s*мерзімді/i,
    from: 3,
    to: 7,
    reason:
      'An assumption, not a stated date. Kazakhstan plans its republican budget three years ahead and ' +
      'its national development plans over about five years; 3-7 years after the statement covers both ' +
      'with a margin. Change it if you read the speech differently.',
  },
  {
    reasonKey: 'near-future',
    match: /near(est)?\s+future|ближайш|жақын\s+(арада|болашақта)/i,
    from: 1,
    to: 3,
    reason:
      'An assumption: "in the near future" names no year; read as the next one to three years, ' +
      'shorter than the three years a medium-term plan starts at.',
  },
  {
    reasonKey: 'foreseeable-future',
    match: /foreseeable\s+future|обозрим/i,
    from: 2,
    to: 5,
    reason:
      'An assumption: "in the foreseeable future" names no year; read as two to five years, longer ' +
      'than "near future" but within one medium-term planning cycle.',
  },
  {
    reasonKey: 'future',
    match: /in\s+the\s+future|перспектив|болашақта/i,
    from: 5,
    to: 10,
    reason:
      'An assumption: "in the future" ("в перспективе") is a long-range wish with no year; read as ' +
      'five to ten years, the span of long-term strategies and regional programmes.',
  },
  {
    reasonKey: 'road-map',
    match: /road\s*map|дорожн\S*\s+карт|жол\s+картасы/i,
    from: 3,
    to: 10,
    reason:
      'An assumption: the goal belongs to a road map whose year is not given; read as three to ten ' +
      'years, the widest default, since road maps range from medium-term to long-term plans.',
  },
  NOT_STATED,
  UNRECOGNISED,
];

/** The row of HORIZON_TABLE a horizon phrase is read with (null or blank: 'not-stated'). */
export function horizonReading(horizon: string | { en: string } | null | undefined): HorizonReading {
  if (horizon && typeof horizon === 'object') horizon = horizon.en;
  if (horizon === null || horizon === undefined || horizon.trim() === '') return NOT_STATED;
  return HORIZON_TABLE.find((r) => r.match?.test(horizon)) ?? UNRECOGNISED;
}

/**
 * The default range of deadline years a vague horizon is read as: whole years `from`..`to` after
 * the year the goal was stated (a decimal year is floored: a speech in September 2023 counts as
 * 2023). Always a range, never one year; the UI labels it an assumption. "medium term" stated in
 * 2023 → { from: 2026, to: 2030, reasonKey: 'medium-term' }.
 */
export function assumedDeadlines(horizon: string | { en: string } | null, statedYear: number): AssumedDeadlines {
  const reading = horizonReading(horizon);
  const year = Math.floor(statedYear);
  return { from: year + reading.from, to: year + reading.to, reasonKey: reading.reasonKey };
}
