import { readFileSync } from 'node:fs';
import type { Dataset, Figure, Indicator, Source } from '../../src/domain/dataset-schema';
import { assessGoal, comparableActuals, deadlinePassed } from '../../src/domain/goal-status';
import { parseDataset } from '../../src/domain/parse-dataset';
import { historicalProjection } from '../../src/domain/projection';
import { figuresFor, sourceMap, type IndicatorFigures } from '../../src/domain/series';

const raw = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error('the real dataset must parse');
const real: Dataset = parsed.dataset;
const realSources = sourceMap(real);

// A tiny synthetic dataset: one indicator, two sources (primary and context).
const source = (id: string, tier: Source['tier'], eventDate: string) =>
  ({
    id,
    tier,
    outlet: 't',
    title: null,
    published: null,
    event: { en: 't', ru: 't', kk: 't' },
    eventDate,
    place: null,
    speaker: null,
    speakerRole: null,
    language: 'en',
  }) as Source;
const SOURCES = [source('p', 'primary', '2024-01-01'), source('c', 'context', '2024-06-01')];
const sources = new Map(SOURCES.map((s) => [s.id, s]));
const base = { indicator: 'i', qualifier: null, unit: 'bn USD', source: 'p', quote: null, translation: null } as const;
let n = 0;

/** An actual: value or [low, high] at a period. */
function actual(period: string, v: number | [number, number], extra: Partial<Figure> = {}): Figure {
  const range = Array.isArray(v) ? { value: null, low: v[0], high: v[1] } : { value: v };
  const periodKind = period.includes('/') ? 'part-year' : period.length === 4 ? 'year' : 'as-of';
  return { ...base, id: `f${n++}`, kind: 'actual', period, periodKind, ...range, ...extra };
}
function goal(value: number, deadline: string | null): Figure {
  return {
    ...base,
    id: `g${n++}`,
    kind: 'goal',
    value,
    period: null,
    periodKind: null,
    deadline,
    horizon: deadline ? null : { en: 'medium term', ru: 'в среднесрочной перспективе', kk: 'орта мерзімді' },
  };
}
function series(figures: Figure[], better: Indicator['better'] = 'higher', unit: Indicator['unit'] = 'bn USD') {
  const text = { en: 't', ru: 't', kk: 't' };
  const indicator: Indicator = {
    id: 'i',
    name: text,
    description: text,
    unit,
    better,
    measures: text,
    countries: [],
    topic: 'other',
  };
  const ds: Dataset = {
    schemaVersion: 2,
    title: 't',
    updated: '2024-01-01',
    sources: SOURCES,
    indicators: [indicator],
    figures,
  };
  return figuresFor(ds, 'i') as IndicatorFigures;
}
const days = (figures: Figure[]) => series(figures, 'lower', 'days');

// Higher is better: 100 (2020) → 121 (2022) is +10 %/yr. Lower is better: 30 → 20 days is −5 days/yr.
const growth = [actual('2020', 100), actual('2022', 121)];
const cuts = [actual('2020', 30), actual('2022', 20)];
const ASOF = '2024-03-01';

