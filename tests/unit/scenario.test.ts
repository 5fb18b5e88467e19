import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { goalTarget } from '../../src/domain/goal-status';
import { assumedDeadlines, HORIZON_TABLE, horizonReading } from '../../src/domain/horizons';
import type { PaceModel } from '../../src/domain/pace';
import { deadlineEnd } from '../../src/domain/periods';
import {
  baseFromFigure,
  displayToRate,
  evaluateScenario,
  historicalRate,
  rateToDisplay,
  requiredRates,
  validateDeadlineInput,
  validateRateInput,
  type ScenarioBase,
} from '../../src/domain/scenario';
import { currentGoal, figuresFor, sourceMap } from '../../src/domain/series';
import { en } from '../../src/lib/i18n/en';
import { kk } from '../../src/lib/i18n/kk';
import { ru } from '../../src/lib/i18n/ru';
import { figure, realDataset } from './dataset-fixture';

// Expected numbers were worked out by hand (calculator), not read back from the code.
const ds: Dataset = realDataset();
const fig = (id: string) => figure(ds, id).f;
const base = (id: string): ScenarioBase => {
  const b = baseFromFigure(fig(id));
  if (!b) throw new Error(`${id} has no base`);
  return b;
};
// Figures sit at the end of their period: September 2023 ends at 2023.75, December 2024 at 2025.0,
// and the year 2022 at 2023.0.
const SEP_2023 = 2023 + 9 / 12; // 2023.75
const DEC_2024 = 2025;
const END_2022 = 2023;

describe('assumedDeadlines', () => {
  it.each([
    ['medium term', 2023, 2026, 2030, 'medium-term'],
    ['в среднесрочной перспективе', 2023, 2026, 2030, 'medium-term'],
    ['in the near future', 2023, 2024, 2026, 'near-future'],
    ['в ближайшей перспективе', 2023, 2024, 2026, 'near-future'],
    ['in the foreseeable future', 2024, 2026, 2029, 'foreseeable-future'],
    ['in the future (в перспективе)', 2025, 2030, 2035, 'future'],
    ['в перспективе', 2025, 2030, 2035, 'future'],
    ['not stated', 2022, 2025, 2032, 'not-stated'],
    ['road map (no year stated)', 2022, 2025, 2032, 'road-map'],
    [null, 2022, 2025, 2032, 'not-stated'],
    ['  ', 2022, 2025, 2032, 'not-stated'],
    ['when the stars align', 2022, 2025, 2032, 'unrecognised'],
    ['medium term', 2023.74, 2026, 2030, 'medium-term'], // a September speech counts as 2023
  ] as const)('%j stated in %d → %d-%d (%s)', (horizon, stated, from, to, reasonKey) => {
    expect(assumedDeadlines(horizon, stated)).toEqual({ from, to, reasonKey });
  });

  it('gives a range, never one year, with a reason for every row', () => {
    for (const row of HORIZON_TABLE) {
      expect(row.from, row.reasonKey).toBeGreaterThan(0);
      expect(row.to, row.reasonKey).toBeGreaterThan(row.from);
      // the reason is said in every language, from the dictionaries
      for (const dict of [en, ru, kk])
        expect(dict[`horizonReason.${row.reasonKey}` as keyof typeof en], row.reasonKey).toBeTruthy();
    }
    expect(new Set(HORIZON_TABLE.map((r) => r.reasonKey)).size).toBe(HORIZON_TABLE.length);
  });

  it('recognises every horizon the dataset uses', () => {
    const horizons = ds.figures.flatMap((f) => (f.kind === 'goal' && !f.deadline && f.horizon ? [f.horizon] : []));
    expect(horizons.length).toBeGreaterThan(5);
    for (const h of horizons) expect(horizonReading(h).reasonKey, h.en).not.toBe('unrecognised');
  });
});

