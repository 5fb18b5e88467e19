import { describe, expect, it, afterEach } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatQuantity,
  formatRate,
  setRussianIntlComplete,
} from '../../src/lib/format';

const nb = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('numbers and units through Intl', () => {
  it.each([
    ['en', 'bn USD', 12.9, '$12.9B'],
    ['ru', 'bn USD', 12.9, '12,9 млрд $'],
    ['kk', 'bn USD', 7.8, '7,8 млрд $'],
    ['en', 'mn t', 2.8, '2.8 mn t'],
    ['ru', 'mn t', 2.8, '2,8 млн т'],
    ['en', '%', 78, '78%'],
    ['ru', '%', 11.2, '11,2 %'],
    ['kk', '%', 11.2, '11,2%'],
    ['kk', 'days', 6, '6 күн'],
    ['en', 'days', 53, '53 days'],
    ['ru', 'days', 6, '6 дней'],
    ['ru', 'containers', 300000, '300 000 контейнеров'],
    ['en', 'TEU', 56500, '56,500 TEU'],
    ['en', 'x', 2.6, '×2.6'],
  ] as const)('%s %s %s → %s', (locale, unit, value, expected) => {
    expect(nb(formatQuantity(locale, unit, value))).toBe(expected);
  });

  it('keeps ranges as ranges', () => {
    expect(nb(formatQuantity('en', 'days', { low: 19, high: 23 }))).toBe('19–23 days');
    expect(nb(formatQuantity('ru', 'days', { low: 19, high: 23 }))).toBe('19–23 дня');
  });

  it.each([
    ['en', '2019', '2019'],
    ['en', '2023-09', 'Sep 2023'],
    ['en', '2019/2020', '2019–2020'],
    ['en', '2022-01/2022-10', 'Jan – Oct 2022'],
  ] as const)('period %s %s → %s', (locale, period, expected) => {
    expect(nb(formatPeriod(locale, period))).toBe(expected);
  });

  it('formats ISO dates in the locale', () => {
    expect(formatDate('en', '2026-11-22')).toBe('November 22, 2026');
    expect(nb(formatDate('ru', '2025-11-16'))).toBe('16 ноября 2025 г.');
  });
});

/** What a Kazakh reader must see in any browser: from our own tables, never from the browser's data. */
const KAZAKH = {
  money: [
    [12.9, '12,9 млрд $'],
    [23, '23 млрд $'],
    [0.425, '425 млн $'],
  ],
  days: [
    [5, '5 күн'],
    [{ low: 19, high: 23 }, '19–23 күн'],
  ],
  periods: [
    ['2023-09', '2023 ж. қыркүйек'],
    ['2023-12', '2023 ж. желтоқсан'],
    ['2022-01/2022-10', '2022 ж. қаңтар–қазан'],
    ['2019', '2019'],
  ],
  dates: [['2024-08-09', '2024 ж. 9 тамыз']],
} as const;

describe('Kazakh from our own tables (Chromium has no Kazakh data)', () => {
  it.each(KAZAKH.money)('%s bn USD → %s', (v, want) => expect(nb(formatQuantity('kk', 'bn USD', v))).toBe(want));
  it.each(KAZAKH.days)('%o days → %s', (v, want) => expect(nb(formatQuantity('kk', 'days', v))).toBe(want));
  it.each(KAZAKH.periods)('period %s → %s', (p, want) => expect(nb(formatPeriod('kk', p))).toBe(want));
  it.each(KAZAKH.dates)('date %s → %s', (d, want) => expect(nb(formatDate('kk', d))).toBe(want));
  it('units, shares, paces and plain numbers', () => {
    expect(nb(formatQuantity('kk', 'mn t', 2.8))).toBe('2,8 млн т');
    expect(nb(formatQuantity('kk', 'TEU', 56500))).toBe('56 500 TEU');
    expect(nb(formatQuantity('kk', '%', 78))).toBe('78%');
    expect(nb(formatRate('kk', 0.0917, 'compound', 'bn USD'))).toBe('+9,2%');
    expect(nb(formatRate('kk', -4, 'linear', 'days'))).toBe('−4 күн');
    expect(nb(formatNumber('kk', 300000))).toBe('300 000');
    expect(formatQuantity('kk', 'bn USD', 12.9)).not.toMatch(/G|B\b/);
  });
});

describe('Russian: the same tables when a browser lacks Russian data', () => {
  afterEach(() => setRussianIntlComplete(undefined));
  it.each([true, false])('with Intl data %s, a Russian reader sees the same text', (complete) => {
    setRussianIntlComplete(complete);
    expect(nb(formatQuantity('ru', 'bn USD', 12.9))).toBe('12,9 млрд $');
    expect(nb(formatQuantity('ru', 'days', 6))).toBe('6 дней');
    expect(nb(formatQuantity('ru', 'days', 1))).toBe('1 день');
    expect(nb(formatQuantity('ru', 'days', { low: 19, high: 23 }))).toBe('19–23 дня');
    expect(nb(formatQuantity('ru', 'containers', 300000))).toBe('300 000 контейнеров');
    expect(nb(formatDate('ru', '2025-11-16'))).toBe('16 ноября 2025 г.');
    expect(nb(formatPeriod('ru', '2023-09'))).toBe('сент. 2023 г.');
    expect(nb(formatRate('ru', 0.0917, 'compound', 'bn USD'))).toBe('+9,2 %');
  });
});
