import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/domain/dataset-schema';
import { assumedDeadlines, HORIZON_TABLE } from '../../src/domain/horizons';
import { requiredRate, valueAt, yearReached, type PaceModel, type PacePoint } from '../../src/domain/pace';
import {
  endOfYear,
  displayToRate,
  evaluateScenario,
  historicalRate,
  rateToDisplay,
  requiredRates,
  validateDeadlineInput,
  validateRateInput,
  type ScenarioBase,
} from '../../src/domain/scenario';

// Inputs the UI accepts: positive finite values 0.01..1e6, years 1990..2100 (a base may sit at a
// month, 2023-09 → 2023.667), rates typed as text and passed by validateRateInput.
const RUNS = { numRuns: 300 };
const model = fc.constantFrom<PaceModel>('compound', 'linear');
const amount = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const baseYear = fc.record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 0, max: 11 }) });
const basePoint = fc.tuple(baseYear, amount).map(([{ y, m }, value]): PacePoint => ({ year: y + m / 12, value }));
const baseAny: fc.Arbitrary<ScenarioBase> = fc.oneof(
  basePoint,
  fc
    .tuple(baseYear, amount, amount)
    .map(([{ y, m }, a, b]) => ({ year: y + m / 12, low: Math.min(a, b), high: Math.max(a, b) })),
);
const centre = (b: ScenarioBase) => ('value' in b ? b.value : (b.low + b.high) / 2);

/** A rate as a student types it: up to 2 decimals, sometimes with a comma, slightly beyond the limits. */
function typedRate(m: PaceModel, scale: number) {
  const limit = m === 'compound' ? 100 : scale;
  return fc
    .tuple(fc.double({ min: -1.2, max: 1.2, noNaN: true }), fc.boolean())
    .map(([f, comma]) => (Math.round(f * limit * 100) / 100).toFixed(2).replace('.', comma ? ',' : '.'));
}

/** Fails with the path of the first NaN or ±Infinity in a result. */
function expectFinite(x: unknown, path = 'result'): void {
  if (typeof x === 'number') expect(Number.isFinite(x), `${path} = ${x}`).toBe(true);
  else if (Array.isArray(x)) x.forEach((v, i) => expectFinite(v, `${path}[${i}]`));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) expectFinite(v, `${path}.${k}`);
}

const figureAt = (period: string, b: ScenarioBase): Figure => ({
  id: 'f',
  indicator: 'i',
  kind: 'actual',
  value: 'value' in b ? b.value : null,
  ...('value' in b ? {} : { low: b.low, high: b.high }),
  qualifier: null,
  unit: 'bn USD',
  period,
  periodKind: period.length === 4 ? 'year' : 'as-of',
  source: 's',
  quote: null,
  translation: null,
});