describe('assessGoal: every status from a small synthetic series', () => {
  // [what, figures, 'status reasonKey', asOf]
  it.each<[string, IndicatorFigures, string, string?]>([
    ['latest above the goal', series([...growth, goal(120, '2030')]), 'met latest-meets-goal'],
    ['a range entirely under a days goal', days([actual('2022', [13, 15]), goal(15, null)]), 'met latest-meets-goal'],
    ['a range straddling a days goal', days([actual('2022', [14, 16]), goal(15, null)]), 'no-date no-date'],
    [
      '"at least" counts as its value',
      series([actual('2022', 11.9, { qualifier: 'over' }), goal(11.9, null)]),
      'met latest-meets-goal',
    ],
    ['vague horizon, not met', series([...growth, goal(200, null)]), 'no-date no-date'],
    [
      'deadline passed, no figure since',
      series([...growth, goal(200, '2023')]),
      'no-figure-since-deadline deadline-passed-no-figure',
    ],
    [
      'deadline passed, a later figure misses',
      series([...growth, actual('2023', 130), goal(200, '2023')]),
      'missed figure-after-deadline-misses',
    ],
    [
      'deadline passed, a later figure meets it',
      series([...growth, actual('2023', 210), goal(200, '2023')]),
      'met latest-meets-goal',
    ],
    [
      'deadline passed, a range after it straddles the goal',
      days([...cuts, actual('2024', [4, 6]), goal(5, '2023-12')]),
      'missed figure-after-deadline-misses',
    ],
    [
      'deadline passed, an "over" figure after it below the goal',
      series([...growth, actual('2023', 150, { qualifier: 'over' }), goal(200, '2023')]),
      'missed figure-after-deadline-misses',
    ],
    ['10 %/yr achieved, 3.7 %/yr needed', series([...growth, goal(140, '2026')]), 'on-track fast-enough'],
    ['exactly the pace needed', series([...growth, goal(146.41, '2026')]), 'on-track fast-enough'],
    ['10 %/yr achieved, 13.4 %/yr needed', series([...growth, goal(200, '2026')]), 'behind slower-than-required'],
    [
      '10 %/yr achieved, 18.9 %/yr needed (over half)',
      series([...growth, goal(242, '2026')]),
      'behind slower-than-required',
    ],
    [
      '10 %/yr achieved, 21.1 %/yr needed (under half)',
      series([...growth, goal(260, '2026')]),
      'behind slower-than-required',
    ],
    ['10 %/yr achieved, 34.8 %/yr needed', series([...growth, goal(400, '2026')]), 'behind slower-than-required'],
    [
      'moving away from the goal',
      series([actual('2020', 121), actual('2022', 100), goal(130, '2026')]),
      'behind wrong-direction',
    ],
    ['cutting 5 days/yr, 3.3 needed', days([...cuts, goal(10, '2025')]), 'on-track fast-enough'],
    ['cutting 5 days/yr, 7.5 needed', days([...cuts, goal(5, '2024')]), 'behind slower-than-required'],
    ['cutting 5 days/yr, 18 needed', days([...cuts, goal(2, '2023')]), 'behind slower-than-required', '2022-02-01'],
    ['one actual, deadline ahead', series([actual('2022', 121), goal(200, '2026')]), 'not-enough no-comparable-pair'],
    ['no actual', series([goal(200, '2026')]), 'not-enough no-actual'],
    ['no goal', series(growth), 'no-goal no-goal'],
    [
      'latest already at the deadline',
      series([...growth, actual('2023-12', 130), goal(200, '2023-12')]),
      'missed figure-after-deadline-misses',
      '2023-12-20',
    ],
  ])('%s', (_what, figs, expected, asOf = ASOF) => {
    const a = assessGoal(figs, sources, asOf);
    expect(`${a.status} ${a.reasonKey}`).toBe(expected);
  });

  it('reports pace, progress and remaining worked out by hand', () => {
    const a = assessGoal(series([...growth, goal(140, '2026')]), sources, ASOF);
    expect(a.pace.model).toBe('compound');
    expect(a.pace.achieved?.rate).toBeCloseTo(0.1, 9);
    expect(a.pace.required?.rate).toBeCloseTo(0.0371359, 6);
    expect(a.progress).toBeCloseTo(121 / 140, 9); // the latest figure as a share of the goal, from zero
    expect(a.remaining).toBeCloseTo(19, 9);
    const d = assessGoal(days([...cuts, goal(10, '2025')]), sources, ASOF);
    expect(d.pace.model).toBe('linear');
    expect(d.pace.achieved?.rate).toBeCloseTo(-5, 9);
    expect(d.pace.required?.rate).toBeCloseTo(-10 / 3, 9);
    expect(d.progress).toBeNull(); // a goal to fall says the days still to cut instead
    expect(d.remaining).toBeCloseTo(10, 9);
  });

  it('skips part-year spans and prefers a primary source for the same period', () => {
    const figs = series([
      actual('2020', 100),
      actual('2021-01/2021-06', 30),
      actual('2022', 150, { source: 'c' }),
      actual('2022', 121),
      goal(140, '2026'),
    ]);
    expect(comparableActuals(figs, sources).map((p) => p.value)).toEqual([100, 121]);
    expect(assessGoal(figs, sources, ASOF).pace.achieved?.rate).toBeCloseTo(0.1, 9);
  });

  it('judges a capacity indicator like any other', () => {
    const cap = (period: string, value: number) => actual(period, value, { kind: 'capacity' });
    expect(assessGoal(series([cap('2020', 100), cap('2022', 121), goal(140, '2026')]), sources, ASOF).status).toBe(
      'on-track',
    );
  });

  it.each([
    ['2023-12', '2023-12-31', false],
    ['2023-12', '2024-01-01', true],
    ['2023', '2023-12-31', false],
    ['2023', '2024-01-01', true],
  ])('deadline %s passed on %s: %s', (deadline, asOf, expected) => {
    expect(deadlinePassed(deadline, asOf)).toBe(expected);
  });
});