describe("the student's question: Kazakhstan–Turkic states trade, 12.9 bn USD (2022) → 23 bn", () => {
  const figs = figuresFor(ds, 'kz-ots-trade')!;
  const goalFig = currentGoal(figs)!;
  const goal = goalTarget(goalFig, 'higher')!;
  const stated = Number(sourceMap(ds).get(goalFig.source)!.eventDate.slice(0, 4));
  const deadline = assumedDeadlines(goalFig.horizon ?? null, stated);
  const from2022 = base('kz-ots-trade-2022');

  it('reads the goal as 23 bn stated in 2023, "medium term" → 2026-2030', () => {
    expect(goal).toBe(23);
    expect(from2022).toEqual({ year: END_2022, value: 12.9 });
    expect(deadline).toEqual({ from: 2026, to: 2030, reasonKey: 'medium-term' });
  });

  it('needs 7.5 %-15.6 % a year from 2022, and 14.1 %-93.3 % from the 2025 figure', () => {
    // 23/12.9 = 1.78295, ln = 0.578266. From the end of 2022 to the end of 2030 (8 yr):
    // e^(0.578266/8) − 1 = 0.074960; to the end of 2026 (4 yr): e^(0.578266/4) − 1 = 0.155539.
    // From 11.9 (2025, "at least", read as 11.9): 23/11.9 = 1.932773, ln = 0.658956;
    // by 2030: e^(0.658956/5) = e^0.131791 − 1 = 0.140870; by 2026: 1.932773 − 1 = 0.932773.
    const { fromBase, fromLatest } = requiredRates({
      base: from2022,
      latest: base('kz-ots-trade-2025-baq'),
      goal,
      model: 'compound',
      deadline,
    });
    expect(fromBase![0]).toBeCloseTo(0.07496, 5);
    expect(fromBase![1]).toBeCloseTo(0.155539, 5);
    expect(fromLatest![0]).toBeCloseTo(0.14087, 5);
    expect(fromLatest![1]).toBeCloseTo(0.932773, 5);
  });

  it('grew 9.17 % a year from 2010 to 2022, which reaches 23 bn during 2029', () => {
    // (12.9/4.5)^(1/12) − 1: ln 2.866667 = 1.053150, /12 = 0.087763, e^ − 1 = 0.091729.
    const hist = historicalRate(fig('kz-ots-trade-2010'), fig('kz-ots-trade-2022'), 'compound')!;
    expect(hist[0]).toBeCloseTo(0.091729, 5);
    expect(hist[1]).toBe(hist[0]);
    expect(historicalRate(fig('kz-ots-trade-2022'), fig('kz-ots-trade-2010'), 'compound')).toEqual(hist);
    // t = 0.578266 / ln 1.091729 = 0.578266 / 0.087763 = 6.589 → 2023 + 6.589 = 2029.589 (during 2029)
    const r = evaluateScenario({ base: from2022, goal, rate: hist[0], model: 'compound', deadline })!;
    expect(r.reachedYear).toBeCloseTo(2029.589, 2);
    expect(r.notWithin).toBeNull();
    expect(r.path[0]).toEqual({ year: END_2022, value: 12.9 });
    expect(r.path.at(-1)!.year).toBe(2031); // the deadline range ends (end of 2030) after the goal is reached
    expect(r.reachedRange).toBeUndefined();
  });

  it('at only 5 % a year reaches 23 bn during 2034, 15.7-19.1 bn by 2026-2030', () => {
    // t = 0.578266 / ln 1.05 = 0.578266 / 0.048790 = 11.852 → 2023 + 11.852 = 2034.852
    // 12.9 · 1.05^4 = 12.9 · 1.215506 = 15.680; 12.9 · 1.05^8 = 12.9 · 1.477455 = 19.059
    const rate = validateRateInput('5', 'compound', 'higher');
    expect(rate).toEqual({ ok: true, rate: 0.05 });
    const r = evaluateScenario({ base: from2022, goal, rate: 0.05, model: 'compound', deadline })!;
    expect(r.reachedYear).toBeCloseTo(2034.852, 2);
    expect(r.valueAtDeadline.from).toBeCloseTo(15.68, 2);
    expect(r.valueAtDeadline.to).toBeCloseTo(19.059, 2);
    const last = r.path.at(-1)!;
    expect(last.year).toBeCloseTo(2034.852, 2); // the path runs on to the year the goal is reached
    expect(last.value).toBeCloseTo(23, 9);
    expect(r.path.map((p) => p.year).slice(0, 3)).toEqual([2023, 2024, 2025]);
  });

  it('at 1 % a year is not there within 30 years (ln 1.01 = 0.00995 → 58.1 yr), but is within 60', () => {
    const r = evaluateScenario({ base: from2022, goal, rate: 0.01, model: 'compound', deadline })!;
    expect(r).toMatchObject({ reachedYear: null, notWithin: 30 });
    expect(r.path.at(-1)!.year).toBe(2031);
    const longer = evaluateScenario({
      base: from2022,
      goal,
      rate: 0.01,
      model: 'compound',
      deadline,
      horizonYears: 60,
    });
    expect(longer!.reachedYear).toBeCloseTo(2081.11, 1);
  });

  it('shrinking 2 % a year never gets there', () => {
    const r = evaluateScenario({ base: from2022, goal, rate: -0.02, model: 'compound', deadline })!;
    expect(r).toMatchObject({ reachedYear: null, notWithin: 30 });
    expect(r.valueAtDeadline.to).toBeCloseTo(12.9 * Math.pow(0.98, 8), 9);
  });
});

