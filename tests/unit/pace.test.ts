import {
  paceModelFor,
  projectPoints,
  rateBetween,
  rateRangeBetween,
  requiredRate,
  requiredRateRange,
  valueAt,
  yearReached,
  type PaceModel,
} from '../../src/domain/pace';

// Expected numbers below were worked out by hand (calculator), not read back from the code.
const DEC_2024 = 2024 + 11 / 12;
const SEP_2023 = 2023 + 8 / 12;

describe('rateBetween', () => {
  it.each([
    ['compound', 2010, 4.5, 2022, 12.9, 0.0917288],
    ['compound', 2020, 100, 2023, 50, -0.2062995],
    ['compound', 2020, 1, 2020.5, 2, 3],
    ['compound', 2019, 7.8, 2020, 7, -0.1025641],
    ['linear', 2020, 30, 2022, 20, -5],
    ['linear', 2020, 59, DEC_2024, 14, -9.1525424],
  ] as const)('%s %d:%d → %d:%d is %d a year', (model, y0, v0, y1, v1, expected) => {
    expect(rateBetween({ year: y0, value: v0 }, { year: y1, value: v1 }, model)).toBeCloseTo(expected, 6);
  });

  it.each<[string, PaceModel, number, number, number, number]>([
    ['zero span', 'compound', 2020, 10, 2020, 12],
    ['negative span', 'compound', 2021, 10, 2020, 12],
    ['zero start', 'compound', 2020, 0, 2021, 12],
    ['negative end', 'compound', 2020, 10, 2021, -1],
    ['NaN', 'compound', 2020, NaN, 2021, 12],
    ['Infinity', 'compound', 2020, 10, 2021, Infinity],
    ['overflow', 'compound', 2020, 1e-300, 2020 + 1e-9, 1e300],
    ['zero span', 'linear', 2020, 10, 2020, 12],
    ['infinite year', 'linear', 2020, 10, Infinity, 12],
  ])('returns null for %s (%s)', (_why, model, y0, v0, y1, v1) => {
    expect(rateBetween({ year: y0, value: v0 }, { year: y1, value: v1 }, model)).toBeNull();
  });
});

describe('requiredRate, valueAt, yearReached', () => {
  it.each([
    ['compound', 2022, 121, 140, 2026, 0.0371359],
    ['compound', 2020, 100, 100, 2030, 0],
    ['linear', SEP_2023, 6, 5, 2023 + 11 / 12, -4],
    ['linear', 2022, 20, 10, 2025, -10 / 3],
  ] as const)('%s from %d:%d to %d by %d needs %d a year', (model, y, v, goal, deadline, expected) => {
    expect(requiredRate({ year: y, value: v }, goal, deadline, model)).toBeCloseTo(expected, 6);
  });

  it('gives no required rate when the deadline is not after the base', () => {
    expect(requiredRate({ year: 2024, value: 10 }, 20, 2024, 'compound')).toBeNull();
    expect(requiredRate({ year: 2024, value: 10 }, 20, 2023, 'linear')).toBeNull();
  });

  it.each([
    ['compound', 0.1, 2022, 121],
    ['compound', 0.1, 2018, 82.6446281],
    ['compound', -0.5, 2022, 25],
    ['linear', -5, 2023, 85],
    ['linear', 2.5, 2019, 97.5],
  ] as const)('%s from 2020:100 at %d reaches %d at %d', (model, rate, year, expected) => {
    expect(valueAt({ year: 2020, value: 100 }, rate, year, model)).toBeCloseTo(expected, 6);
  });

  it('refuses a compound rate of −100 % or less and a non-positive compound base', () => {
    expect(valueAt({ year: 2020, value: 100 }, -1, 2022, 'compound')).toBeNull();
    expect(valueAt({ year: 2020, value: 100 }, -1.5, 2022, 'compound')).toBeNull();
    expect(valueAt({ year: 2020, value: 0 }, 0.1, 2022, 'compound')).toBeNull();
  });

  it.each([
    ['compound', 100, 200, 0.1, 2027.2725409],
    ['compound', 100, 100, 0.1, 2020],
    ['compound', 100, 50, -0.2062995, 2023],
    ['linear', 20, 10, -5, 2022],
  ] as const)('%s from 2020:%d to %d at %d arrives in %s', (model, v, goal, rate, expected) => {
    expect(yearReached({ year: 2020, value: v }, goal, rate, model)).toBeCloseTo(expected, 5);
  });

  it.each([
    ['compound', 100, 50, 0.1],
    ['compound', 100, 200, 0],
    ['compound', 100, 200, -1],
    ['linear', 20, 30, -5],
    ['linear', 20, 10, 0],
  ] as const)('%s from 2020:%d to %d at %d never arrives', (model, v, goal, rate) => {
    expect(yearReached({ year: 2020, value: v }, goal, rate, model)).toBeNull();
  });
});

