/**
 * Schema version 1 → 2, a pure function on the decoded JSON (no validation: the v2 schema checks
 * the result). What changes:
 *
 * - Text fields become `{ en, ru, kk }`. A v1 file has one language, so the same text goes into
 *   all three (the app says the file was migrated); `translation` becomes `{ en, ru?, kk? }` with
 *   the same text in every language but the quote's own.
 * - `approx` / `atLeast` become `qualifier`, read from the quote's own words where it has them
 *   ("почти" → almost, "около" → about, "астам"/"свыше" → over, "кем дегенде"/"не менее" →
 *   at least), else `about` for approx and `at least` for atLeast.
 * - `periodKind` is read from the period's form: YYYY → year, YYYY-MM → as-of, a span of months
 *   within one year → part-year, any other span → between.
 *
 * Values of a wrong type are passed through unchanged, so the schema still names them.
 */

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

const SOURCE_TEXT = ['title', 'event', 'place', 'speaker', 'speakerRole', 'note'] as const;
const INDICATOR_TEXT = ['measures', 'note'] as const;
const FIGURE_TEXT = ['note', 'horizon'] as const;

function everyLanguage(v: unknown): unknown {
  return typeof v === 'string' ? { en: v, ru: v, kk: v } : v;
}

function localize(record: Raw, fields: readonly string[]): Raw {
  const out: Raw = { ...record };
  for (const field of fields) if (field in out) out[field] = everyLanguage(out[field]);
  return out;
}

const QUALIFIER_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})(почти|жуық|дерлік)(?!\p{L})/iu, 'almost'],
  [/(?<!\p{L})(кем\s+дегенде|кемінде|не\s+менее)(?!\p{L})/iu, 'at least'],
  [/(?<!\p{L})(астам|свыше|более|превысил\p{L}*|over|more\s+than)(?!\p{L})/iu, 'over'],
  [/(?<!\p{L})(около|примерно|приблизительно|порядка|шамамен|about|around)(?!\p{L})/iu, 'about'],
];

/** The qualifier a v1 figure's flags and quote stand for. */
export function qualifierFromV1(figure: Raw): string | null {
  const approx = figure.approx === true;
  const atLeast = figure.atLeast === true;
  if (!approx && !atLeast) return null;
  const quote = typeof figure.quote === 'string' ? figure.quote : '';
  const wanted = approx ? ['about', 'almost'] : ['over', 'at least'];
  for (const [re, word] of QUALIFIER_WORDS) if (wanted.includes(word) && re.test(quote)) return word;
  return approx ? 'about' : 'at least';
}

/** The period kind a v1 period's form stands for (null for no period). */
export function periodKindFromV1(kind: unknown, period: unknown): unknown {
  if (period === null || period === undefined) return null;
  if (typeof period !== 'string') return null;
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-\d{2}$/.test(period)) return 'as-of';
  const span = /^(\d{4})-\d{2}\/(\d{4})-\d{2}$/.exec(period);
  if (span && span[1] === span[2] && kind !== 'change') return 'part-year';
  return 'between';
}

function migrateFigure(figure: Raw, quoteLanguage: (sourceId: unknown) => unknown): Raw {
  const out = localize(figure, FIGURE_TEXT);
  delete out.approx;
  delete out.atLeast;
  out.qualifier = qualifierFromV1(figure);
  out.periodKind = periodKindFromV1(figure.kind, figure.period);
  if (typeof figure.translation === 'string') {
    // the one (English) text stands in for every language but the quote's own
    const lang = quoteLanguage(figure.source);
    const t = figure.translation;
    out.translation = { en: t, ...(lang !== 'ru' ? { ru: t } : {}), ...(lang !== 'kk' ? { kk: t } : {}) };
  }
  if (typeof figure.approx !== 'boolean' && figure.approx !== undefined) out.approx = figure.approx;
  return out;
}

export function migrateV1toV2(raw: Raw): Raw {
  const languages = new Map<unknown, unknown>(
    (Array.isArray(raw.sources) ? raw.sources : []).filter(isRecord).map((s) => [s.id, s.language]),
  );
  const list = (key: string, fn: (r: Raw) => Raw) =>
    Array.isArray(raw[key]) ? (raw[key] as unknown[]).map((r) => (isRecord(r) ? fn(r) : r)) : raw[key];
  return {
    ...raw,
    schemaVersion: 2,
    sources: list('sources', (s) => localize(s, SOURCE_TEXT)),
    indicators: list('indicators', (i) => localize(i, INDICATOR_TEXT)),
    figures: list('figures', (f) => migrateFigure(f, (id) => languages.get(id))),
  };
}