describe('transit times (linear: days a year, negative = cut)', () => {
  it('cannot rate China–Europe 53 → 19-23 days: 53 has no year', () => {
    expect(baseFromFigure(fig('china-europe-transit-before'))).toBeNull();
    expect(historicalRate(fig('china-europe-transit-before'), fig('china-europe-transit-2023'), 'linear')).toBeNull();
  });

  it('rates China–Europe 58-60 (Dec 2020) → 13-15 days (Dec 2024), "over four years", as 10.75-11.75 days cut a year', () => {
    // span 4 yr as stated; slowest (15 − 58)/4 = −10.75; fastest (13 − 60)/4 = −11.75
    const r = historicalRate(fig('china-europe-transit-2020'), fig('china-europe-transit-2024'), 'linear')!;
    expect(r[0]).toBeCloseTo(-11.75, 9);
    expect(r[1]).toBeCloseTo(-10.75, 9);
  });

  it('projects a range base from its centre and gives the years its ends arrive', () => {
    const b = base('china-europe-transit-2024');
    expect(b).toEqual({ year: DEC_2024, low: 13, high: 15 });
    // a 10-day goal at 1 day cut a year: centre 14 → 4 yr, low 13 → 3 yr, high 15 → 5 yr
    const deadline = { from: 2027, to: 2030 };
    const r = evaluateScenario({ base: b, goal: 10, rate: -1, model: 'linear', deadline, better: 'lower' })!;
    expect(r.reachedYear).toBeCloseTo(DEC_2024 + 4, 9);
    expect(r.reachedRange![0]).toBeCloseTo(DEC_2024 + 3, 9);
    expect(r.reachedRange![1]).toBeCloseTo(DEC_2024 + 5, 9);
    expect(r.valueAtDeadline.from).toBeCloseTo(14 - (2028 - DEC_2024), 9); // 11 days at the end of 2027
    // the 15-day goal (horizon not stated) is already met by the whole range: reached at once
    const met = evaluateScenario({ base: b, goal: 15, rate: -1, model: 'linear', deadline, better: 'lower' })!;
    expect(met.reachedYear).toBe(DEC_2024);
    expect(met.reachedRange).toEqual([DEC_2024, DEC_2024]);
  });

  it('Kazakhstan transit 6 days (Sep 2023) → 5 by Dec 2023 takes 4 days cut a year', () => {
    expect(deadlineEnd(fig('kz-transit-goal-2023').deadline!)).toBe(2024); // the end of December 2023
    const b = base('kz-transit-2023');
    expect(b).toEqual({ year: SEP_2023, value: 6 });
    // (5 − 6) / (2024.0 − 2023.75) = −1 / 0.25 = −4
    const deadline = { from: 2023, to: 2023 };
    const req = requiredRates({ base: b, latest: b, goal: 5, model: 'linear', deadline });
    expect(req.fromBase![0]).toBeCloseTo(-4, 9);
    expect(req.fromBase![1]).toBeCloseTo(-4, 9);
    expect(historicalRate(fig('kz-transit-before'), fig('kz-transit-2023'), 'linear')).toBeNull();
    // at 2 days a year: 5 days after 0.5 yr (Mar 2024); 5.5 days at the deadline
    const rate = validateRateInput('-2', 'linear', 'lower', 6);
    expect(rate).toEqual({ ok: true, rate: -2 });
    const r = evaluateScenario({ base: b, goal: 5, rate: -2, model: 'linear', deadline, better: 'lower' })!;
    expect(r.reachedYear).toBeCloseTo(SEP_2023 + 0.5, 9);
    expect(r.valueAtDeadline.to).toBeCloseTo(5.5, 9);
    expect(r.path.at(-1)!.year).toBeCloseTo(SEP_2023 + 0.5, 9);
  });

  it('stops a path before transit times reach zero days and reports no value there', () => {
    // 6 days cut 2 a year reaches 0 in 3 years: 2026.75; the 2030 deadline has no value
    const b = { year: SEP_2023, value: 6 };
    const r = evaluateScenario({ base: b, goal: 5, rate: -2, model: 'linear', deadline: { from: 2025, to: 2030 } })!;
    expect(r.path.every((p) => p.value > 0)).toBe(true);
    expect(r.path.at(-1)!.year).toBe(2026);
    expect(r.valueAtDeadline).toEqual({ from: expect.closeTo(6 - 2 * (2026 - SEP_2023), 9), to: null });
  });
});