describe('scenario properties', () => {
  it('projecting at the required rate lands on the goal at the deadline', () => {
    fc.assert(
      fc.property(model, basePoint, amount, fc.integer({ min: 1, max: 110 }), (m, base, goal, ahead) => {
        // a deadline year; on the time axis it ends at the end of that year
        const deadline = Math.min(2100, Math.floor(base.year) + ahead);
        const rate = requiredRate(base, goal, endOfYear(deadline), m);
        expect(rate).not.toBeNull();
        // within 1e-4 % of −100 % a year, 1 + r keeps too few digits for 1e-9 (313 → 0.01 in 7 months)
        fc.pre(m === 'linear' || 1 + rate! >= 1e-6);
        const r = evaluateScenario({
          base,
          goal,
          rate: rate!,
          model: m,
          deadline: { from: deadline, to: deadline },
          horizonYears: 200,
        });
        const got = r?.valueAtDeadline.to;
        expect(got).not.toBeNull();
        // compound: relative to the goal; linear: v + r·t cancels, so relative to the larger of base and goal
        const scale = m === 'compound' ? goal : Math.max(goal, base.value);
        expect(Math.abs(got! - goal)).toBeLessThanOrEqual(1e-9 * scale);
        // the year is ill-conditioned when goal ≈ base (ln of a ratio near 1); rate → year is checked below
        const wellConditioned = Math.abs(goal / base.value - 1) > 1e-6;
        expect(
          wellConditioned ? Math.abs(r!.reachedYear! - endOfYear(deadline)) : 0,
          `reached in ${r!.reachedYear}, deadline ends ${endOfYear(deadline)}`,
        ).toBeLessThanOrEqual(1e-6);
        const band = requiredRates({ base, goal, model: m, deadline: { from: deadline, to: deadline } }).fromBase!;
        expect(band[0]).toBeLessThanOrEqual(rate!);
        expect(band[1]).toBeGreaterThanOrEqual(rate!);
      }),
      RUNS,
    );
  });

  it('rate → yearReached → requiredRate gives the rate back', () => {
    const input = fc
      .tuple(model, basePoint)
      .chain(([m, base]) =>
        fc.tuple(
          fc.constant(m),
          fc.constant(base),
          typedRate(m, base.value),
          fc.double({ min: 0.5, max: 30, noNaN: true }),
        ),
      );
    fc.assert(
      fc.property(input, ([m, base, text, t]) => {
        const typed = validateRateInput(text, m, 'higher', base.value);
        fc.pre(typed.ok && typed.rate !== 0);
        const rate = typed.ok ? typed.rate : 0;
        const goal = valueAt(base, rate, base.year + t, m);
        fc.pre(goal !== null && goal > 0);
        const reached = yearReached(base, goal!, rate, m);
        expect(reached).not.toBeNull();
        expect(Math.abs(reached! - (base.year + t))).toBeLessThanOrEqual(1e-6);
        const back = requiredRate(base, goal!, reached!, m);
        expect(Math.abs(back! - rate)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(rate)));
      }),
      RUNS,
    );
  });

  it('never returns NaN or Infinity for inputs the UI accepts', () => {
    const input = fc
      .tuple(model, fc.constantFrom<'higher' | 'lower'>('higher', 'lower'), baseAny, baseAny, amount)
      .chain(([m, better, base, latest, goal]) =>
        fc.record({
          m: fc.constant(m),
          better: fc.constant(better),
          base: fc.constant(base),
          latest: fc.constant(latest),
          goal: fc.constant(goal),
          text: typedRate(m, centre(base)),
          offsets: fc.tuple(fc.integer({ min: -2, max: 40 }), fc.integer({ min: -2, max: 40 })),
          horizon: fc.oneof(
            fc.constantFrom(...HORIZON_TABLE.map((r) => r.reasonKey), 'medium term', null),
            fc.string(),
          ),
        }),
      );
    fc.assert(
      fc.property(input, ({ m, better, base, latest, goal, text, offsets, horizon }) => {
        const stated = Math.floor(base.year);
        const years = offsets.map((o) => stated + o);
        expectFinite(assumedDeadlines(horizon, stated));
        const typed = validateRateInput(text, m, better, centre(base));
        const [a, b] = years.map((y) => validateDeadlineInput(String(y), base.year));
        fc.pre(typed.ok && a!.ok && b!.ok);
        const rate = typed.ok ? typed.rate : 0;
        const deadline = { from: a!.ok ? a!.year : 0, to: b!.ok ? b!.year : 0 };
        const r = evaluateScenario({ base, goal, rate, model: m, deadline, better });
        expect(r).not.toBeNull();
        expectFinite(r);
        expect(r!.path.length).toBeGreaterThanOrEqual(1);
        expectFinite(requiredRates({ base, latest, goal, model: m, deadline }));
        const later = { ...latest, year: Math.min(2100, stated + 1 + ((offsets[0] + 2) % 5)) };
        expectFinite(historicalRate(figureAt(String(stated), base), figureAt(String(later.year), later), m));
      }),
      RUNS,
    );
  });

  it('round-trips rates through the display', () => {
    const rate = fc.integer({ min: -99_999_999, max: 100_000_000 }).map((n) => n / 1e8);
    fc.assert(
      fc.property(rate, (x) => {
        expect(displayToRate(rateToDisplay(x, 'compound'), 'compound')).toBe(x);
      }),
      RUNS,
    );
    const shown = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((n) => n / 1e8);
    fc.assert(
      fc.property(shown, fc.boolean(), (d, comma) => {
        expect(rateToDisplay(displayToRate(d, 'compound'), 'compound')).toBe(d);
        const text = d.toFixed(8).replace('.', comma ? ',' : '.');
        const typed = validateRateInput(text, 'compound', 'higher');
        // −100 % a year or less is refused; any other rate reads back as typed
        expect(typed.ok ? rateToDisplay(typed.rate, 'compound') : typed).toEqual(
          d <= -100 ? { ok: false, reasonKey: 'too-low' } : d,
        );
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(displayToRate(rateToDisplay(x, 'linear'), 'linear')).toBe(x);
      }),
      RUNS,
    );
  });

  it('validates any text without throwing, and only accepts finite rates within the limits', () => {
    const texts = fc.oneof(
      fc.string(),
      // any code points, lone surrogates included (what `unit: 'binary'` gives, without its ~0.8 s start-up here)
      fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 12 }).map((cps) => String.fromCodePoint(...cps)),
      fc.string({ unit: fc.constantFrom(...'0123456789.,+- e%−'.split('')), maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        texts,
        model,
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        amount,
        (text, m, better, base) => {
          // an accepted rate is finite: above −100 % and at most +100 % a year compounded, at most the
          // base a year linear
          const typed = validateRateInput(text, m, better, base);
          const withinLimits = (r: number) =>
            Number.isFinite(r) && (m === 'compound' ? r > -1 && r <= 1 : Math.abs(r) <= base);
          expect(!typed.ok || withinLimits(typed.rate), `${m} rate ${typed.ok && typed.rate}`).toBe(true);
          // an accepted deadline is a whole year from 2022 to 2100
          const year = validateDeadlineInput(text, 2022);
          expect(
            !year.ok || (Number.isInteger(year.year) && year.year >= 2022 && year.year <= 2100),
            `deadline ${year.ok && year.year}`,
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
