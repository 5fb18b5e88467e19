import type { Dataset, Figure, Indicator, Source } from './dataset-schema';
import { isApproximate, isLowerBound } from './localized';

/**
 * RFC 4180 CSV for the dataset: one row per figure, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break. Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe; numbers are written plainly (dot decimal, no grouping) and are never prefixed.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet treat a text cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A finite number in plain decimal notation: 1e21 → "1000000000000000000000", 1e-7 → "0.0000001". */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`CSV cells hold finite numbers only, got ${n}`);
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expRaw] = m;
  const digits = `${lead}${frac}`;
  const point = 1 + Number(expRaw); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** One cell: empty for null/undefined, plain numbers, guarded and quoted text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text; every line, the last included, ends in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

const LANGS = ['en', 'ru', 'kk'] as const;
type Lang = (typeof LANGS)[number];
/** `name` → `name_en`, `name_ru`, `name_kk`: one column per language for a localized text. */
const perLanguage = <N extends string>(name: N) => LANGS.map((l) => `${name}_${l}` as `${N}_${Lang}`);

/**
 * The columns, in order. Localized texts get one column per language (`event_en`, `event_ru`,
 * `event_kk`); `approx` and `at_least` keep their v1 meaning (about/almost, over/at least) beside
 * the qualifier word itself.
 */
export const CSV_COLUMNS = [
  'figure_id',
  'indicator_id',
  ...perLanguage('indicator_name'),
  'indicator_countries',
  'indicator_topic',
  'kind',
  'value',
  'low',
  'high',
  'qualifier',
  'approx',
  'at_least',
  'direction',
  'unit',
  'period',
  'period_kind',
  'deadline',
  ...perLanguage('horizon'),
  'scope',
  ...perLanguage('scope_reason'),
  'source_id',
  'source_tier',
  ...perLanguage('speaker'),
  ...perLanguage('speaker_role'),
  ...perLanguage('event'),
  'event_date',
  'outlet',
  ...perLanguage('via'),
  'url_or_document',
  'quote',
  'quote_language',
  ...perLanguage('translation'),
  ...perLanguage('note'),
  'relates',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

function localizedCells<N extends string>(
  name: N,
  text: Partial<Record<Lang, string>> | null | undefined,
): Record<`${N}_${Lang}`, CsvCell> {
  return Object.fromEntries(LANGS.map((l) => [`${name}_${l}`, text?.[l]])) as Record<`${N}_${Lang}`, CsvCell>;
}

function figureRow(f: Figure, indicator: Indicator | undefined, source: Source | undefined): CsvCell[] {
  const row: Record<Column, CsvCell> = {
    figure_id: f.id,
    indicator_id: f.indicator,
    ...localizedCells('indicator_name', indicator?.name),
    indicator_countries: indicator?.countries.length ? indicator.countries.join(' ') : null,
    indicator_topic: indicator?.topic,
    kind: f.kind,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    approx: isApproximate(f.qualifier),
    at_least: isLowerBound(f.qualifier),
    direction: f.direction,
    unit: f.unit,
    period: f.period,
    period_kind: f.periodKind,
    deadline: f.deadline,
    ...localizedCells('horizon', f.horizon),
    scope: f.scope?.relation,
    ...localizedCells('scope_reason', f.scope?.reason),
    source_id: f.source,
    source_tier: source?.tier,
    ...localizedCells('speaker', source?.speaker),
    ...localizedCells('speaker_role', source?.speakerRole),
    ...localizedCells('event', source?.event),
    event_date: source?.eventDate,
    outlet: source?.outlet,
    ...localizedCells('via', source?.via),
    url_or_document:
      source && (source.tier === 'primary' ? (source.document ?? source.url) : (source.url ?? source.document)),
    quote: f.quote,
    quote_language: f.quote ? source?.language : null,
    ...localizedCells('translation', f.translation),
    ...localizedCells('note', f.note),
    relates: f.relates?.length ? f.relates.join(' ') : null,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** The given figures (records or ids of `ds`), in the order given, with the header row. */
export function figuresToCsv(ds: Dataset, figures: readonly (Figure | string)[]): string {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  const indicators = new Map(ds.indicators.map((i) => [i.id, i]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const rows = figures.map((item) => {
    const f = typeof item === 'string' ? byId.get(item) : item;
    if (!f) throw new Error(`There is no figure "${String(item)}" in the dataset`);
    return figureRow(f, indicators.get(f.indicator), sources.get(f.source));
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** Every figure of the dataset, one row each, in dataset order. */
export function datasetToCsv(ds: Dataset): string {
  return figuresToCsv(ds, ds.figures);
}