describe('requiredRates', () => {
  it('carries an approximate base through: "about 7" (2020) is 6.5-7.5', () => {
    // by 2030: (23/7.5)^(1/10) − 1 = e^(1.120591/10) − 1 = 0.118579;
    // (23/6.5)^(1/10) − 1 = e^(1.263692/10) − 1 = 0.134701
    const b = base('kz-ots-trade-2020');
    expect(b).toEqual({ year: 2021, low: 6.5, high: 7.5 }); // the end of 2020
    const { fromBase, fromLatest } = requiredRates({
      base: b,
      goal: 23,
      model: 'compound',
      deadline: { from: 2030, to: 2030 },
    });
    expect(fromBase![0]).toBeCloseTo(0.118579, 5);
    expect(fromBase![1]).toBeCloseTo(0.134701, 5);
    expect(fromLatest).toBeNull();
  });

  it('is null when a deadline is not after the start, or the model cannot compute it', () => {
    const b = { year: END_2022, value: 12.9 };
    expect(
      requiredRates({ base: b, goal: 23, model: 'compound', deadline: { from: 2022, to: 2030 } }).fromBase,
    ).toBeNull();
    expect(
      requiredRates({ base: { year: 2022, value: 0 }, goal: 23, model: 'compound', deadline: { from: 2026, to: 2030 } })
        .fromBase,
    ).toBeNull();
  });

  it('accepts the deadline range either way round', () => {
    const b = { year: 2022, value: 12.9 };
    const a = requiredRates({ base: b, goal: 23, model: 'compound', deadline: { from: 2026, to: 2030 } });
    const z = requiredRates({ base: b, goal: 23, model: 'compound', deadline: { from: 2030, to: 2026 } });
    expect(z).toEqual(a);
  });
});

describe('historicalRate', () => {
  it('carries approx values: 7.8 (2019) → about 7 (2020) is −16.7 % to −3.8 %', () => {
    // 6.5/7.8 − 1 = −0.166667; 7.5/7.8 − 1 = −0.038462
    const r = historicalRate(fig('kz-ots-trade-2019'), fig('kz-ots-trade-2020'), 'compound')!;
    expect(r[0]).toBeCloseTo(-0.166667, 5);
    expect(r[1]).toBeCloseTo(-0.038462, 5);
  });

  it('is null for one period, or a part-year span against a full year', () => {
    const f = fig('kz-ots-trade-2022');
    expect(historicalRate(f, f, 'compound')).toBeNull();
    expect(historicalRate(fig('titr-cargo-2022-jan-oct'), fig('titr-cargo-2023-ktz'), 'compound')).toBeNull();
  });
});

describe('evaluateScenario refuses what it cannot project', () => {
  const deadline = { from: 2026, to: 2030 };
  it.each<[string, ScenarioBase, number, number, PaceModel]>([
    ['non-positive compound base', { year: 2022, value: 0 }, 23, 0.05, 'compound'],
    ['a rate of −100 %', { year: 2022, value: 12.9 }, 23, -1, 'compound'],
    ['NaN rate', { year: 2022, value: 12.9 }, 23, Number.NaN, 'compound'],
    ['infinite goal', { year: 2022, value: 12.9 }, Infinity, 0.05, 'linear'],
    ['low above high', { year: 2022, low: 15, high: 13 }, 10, -1, 'linear'],
  ])('%s', (_name, b, goal, rate, model) => {
    expect(evaluateScenario({ base: b, goal, rate, model, deadline })).toBeNull();
  });

  it('keeps the base as the whole path when the deadline is already past', () => {
    const r = evaluateScenario({
      base: { year: 2022, value: 12.9 },
      goal: 23,
      rate: 0.05,
      model: 'compound',
      deadline: { from: 2015, to: 2020 },
      horizonYears: 5,
    })!;
    expect(r.path).toEqual([{ year: 2022, value: 12.9 }]);
    expect(r.valueAtDeadline).toEqual({ from: null, to: null });
    expect(r.notWithin).toBe(5);
  });
});