describe('assessGoal on the real dataset', () => {
  const assess = (id: string, asOf = '2026-03-01') => assessGoal(figuresFor(real, id)!, realSources, asOf);

  it('kz-transit: 6 days (Sep 2023) against 5 by Dec 2023: no figure since the deadline, never "missed"', () => {
    const a = assess('kz-transit');
    expect([a.status, a.reasonKey, a.latest?.id, a.remaining]).toEqual([
      'no-figure-since-deadline',
      'deadline-passed-no-figure',
      'kz-transit-2023',
      1,
    ]);
  });

  it('kz-transit in October 2023: one dated figure, so no pace and no verdict yet', () => {
    const a = assess('kz-transit', '2023-10-01');
    expect([a.status, a.reasonKey]).toEqual(['not-enough', 'no-comparable-pair']);
    expect(a.pace.required?.rate).toBeCloseTo(-4, 9); // 6 → 5 days in a quarter of a year
  });

  it('china-europe-transit: 13–15 days meets the 15-day goal', () => {
    const a = assess('china-europe-transit');
    expect([a.status, a.remaining]).toEqual(['met', 0]);
  });

  it('kz-ots-trade: no deadline, pace from 4.5 (2010) to 12.9 (2022); BAQ\'s "over 11.9" (2025) of uncertain scope never counts', () => {
    const a = assess('kz-ots-trade');
    expect([a.status, a.goal?.id, a.latest?.id]).toEqual(['no-date', 'kz-ots-trade-goal-2023', 'kz-ots-trade-2022']);
    expect(a.pace.achieved?.from.figure.id).toBe('kz-ots-trade-2010');
    expect(a.pace.achieved?.rate).toBeCloseTo(Math.pow(12.9 / 4.5, 1 / 12) - 1, 9); // +9.2 % a year
    expect(a.progress).toBeCloseTo(12.9 / 23, 9);
  });

  it('ca-intra-trade: a pace joins calendar years only, not the mid-2023 and September 2023 figures', () => {
    const a = assess('ca-intra-trade');
    expect([a.pace.achieved?.from.figure.id, a.pace.achieved?.to.figure.id]).toEqual([
      'ca-intra-trade-2023-kazinform',
      'ca-intra-trade-2024',
    ]);
  });

  it('china-europe-transit: 58-60 days (Dec 2020) to 13-15 days (Dec 2024) is a pace over four years', () => {
    const a = assess('china-europe-transit');
    const p = a.pace.achieved!;
    expect(p.to.year - p.from.year).toBeCloseTo(4, 9);
    expect(p.rate).toBeCloseTo((14 - 59) / 4, 9);
  });

  it.each(['ca-intra-trade', 'kz-ca-trade', 'titr-capacity', 'titr-cargo'])('%s has a goal with no year', (id) => {
    expect(assess(id).status).toBe('no-date');
  });

  it('each ca-intra-trade goal can be judged on its own', () => {
    const figs = figuresFor(real, 'ca-intra-trade')!;
    const remaining = figs.goals.map((g) => assessGoal(figs, realSources, '2026-03-01', g).remaining);
    expect(remaining).toEqual([3.5, 3.5, 8.5]);
  });
});

