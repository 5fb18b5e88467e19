import type { Unit } from '../domain/dataset-schema';
import type { Locale } from './url-state';

/**
 * Numbers, units and dates through Intl for each locale: decimal commas, "млрд" and plural forms
 * come from the platform. Words Intl has no unit for (tonnes, TEU, containers) come from a small table.
 */

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Unit words Intl has no unit for, by plural category. */
const WORDS: Record<
  'mn t' | 'mn t/yr' | 'TEU' | 'containers',
  Record<Locale, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>
> = {
  'mn t': { en: { other: 'mn t' }, ru: { other: 'млн т' }, kk: { other: 'млн т' } },
  'mn t/yr': { en: { other: 'mn t/yr' }, ru: { other: 'млн т/год' }, kk: { other: 'млн т/жыл' } },
  TEU: { en: { other: 'TEU' }, ru: { other: 'TEU' }, kk: { other: 'TEU' } },
  containers: {
    en: { one: 'container', other: 'containers' },
    ru: { one: 'контейнер', few: 'контейнера', many: 'контейнеров', other: 'контейнера' },
    kk: { other: 'контейнер' },
  },
};

function word(unit: keyof typeof WORDS, locale: Locale, n: number): string {
  const forms = WORDS[unit][locale];
  const rule = new Intl.PluralRules(locale).select(n);
  return forms[rule] ?? forms.other;
}

/** Formats a number, or a low–high range, in a unit. */
export function formatQuantity(locale: Locale, unit: Unit, value: number | { low: number; high: number }): string {
  const isRange = typeof value !== 'number';
  const range = <T extends Intl.NumberFormat>(f: T, a: number, b: number) =>
    isRange ? f.formatRange(a, b) : f.format(a);
  const [a, b] = isRange ? [value.low, value.high] : [value, value];
  switch (unit) {
    case 'bn USD':
      return range(
        nf(locale, {
          style: 'currency',
          currency: 'USD',
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }),
        a * 1e9,
        b * 1e9,
      );
    case 'days':
      return range(nf(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }), a, b);
    case '%':
      return range(nf(locale, { style: 'percent', maximumFractionDigits: 1 }), a / 100, b / 100);
    case 'x':
      return `×${range(nf(locale, { maximumFractionDigits: 2 }), a, b)}`;
    default: {
      const n = range(nf(locale, { maximumFractionDigits: 2 }), a, b);
      return `${n} ${word(unit, locale, b)}`;
    }
  }
}

/** A plain number for axes and tables. */
export function formatNumber(locale: Locale, n: number, maximumFractionDigits = 2): string {
  return nf(locale, { maximumFractionDigits }).format(n);
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

function toDate(part: string): { date: Date; month: boolean } | null {
  const m = PERIOD.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  return { date: new Date(Date.UTC(year, month, 1)), month: Boolean(m[2]) };
}

/** "2019" → "2019"; "2023-09" → "Sep 2023"; "2022-01/2022-10" → "Jan – Oct 2022"; "2019/2020" → "2019–2020". */
export function formatPeriod(locale: Locale, period: string): string {
  const [startRaw, endRaw] = period.split('/');
  const start = startRaw ? toDate(startRaw) : null;
  if (!start) return period;
  const monthly = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  if (!endRaw) return start.month ? monthly.format(start.date) : startRaw!;
  const end = toDate(endRaw);
  if (!end) return period;
  if (!start.month && !end.month) return `${startRaw}–${endRaw}`;
  return monthly.formatRange(start.date, end.date);
}

/** An ISO date (YYYY-MM-DD) in the locale's long form. */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/**
 * A pace: compound growth as "+9.1% a year" (via Intl percent), linear pace in the indicator's unit
 * per year ("−2.1 days a year"). The "a year" wording comes from the caller's dictionary.
 */
export function formatRate(
  locale: Locale,
  rate: number,
  model: 'compound' | 'linear',
  unit: Unit,
  exact = false,
): string {
  if (model === 'compound') {
    const digits = exact ? 8 : 1;
    return nf(locale, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(rate);
  }
  const sign = rate > 0 ? '+' : rate < 0 ? '−' : '';
  return `${sign}${formatQuantity(locale, unit, Math.abs(rate))}`;
}

const UNIT_NAMES: Record<Unit, Record<Locale, string>> = {
  'bn USD': { en: 'billion US dollars', ru: 'млрд долларов США', kk: 'млрд АҚШ доллары' },
  'mn t': { en: 'million tonnes', ru: 'млн тонн', kk: 'млн тонна' },
  'mn t/yr': { en: 'million tonnes a year', ru: 'млн тонн в год', kk: 'жылына млн тонна' },
  TEU: { en: 'TEU (twenty-foot containers)', ru: 'TEU (двадцатифутовый эквивалент)', kk: 'TEU (жиырма футтық балама)' },
  containers: { en: 'containers', ru: 'контейнеры', kk: 'контейнерлер' },
  days: { en: 'days', ru: 'дни', kk: 'күн' },
  '%': { en: 'per cent', ru: 'проценты', kk: 'пайыз' },
  x: { en: 'times', ru: 'раз', kk: 'есе' },
};

/** A unit's name in words, for titles and subtitles ("billion US dollars", "млрд долларов США"). */
export function unitName(locale: Locale, unit: Unit): string {
  return UNIT_NAMES[unit][locale];
}
