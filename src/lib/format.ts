import type { Unit } from '../domain/dataset-schema';
import { pluralCategory } from './grammar/plural';
import { df, nf } from './intl-cache';
import type { Locale } from './url-state';

/**
 * Numbers, units and dates for each locale. English goes through Intl. Kazakh never does: browsers'
 * Kazakh data is incomplete (Debian's Chromium formats "$ 20G", "5 days", "2023 M09" while claiming
 * to support kk), so Kazakh uses the tables below, in every browser and in Node alike. Russian goes
 * through Intl when the browser's Russian data proves complete (`russianIntlComplete`, checked once
 * by what Intl actually returns), and through the same tables otherwise.
 */

let ruComplete: boolean | undefined;
/** True when this browser's Intl has Russian compact money, day units and month names. */
export function russianIntlComplete(): boolean {
  if (ruComplete === undefined) {
    try {
      const money = nf('ru', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
      const days = nf('ru', { style: 'unit', unit: 'day', unitDisplay: 'long' });
      const month = df('ru', { month: 'long', day: 'numeric', timeZone: 'UTC' });
      ruComplete =
        /^12,9\s?млрд\s?\$$/.test(money.format(12.9e9)) &&
        /^5\s?дней$/.test(days.format(5)) &&
        /^9\s?августа$/.test(month.format(new Date(Date.UTC(2024, 7, 9))));
    } catch {
      ruComplete = false;
    }
  }
  return ruComplete;
}

/** For tests: pretend this browser's Russian data is complete (true), missing (false), or check again. */
export function setRussianIntlComplete(value: boolean | undefined): void {
  ruComplete = value;
}

/** Whether a locale is formatted from our own tables rather than the browser's Intl data. */
export const usesTables = (locale: Locale): boolean => locale === 'kk' || (locale === 'ru' && !russianIntlComplete());

const NBSP = '\u00A0';

/** Digits as Russian and Kazakh write them: "12,9", "56 500" (no-break space), "−3" (minus sign). */
function tableNumber(n: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  const en = nf('en-US', { maximumFractionDigits, minimumFractionDigits, useGrouping: true }).format(Math.abs(n));
  const body = en.replace(/,/g, NBSP).replace('.', ',');
  return n < 0 && Number(en.replace(/,/g, '')) !== 0 ? `−${body}` : body;
}

/** Scale words for money and counts, largest first. */
const SCALES: Record<'ru' | 'kk', readonly [number, string][]> = {
  ru: [
    [1e12, 'трлн'],
    [1e9, 'млрд'],
    [1e6, 'млн'],
    [1e3, 'тыс.'],
  ],
  kk: [
    [1e12, 'трлн'],
    [1e9, 'млрд'],
    [1e6, 'млн'],
    [1e3, 'мың'],
  ],
};

/** "12,9 млрд $", "10–15 млрд $", "425 млн $": compact dollars from the table. */
function tableMoney(locale: 'ru' | 'kk', a: number, b: number, isRange: boolean): string {
  const top = Math.max(Math.abs(a), Math.abs(b));
  const [scale, word] = SCALES[locale].find(([s]) => top >= s) ?? [1, ''];
  const num = (x: number) => tableNumber(x / scale, 2);
  const n = isRange ? `${num(a)}–${num(b)}` : num(a);
  return word ? `${n}${NBSP}${word}${NBSP}$` : `${n}${NBSP}$`;
}

/** Day words by plural category. */
const DAY: Record<'ru' | 'kk', Partial<Record<string, string>> & { other: string }> = {
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  kk: { other: 'күн' },
};

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
  return forms[pluralCategory(locale, n)] ?? forms.other;
}

