import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, formatQuantity } from '../../src/lib/format';

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
