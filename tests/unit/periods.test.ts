import fc from 'fast-check';
import {
  calendarYear,
  compareIsoDates,
  dateToYear,
  deadlineEnd,
  periodEnd,
  periodStart,
} from '../../src/domain/periods';

describe('a figure sits at the end of its period', () => {
  it.each([
    ['2023', 2024],
    ['2023-09', 2023.75],
    ['2023-12', 2024],
    ['2022-01/2022-10', 2022 + 10 / 12],
    ['2019/2020', 2021],
  ])('periodEnd(%s) = %s', (period, want) => {
    expect(periodEnd(period)).toBeCloseTo(want, 9);
  });

  it.each([null, '2023-13'])('periodEnd(%s) = null', (period) => {
    expect(periodEnd(period)).toBeNull();
  });

  it('a full year is drawn after the mid-year and September figures of the same year', () => {
    expect(periodEnd('2023')!).toBeGreaterThan(periodEnd('2023-09')!);
    expect(periodEnd('2023-09')!).toBeGreaterThan(periodEnd('2023-06')!);
  });

  it('"by the end of 2023" ends with December, and "by 2030" with the year', () => {
    expect(deadlineEnd('2023-12')).toBe(2024);
    expect(deadlineEnd('2030')).toBe(2031);
  });

  it('"over four years" to December 2024 spans four years', () => {
    expect(periodEnd('2024-12')! - periodEnd('2020-12')!).toBeCloseTo(4, 9);
  });

  it('starts are starts', () => {
    expect(periodStart('2022-01/2022-10')).toBe(2022);
    expect(periodStart('2023-09')).toBeCloseTo(2023 + 8 / 12, 9);
  });

  it.each([
    [2024, 2023],
    [2029.56, 2029],
    [2023.75, 2023],
    [2031, 2030],
  ])('position %s falls in calendar year %s', (pos, year) => expect(calendarYear(pos)).toBe(year));

  it('dates are decimal years', () => {
    expect(dateToYear('2023-01-01')).toBe(2023);
    expect(dateToYear('2023-07-02')).toBeCloseTo(2023.5, 2);
  });
});

describe('the test configuration', () => {
  it('runs in UTC whatever the machine’s zone (vitest.config.ts sets TZ, not only CI)', () => {
    expect(new Date(2026, 5, 1).getTimezoneOffset()).toBe(0);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(/^(UTC|Etc\/UTC)$/);
  });
});

describe('compareIsoDates', () => {
  it('orders ISO dates as the calendar does, with no date first', () => {
    const dates = ['2025-11-06', '', '2024-09-01', '2025-01-31', '2024-09-01', '1999-12-31'];
    expect([...dates].sort(compareIsoDates)).toEqual([
      '',
      '1999-12-31',
      '2024-09-01',
      '2024-09-01',
      '2025-01-31',
      '2025-11-06',
    ]);
  });

  it('agrees with the dates’ time order for any two dates the schema allows', () => {
    const iso = fc
      .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const byTime = Math.sign(Date.parse(a) - Date.parse(b));
        expect(compareIsoDates(a, b)).toBe(byTime);
      }),
    );
  });
});