describe('projectPoints', () => {
  it('steps through whole years and ends on the end year', () => {
    const pts = projectPoints({ year: 2023.5, value: 100 }, 0.1, 2025.5, 'compound')!;
    expect(pts.map((p) => p.year)).toEqual([2023.5, 2024, 2025, 2025.5]);
    [100, 104.8808848, 115.3689733, 121].forEach((v, i) => expect(pts[i]?.value).toBeCloseTo(v, 6));
  });

  it('stops a linear projection before the value reaches zero', () => {
    const pts = projectPoints({ year: 2022, value: 20 }, -5, 2030, 'linear')!;
    expect(pts).toEqual([
      { year: 2022, value: 20 },
      { year: 2023, value: 15 },
      { year: 2024, value: 10 },
      { year: 2025, value: 5 },
    ]);
  });

  it('is null when the end is not after the base', () => {
    expect(projectPoints({ year: 2024, value: 10 }, 0.1, 2024, 'compound')).toBeNull();
    expect(projectPoints({ year: 2024, value: 10 }, 0.1, 2020, 'linear')).toBeNull();
  });
});

describe('rate ranges', () => {
  it('gives the slowest and fastest linear pace between two day ranges', () => {
    const r = rateRangeBetween({ year: 2020, low: 58, high: 60 }, { year: DEC_2024, low: 13, high: 15 }, 'linear')!;
    expect(r[0]).toBeCloseTo(-9.559322, 6);
    expect(r[1]).toBeCloseTo(-8.7457627, 6);
  });

  it('gives the compound range from about 7.8 to about 7', () => {
    const r = rateRangeBetween({ year: 2019, low: 7.75, high: 7.85 }, { year: 2020, low: 6.5, high: 7.5 }, 'compound')!;
    expect(r[0]).toBeCloseTo(6.5 / 7.85 - 1, 9);
    expect(r[1]).toBeCloseTo(7.5 / 7.75 - 1, 9);
  });

  it('collapses to the point rate for exact values, and rejects an inverted interval', () => {
    const r = rateRangeBetween({ year: 2010, low: 4.5, high: 4.5 }, { year: 2022, low: 12.9, high: 12.9 }, 'compound')!;
    expect(r[0]).toBeCloseTo(0.0917288, 6);
    expect(r[1]).toBeCloseTo(0.0917288, 6);
    expect(rateRangeBetween({ year: 2010, low: 5, high: 4 }, { year: 2022, low: 12, high: 13 }, 'linear')).toBeNull();
  });

  it('gives the range of pace required from a range to a goal', () => {
    expect(requiredRateRange({ year: SEP_2023, low: 19, high: 23 }, 15, SEP_2023 + 2, 'linear')).toEqual([
      expect.closeTo(-4, 9),
      expect.closeTo(-2, 9),
    ]);
  });
});

describe('paceModelFor', () => {
  it.each([
    ['lower', 'days', 'linear'],
    ['higher', 'days', 'compound'],
    ['higher', 'bn USD', 'compound'],
    ['lower', '%', 'compound'],
  ] as const)('better %s in %s → %s', (better, unit, model) => {
    expect(paceModelFor({ better, unit })).toBe(model);
  });
});