describe('rate display', () => {
  it.each([
    [0.05, 'compound', 5],
    [0.07, 'compound', 7], // 0.07 · 100 = 7.000000000000001 in floating point
    [0.0525, 'compound', 5.25],
    [0.0917288, 'compound', 9.17288],
    [-0.03, 'compound', -3],
    [-2, 'linear', -2],
    [-9.5, 'linear', -9.5],
  ] as const)('%d (%s) shows as %d and back', (rate, model, shown) => {
    expect(rateToDisplay(rate, model)).toBe(shown);
    expect(displayToRate(shown, model)).toBe(rate);
    expect(displayToRate(rateToDisplay(rate, model), model)).toBe(rate);
  });
  it('round-trips 5.25 exactly', () => {
    expect(rateToDisplay(displayToRate(5.25, 'compound'), 'compound')).toBe(5.25);
  });
});

describe('validateRateInput', () => {
  it.each([
    ['5', 0.05],
    ['5.25', 0.0525],
    ['5,25', 0.0525],
    ['-3', -0.03],
    ['+2', 0.02],
    [' 7 ', 0.07],
    ['0', 0],
    ['-0', 0],
    ['100', 1],
    ['-99.99', -0.9999],
    ['9.17288', 0.0917288],
  ])('compound %j → %d', (text, rate) => {
    expect(validateRateInput(text, 'compound', 'higher')).toEqual({ ok: true, rate });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['5%', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['5.', 'not-a-number'],
    ['5.123456789', 'not-a-number'],
    ['--3', 'not-a-number'],
    ['5,2,5', 'not-a-number'],
    ['5 5', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['100.01', 'too-high'],
    ['250', 'too-high'],
    ['9'.repeat(400), 'too-high'],
    ['-100', 'too-low'],
    ['-150', 'too-low'],
  ])('compound %j → %s', (text, reasonKey) => {
    expect(validateRateInput(text, 'compound', 'higher')).toEqual({ ok: false, reasonKey });
  });

  it.each([
    ['-2', 'lower', 6, { ok: true, rate: -2 }],
    ['-2,5', 'lower', 6, { ok: true, rate: -2.5 }],
    ['-6', 'lower', 6, { ok: true, rate: -6 }],
    ['0', 'lower', 6, { ok: true, rate: 0 }],
    ['-1000', 'lower', undefined, { ok: true, rate: -1000 }],
    ['2', 'lower', 6, { ok: false, reasonKey: 'wrong-direction' }],
    ['+2', 'lower', 6, { ok: false, reasonKey: 'wrong-direction' }],
    ['-7', 'lower', 6, { ok: false, reasonKey: 'too-low' }],
    ['-' + '9'.repeat(400), 'lower', undefined, { ok: false, reasonKey: 'too-low' }],
    ['11', 'higher', 10, { ok: false, reasonKey: 'too-high' }],
    ['5', 'higher', 10, { ok: true, rate: 5 }],
  ] as const)('linear %j (%s is better, base %s) → %j', (text, better, baseValue, expected) => {
    expect(validateRateInput(text, 'linear', better, baseValue)).toEqual(expected);
  });
});

describe('validateDeadlineInput', () => {
  it.each([
    ['2030', 2022, { ok: true, year: 2030 }],
    [' 2030 ', 2022, { ok: true, year: 2030 }],
    ['2022', 2022, { ok: true, year: 2022 }],
    ['2024', SEP_2023, { ok: true, year: 2024 }],
    ['2100', 2022, { ok: true, year: 2100 }],
    ['', 2022, { ok: false, reasonKey: 'empty' }],
    ['abc', 2022, { ok: false, reasonKey: 'not-a-year' }],
    ['2030.5', 2022, { ok: false, reasonKey: 'not-a-year' }],
    ['20 30', 2022, { ok: false, reasonKey: 'not-a-year' }],
    ['-2030', 2022, { ok: false, reasonKey: 'not-a-year' }],
    ['1989', 1980, { ok: false, reasonKey: 'out-of-range' }],
    ['2101', 2022, { ok: false, reasonKey: 'out-of-range' }],
    ['30', 2022, { ok: false, reasonKey: 'out-of-range' }],
    ['2021', 2022, { ok: false, reasonKey: 'before-base' }],
    ['2023', SEP_2023, { ok: false, reasonKey: 'before-base' }],
  ] as const)('%j with base %d → %j', (text, baseYear, expected) => {
    expect(validateDeadlineInput(text, baseYear)).toEqual(expected);
  });
});