describe('conditional verdicts for goals with no year', () => {
  const assess = (id: string) => assessGoal(figuresFor(real, id)!, realSources, '2026-12-01');

  it('the worked example of docs/scenarios.md: from 12.9 bn (2022), 23 bn needs +7.5 % a year by 2030, +15.6 % by 2026; +9.2 % is enough from 2029', () => {
    const a = assess('kz-ots-trade');
    const c = a.conditional!;
    expect([c.reading.from, c.reading.to, c.reading.reasonKey]).toEqual([2026, 2030, 'medium-term']);
    expect(c.base.figure.id).toBe('kz-ots-trade-2022');
    expect(c.required.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(c.required[0]!.rate).toBeCloseTo(Math.pow(23 / 12.9, 1 / 4) - 1, 9); // 15.6 %
    expect(c.required.at(-1)!.rate).toBeCloseTo(Math.pow(23 / 12.9, 1 / 8) - 1, 9); // 7.5 %
    // 9.17 % a year: 2028 needs (23/12.9)^(1/6) − 1 = 10.1 %, 2029 needs 8.6 %
    expect(c.onTrackFrom).toBe(2029);
  });

  it('says when no reading is met, and gives the pace needed even without a pace so far', () => {
    // Central Asia: +4.5 % (2023→2024) against 20 bn "in the future", read as 2030-2035
    const ca = assess('ca-intra-trade').conditional!;
    expect([ca.reading.from, ca.reading.to]).toEqual([2030, 2035]);
    expect(ca.onTrackFrom).toBeNull();
    // Kazakhstan–Central Asia: one figure, so no pace so far, but the pace needed is still said
    const kz = assess('kz-ca-trade');
    expect(kz.pace.achieved).toBeNull();
    expect(kz.conditional!.required.length).toBeGreaterThan(1);
    expect(kz.conditional!.onTrackFrom).toBeNull();
  });

  it('is always a range of years and never turns into a stated deadline', () => {
    for (const ind of real.indicators) {
      const a = assess(ind.id);
      if (a.status !== 'no-date') continue;
      expect(a.goal?.deadline ?? null).toBeNull();
      expect(a.conditional!.reading.to).toBeGreaterThan(a.conditional!.reading.from);
    }
  });
});

describe('historicalProjection', () => {
  it('runs to the deadline at the achieved pace', () => {
    const pts = historicalProjection(series([...growth, goal(200, '2025')]), sources, ASOF)!;
    expect(pts.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026]); // the ends of 2022 … 2025
    expect(pts[3]?.value).toBeCloseTo(161.051, 6);
  });

  it('with no deadline, runs to the year the goal is reached', () => {
    const pts = historicalProjection(figuresFor(real, 'kz-ots-trade')!, realSources, '2026-03-01')!;
    const last = pts[pts.length - 1]!;
    // 12.9 bn at the end of 2022, +9.17 % a year: 23 bn after 6.59 years, during 2029
    expect(last.year).toBeCloseTo(2023 + (Math.log(23 / 12.9) / Math.log(12.9 / 4.5)) * 12, 5);
    expect(last.value).toBeCloseTo(23, 6);
  });

  it('caps at 15 years, or runs 5 years when the goal is never reached (a pace over four years)', () => {
    const slow = historicalProjection(
      series([actual('2018', 100), actual('2022', 104.0604), goal(200, null)]),
      sources,
      ASOF,
    )!;
    expect(slow[slow.length - 1]?.year).toBe(2038); // the end of 2022 + 15
    const away = historicalProjection(
      series([actual('2018', 121), actual('2022', 100), goal(200, null)]),
      sources,
      ASOF,
    )!;
    expect(away[away.length - 1]?.year).toBe(2028);
  });

  it('does not carry a pace from one or two years past the first year a vague horizon is read as', () => {
    // stated in 2024, "medium term" is read as 2027-2031: the two-year pace stops at the end of 2027
    const pts = historicalProjection(
      series([actual('2020', 100), actual('2022', 102.01), goal(200, null)]),
      sources,
      ASOF,
    )!;
    expect(pts.at(-1)?.year).toBe(2028);
    // ca-intra-trade: +4.5 % from 2023 to 2024 only, stopped at the end of 2030 ("in the future" from 2025)
    const ca = historicalProjection(figuresFor(real, 'ca-intra-trade')!, realSources, '2026-03-01')!;
    expect(ca.at(-1)?.year).toBe(2031);
  });

  it('is null without two comparable actuals, and honours untilYear', () => {
    expect(historicalProjection(figuresFor(real, 'titr-cargo')!, realSources, '2026-03-01')).toBeNull();
    const pts = historicalProjection(series([...growth, goal(200, '2025')]), sources, ASOF, 2030)!;
    expect(pts[pts.length - 1]?.year).toBe(2030);
  });
});