// Invariants over a deterministic grid (instead of fast-check, which is not installed).
const MODELS: PaceModel[] = ['compound', 'linear'];
const BASES = [0.5, 1, 7.8, 100, 56500];
const FACTORS = [0.25, 0.9, 1.5, 3, 10];
const SPANS = [0.25, 1, 3.5, 10];
const grid = MODELS.flatMap((model) =>
  BASES.flatMap((v) => FACTORS.flatMap((f) => SPANS.map((span) => ({ model, v, goal: v * f, span })))),
);
const near = (a: number | null | undefined, b: number, tol: number) =>
  a !== null && a !== undefined && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('pace invariants over a grid', () => {
  it(`projecting at the required rate lands on the goal at the deadline (${grid.length} cases)`, () => {
    for (const { model, v, goal, span } of grid) {
      const base = { year: 2019 + 8 / 12, value: v };
      const deadline = base.year + span;
      const rate = requiredRate(base, goal, deadline, model);
      expect(rate, `${model} ${v}→${goal} in ${span}`).not.toBeNull();
      expect(near(valueAt(base, rate!, deadline, model), goal, 1e-9)).toBe(true);
      const pts = projectPoints(base, rate!, deadline, model)!;
      expect(pts[pts.length - 1]?.year).toBe(deadline);
      expect(near(pts[pts.length - 1]?.value, goal, 1e-9)).toBe(true);
    }
  });

  it('rate ↔ year reached round-trips', () => {
    for (const { model, v, goal, span } of grid) {
      if (goal === v) continue;
      const base = { year: 2020, value: v };
      const rate = requiredRate(base, goal, 2020 + span, model)!;
      const year = yearReached(base, goal, rate, model);
      expect(near(year, 2020 + span, 1e-9), `${model} ${v}→${goal} at ${rate}`).toBe(true);
      expect(near(requiredRate(base, goal, year!, model), rate, 1e-9)).toBe(true);
      // heading the other way never arrives
      expect(yearReached(base, goal, -rate, model)).toBeNull();
    }
  });

  it('never returns NaN or Infinity for positive finite inputs, extremes included', () => {
    const values = [1e-300, 1e-9, 0.5, 7, 1e9, 1e300];
    const spans = [1e-9, 0.01, 1, 50];
    const rates = [-0.999, -0.5, 0, 0.07, 3, 1e6];
    const ok = (x: number | null) => x === null || Number.isFinite(x);
    for (const model of MODELS)
      for (const a of values)
        for (const b of values)
          for (const span of spans) {
            const p = { year: 2000, value: a };
            expect(ok(rateBetween(p, { year: 2000 + span, value: b }, model))).toBe(true);
            expect(ok(requiredRate(p, b, 2000 + span, model))).toBe(true);
            for (const r of rates) {
              expect(ok(valueAt(p, r, 2000 + span, model))).toBe(true);
              expect(ok(yearReached(p, b, r, model))).toBe(true);
              for (const pt of projectPoints(p, r, 2000 + span, model) ?? [])
                expect(Number.isFinite(pt.value)).toBe(true);
            }
          }
  });

  it('the rate range brackets the rate of every pair of points inside the intervals', () => {
    for (const model of MODELS)
      for (const [fl, fh] of [
        [4, 5],
        [7.75, 7.85],
        [58, 60],
      ] as const)
        for (const [tl, th] of [
          [6.5, 7.5],
          [13, 15],
          [12.9, 12.9],
        ] as const) {
          const [min, max] = rateRangeBetween(
            { year: 2010, low: fl, high: fh },
            { year: 2013, low: tl, high: th },
            model,
          )!;
          for (const a of [fl, (fl + fh) / 2, fh])
            for (const b of [tl, (tl + th) / 2, th]) {
              const r = rateBetween({ year: 2010, value: a }, { year: 2013, value: b }, model)!;
              expect(r).toBeGreaterThanOrEqual(min - 1e-12);
              expect(r).toBeLessThanOrEqual(max + 1e-12);
            }
        }
  });
});
