/**
 * The scenario explorer's part of the URL, flat and short:
 * `base=<figure id>&by=2026-2030&r1=5&n1=Only+5%25&r2=9.2&ha=<figure id>&hb=<figure id>`.
 * Rates are kept as typed (comma decimals become dots), so a shared link shows the same numbers.
 */

export const MAX_SCENARIOS = 3;

export interface ScenarioParam {
  /** the rate as typed, in display units (% a year, or days a year for transit times) */
  rate: string;
  name: string;
}

export interface ScenarioUrl {
  base: string | null;
  by: { from: number; to: number } | null;
  scenarios: ScenarioParam[];
  /** the two figures a student picked for the historical rate */
  ha: string | null;
  hb: string | null;
}

export const DEFAULT_SCENARIO_URL: ScenarioUrl = { base: null, by: null, scenarios: [], ha: null, hb: null };

const ID = /^[a-z0-9-]{1,80}$/;
const RATE = /^[+-]?\d{1,6}(?:[.,]\d{1,8})?$/;

export const parseFigureId = (raw: string) => (ID.test(raw) ? raw : undefined);

export function parseBy(raw: string): ScenarioUrl['by'] | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from < 1990 || to > 2100 || from > to) return undefined;
  return { from, to };
}

export const parseRate = (raw: string) => (RATE.test(raw.trim()) ? raw.trim().replace(',', '.') : undefined);

export const MAX_NAME_LENGTH = 40;

/**
 * Names are plain text, at most 40 UTF-16 units (the name field's maxLength); they are only ever
 * rendered as text. Control characters (C0, DEL and C1) are dropped, and the cut never splits a
 * character in two (half a surrogate pair would not survive the URL and break the round trip).
 */
export function parseName(raw: string): string {
  let out = '';
  for (const c of raw) {
    if (/\p{Cc}/u.test(c)) continue;
    if (out.length + c.length > MAX_NAME_LENGTH) break;
    out += c;
  }
  return out;
}

export const serializeBy = (by: NonNullable<ScenarioUrl['by']>) =>
  by.from === by.to ? String(by.from) : `${by.from}-${by.to}`;

/** Writes the scenario parameters that differ from the defaults onto `params`. */
export function writeScenario(params: URLSearchParams, s: ScenarioUrl) {
  if (s.base) params.set('base', s.base);
  if (s.by) params.set('by', serializeBy(s.by));
  s.scenarios.slice(0, MAX_SCENARIOS).forEach((sc, i) => {
    params.set(`r${i + 1}`, sc.rate);
    if (sc.name) params.set(`n${i + 1}`, sc.name);
  });
  if (s.ha) params.set('ha', s.ha);
  if (s.hb) params.set('hb', s.hb);
}

/** Reads r1..r3 / n1..n3 into a list, keeping the order and dropping gaps; reports bad rates. */
export function readScenarios(
  params: URLSearchParams,
  report: (param: string, value: string) => void,
): ScenarioParam[] {
  const out: ScenarioParam[] = [];
  for (let i = 1; i <= MAX_SCENARIOS; i++) {
    const raw = params.get(`r${i}`);
    if (raw === null) continue;
    const rate = parseRate(raw);
    if (rate === undefined) {
      report(`r${i}`, raw);
      continue;
    }
    out.push({ rate, name: parseName(params.get(`n${i}`) ?? '') });
  }
  return out;
}

export const SCENARIO_PARAMS = new Set(['base', 'by', 'r1', 'r2', 'r3', 'n1', 'n2', 'n3', 'ha', 'hb']);