/** Formats a number, or a low–high range, in a unit. */
export function formatQuantity(locale: Locale, unit: Unit, value: number | { low: number; high: number }): string {
  const isRange = typeof value !== 'number';
  const range = <T extends Intl.NumberFormat>(f: T, a: number, b: number) =>
    isRange ? f.formatRange(a, b) : f.format(a);
  const [a, b] = isRange ? [value.low, value.high] : [value, value];
  if (usesTables(locale)) return tableQuantity(locale as 'ru' | 'kk', unit, a, b, isRange);
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

/** A quantity from the tables (Kazakh always; Russian when the browser lacks its data). */
function tableQuantity(locale: 'ru' | 'kk', unit: Unit, a: number, b: number, isRange: boolean): string {
  const num = (x: number, digits: number) => tableNumber(x, digits);
  const both = (digits: number) => (isRange ? `${num(a, digits)}–${num(b, digits)}` : num(a, digits));
  switch (unit) {
    case 'bn USD':
      return tableMoney(locale, a * 1e9, b * 1e9, isRange);
    case 'days': {
      const forms = DAY[locale];
      return `${both(1)}${NBSP}${forms[pluralCategory(locale, b)] ?? forms.other}`;
    }
    case '%':
      return locale === 'ru' ? `${both(1)}${NBSP}%` : `${both(1)}%`;
    case 'x':
      return `×${both(2)}`;
    default:
      return `${both(2)}${NBSP}${word(unit, locale, b)}`;
  }
}

/** A plain number for axes and tables. */
export function formatNumber(locale: Locale, n: number, maximumFractionDigits = 2): string {
  if (usesTables(locale)) return tableNumber(n, maximumFractionDigits);
  return nf(locale, { maximumFractionDigits }).format(n);
}

/** Month names: Kazakh (always) and Russian (when the browser lacks them). */
const MONTHS = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ruShort: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  ruDay: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
} as const;

/** "2023 ж. қыркүйек", "сент. 2023 г."; a month span in one year: "2022 ж. қаңтар–қазан", "янв. – окт. 2022 г.". */
function tableMonth(locale: 'ru' | 'kk', year: number, month: number, endYear?: number, endMonth?: number): string {
  if (locale === 'kk') {
    if (endMonth === undefined) return `${year}${NBSP}ж. ${MONTHS.kk[month]}`;
    if (endYear === year) return `${year}${NBSP}ж. ${MONTHS.kk[month]}–${MONTHS.kk[endMonth]}`;
    return `${year}${NBSP}ж. ${MONTHS.kk[month]} – ${endYear}${NBSP}ж. ${MONTHS.kk[endMonth]}`;
  }
  if (endMonth === undefined) return `${MONTHS.ruShort[month]} ${year}${NBSP}г.`;
  if (endYear === year) return `${MONTHS.ruShort[month]} – ${MONTHS.ruShort[endMonth]} ${year}${NBSP}г.`;
  return `${MONTHS.ruShort[month]} ${year}${NBSP}г. – ${MONTHS.ruShort[endMonth]} ${endYear}${NBSP}г.`;
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
  if (usesTables(locale)) {
    const end = endRaw ? toDate(endRaw) : null;
    if (endRaw && !end) return period;
    const y = (d: Date) => d.getUTCFullYear();
    const m = (d: Date) => d.getUTCMonth();
    const t = locale as 'ru' | 'kk';
    if (!end) return start.month ? tableMonth(t, y(start.date), m(start.date)) : startRaw!;
    if (!start.month && !end.month) return `${startRaw}–${endRaw}`;
    return tableMonth(t, y(start.date), m(start.date), y(end.date), m(end.date));
  }
  const monthly = df(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  if (!endRaw) return start.month ? monthly.format(start.date) : startRaw!;
  const end = toDate(endRaw);
  if (!end) return period;
  if (!start.month && !end.month) return `${startRaw}–${endRaw}`;
  return monthly.formatRange(start.date, end.date);
}

/** An ISO date (YYYY-MM-DD) in the locale's long form. */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (usesTables(locale)) {
    const month = (m ?? 1) - 1;
    return locale === 'kk' ? `${y}${NBSP}ж. ${d} ${MONTHS.kk[month]}` : `${d} ${MONTHS.ruDay[month]} ${y}${NBSP}г.`;
  }
  return df(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
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
    if (usesTables(locale)) {
      const pct = tableNumber(Math.abs(rate * 100), digits);
      const sign = pct === '0' ? '' : rate > 0 ? '+' : '−';
      return locale === 'ru' ? `${sign}${pct}${NBSP}%` : `${sign}${pct}%`;
    }
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
