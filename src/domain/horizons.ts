/**
 * How the scenario explorer reads a goal that states no year ("medium term", "in the near future").
 *
 * A vague horizon is never turned into one invented year. It becomes a range of deadline years,
 * counted in whole years after the year the goal was stated, and the UI labels that range as an
 * assumption the student can change. assessGoal still treats such goals as 'no-deadline': the
 * ranges below are a reading for "what if", not a date anyone stated.
 *
 * The reason for each range is a message (`horizonReason.<reasonKey>`) in every language's dictionary,
 * so the page says it in the reader's language and no English copy ships with the app.
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
};

const UNRECOGNISED: HorizonReading = {
  reasonKey: 'unrecognised',
  match: null,
  from: 3,
  to: 10,
};

/** The readings, tried in order: the more specific phrases ("near future") before "in the future". */
export const HORIZON_TABLE: readonly HorizonReading[] = [
  {
    reasonKey: 'medium-term',
    match: /medium[-\s]term|среднесрочн|орта\s*мерзімді/i,
    from: 3,
    to: 7,
  },
  {
    reasonKey: 'near-future',
    match: /near(est)?\s+future|ближайш|жақын\s+(арада|болашақта)/i,
    from: 1,
    to: 3,
  },
  {
    reasonKey: 'foreseeable-future',
    match: /foreseeable\s+future|обозрим/i,
    from: 2,
    to: 5,
  },
  {
    reasonKey: 'future',
    match: /in\s+the\s+future|перспектив|болашақта/i,
    from: 5,
    to: 10,
  },
  {
    reasonKey: 'road-map',
    match: /road\s*map|дорожн\S*\s+карт|жол\s+картасы/i,
    from: 3,
    to: 10,
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
