import { readFileSync } from 'node:fs';
import {
  checkClaim,
  computeChange,
  decimals,
  figureInterval,
  judge,
  orderPair,
  type ClaimVerdict,
} from '../../src/domain/claim-check';
import type { Dataset, Figure } from '../../src/domain/dataset-schema';
import { parseDataset } from '../../src/domain/parse-dataset';

const raw = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error('the real dataset must parse');
const real: Dataset = parsed.dataset;
const byId = (ds: Dataset, id: string): Figure => {
  const f = ds.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

const fig = (id: string, period: string | null, v: number | [number, number], extra: Partial<Figure> = {}): Figure => {
  const range = Array.isArray(v) ? { value: null, low: v[0], high: v[1] } : { value: v };
  return {
    id,
    indicator: 'i',
    kind: 'actual',
    qualifier: null,
    periodKind: period === null ? null : period.includes('/') ? 'between' : period.length === 4 ? 'year' : 'as-of',
    unit: 'bn USD',
    period,
    source: 's',
    quote: null,
    translation: null,
    ...range,
    ...extra,
  } as Figure;
};
const change = (
  value: number,
  unit: '%' | 'x',
  direction: 'increase' | 'decrease',
  relates: string[],
  extra: Partial<Figure> = {},
) => fig('c', null, value, { kind: 'change', unit, direction, relates, ...extra });
/** A dataset holding just these figures (checkClaim only looks figures up by id). */
const dsOf = (...figures: Figure[]): Dataset => ({ ...real, figures });

describe('checkClaim on the real dataset', () => {
  it.each([
    // 7.8 → about 7 ([6.5, 7.5]): a fall of 3.85–16.67 %, which includes 11.2
    ['kz-ots-trade-change-2019-2020', 'holds', 'within-computed', [3.8461538, 16.6666667]],
    // 4.5 → 12.9 is 2.87 times: "3 times" is 4.7 % off
    ['kz-ots-trade-change-2010-2022', 'rounded', 'within-ten-percent', [2.8666667, 2.8666667]],
    // 53 → 19–23 days is 2.30–2.79 times shorter: not "at least 3 times"
    ['china-europe-transit-change', 'does-not-hold', 'at-least-fails', [2.3043478, 2.7894737]],
    // 12 → 6 days: halved
    ['kz-transit-change', 'holds', 'within-computed', [2, 2]],
  ] as const)('%s → %s', (id, verdict, reason, computed) => {
    const c = checkClaim(byId(real, id), real);
    expect([c.verdict, c.reasonKey]).toEqual([verdict, reason]);
    expect(c.computed?.low).toBeCloseTo(computed[0], 6);
    expect(c.computed?.high).toBeCloseTo(computed[1], 6);
  });

  it.each(['titr-cargo-change-2022-2023', 'titr-containers-change-2023-2024'])(
    '%s → not-checkable, with nothing computed',
    (id) => {
      const c = checkClaim(byId(real, id), real);
      expect([c.verdict, c.reasonKey]).toEqual(['not-checkable', 'needs-two-figures']);
      expect(c.computed).toBeNull();
    },
  );

  it('orders the undated "before" figure first', () => {
    const c = checkClaim(byId(real, 'china-europe-transit-change'), real);
    expect([c.from?.id, c.to?.id]).toEqual(['china-europe-transit-before', 'china-europe-transit-2023']);
  });

  it('has a verdict for every change figure, and only one-figure changes are not checkable', () => {
    for (const f of real.figures.filter((x) => x.kind === 'change')) {
      const c = checkClaim(f, real);
      const checkable = (f.relates ?? []).length >= 2;
      expect(c.verdict === 'not-checkable', f.id).toBe(!checkable);
    }
  });
});

describe('building blocks', () => {
  it.each([
    [7, 0],
    [7.8, 1],
    [11.25, 2],
    [300000, 0],
    [1e-7, 7],
  ])('decimals(%d) = %d', (x, d) => expect(decimals(x)).toBe(d));

  it.each([
    ['about 7', fig('a', '2020', 7, { qualifier: 'about' }), 6.5, 7.5],
    ['about 7.8', fig('a', '2020', 7.8, { qualifier: 'about' }), 7.75, 7.85],
    ['exactly 7.8', fig('a', '2020', 7.8), 7.8, 7.8],
    ['19–23', fig('a', '2020', [19, 23]), 19, 23],
    ['over 11.9', fig('a', '2020', 11.9, { qualifier: 'over' }), 11.9, 11.9],
  ])('%s is an interval', (_name, f, low, high) => {
    const i = figureInterval(f)!;
    expect(i.low).toBeCloseTo(low, 12);
    expect(i.high).toBeCloseTo(high, 12);
  });

  it.each([
    ['2019', '2020', ['a', 'b']],
    ['2020', '2019', ['b', 'a']],
    [null, '2023-09', ['a', 'b']],
    ['2023-09', null, ['b', 'a']],
    [null, null, ['a', 'b']],
    ['2019/2022', '2020/2022', ['a', 'b']],
  ] as const)('orders %s and %s', (pa, pb, expected) => {
    const [from, to] = orderPair(fig('a', pa, 1), fig('b', pb, 2));
    expect([from.id, to.id]).toEqual(expected);
  });

  it.each([
    [100, 100, 125, 125, '%', 'increase', 25, 25],
    [100, 100, 80, 80, '%', 'decrease', 20, 20],
    [4, 5, 10, 12, '%', 'increase', 100, 200],
    [10, 12, 6, 9, '%', 'decrease', 10, 50],
    [4, 5, 10, 12, 'x', 'increase', 2, 3],
    [53, 53, 19, 23, 'x', 'decrease', 53 / 23, 53 / 19],
  ] as const)('[%d, %d] → [%d, %d] in %s %s is [%d, %d]', (fl, fh, tl, th, unit, dir, low, high) => {
    const c = computeChange({ low: fl, high: fh }, { low: tl, high: th }, unit, dir)!;
    expect(c.low).toBeCloseTo(low, 9);
    expect(c.high).toBeCloseTo(high, 9);
  });

  it('cannot compute from a zero base', () => {
    expect(computeChange({ low: 0, high: 1 }, { low: 2, high: 2 }, '%', 'increase')).toBeNull();
    expect(computeChange({ low: 5, high: 5 }, { low: 0, high: 0 }, 'x', 'decrease')).toBeNull();
  });

  it.each([
    // stated, atLeast, computed low..high, verdict
    [11.2, false, 11.16, 11.24, 'holds'], // rounds to 11.2
    [11.2, false, 11.26, 11.3, 'rounded'], // 11.3 at one decimal; 0.5 % off
    [3, false, 2.96, 2.96, 'holds'], // 3.0 at one decimal
    [3, false, 2.7, 2.8, 'rounded'], // 7.1 % short of 2.8
    [3, false, 2.6, 2.7, 'does-not-hold'], // 11.1 % short of 2.7
    [2, false, 2.21, 2.3, 'rounded'], // 9.5 % below 2.21, the nearer end
    [2, false, 2.25, 2.3, 'does-not-hold'], // 11.1 % from 2.25
    [3, true, 2.96, 4, 'holds'], // at least 3.0 once rounded
    [3, true, 2.9, 4, 'does-not-hold'], // part of the interval is below 3
  ] as const)('stated %d (at least: %s) vs [%d, %d] → %s', (stated, atLeast, low, high, verdict) => {
    expect(judge({ low: stated, high: stated }, atLeast, { low, high }).verdict).toBe<ClaimVerdict>(verdict);
  });
});

describe('checkClaim on synthetic pairs', () => {
  const a = fig('a', '2019', 7.8);
  const b = fig('b', '2020', 7, { qualifier: 'about' });

  it('reads relates in either order', () => {
    const c = checkClaim(change(11.2, '%', 'decrease', ['b', 'a']), dsOf(a, b));
    expect([c.verdict, c.from?.id, c.to?.id]).toEqual(['holds', 'a', 'b']);
  });

  it('does not hold when the direction is wrong', () => {
    expect(checkClaim(change(11.2, '%', 'increase', ['a', 'b']), dsOf(a, b)).verdict).toBe('does-not-hold');
  });

  it('an approximate claim holds when its own interval overlaps', () => {
    const from = fig('a', '2010', 4.5);
    const to = fig('b', '2022', 12.9);
    expect(checkClaim(change(3, 'x', 'increase', ['a', 'b'], { qualifier: 'about' }), dsOf(from, to)).verdict).toBe(
      'holds',
    );
  });

  it.each([
    ['one related figure', ['a'], 'needs-two-figures'],
    ['an unknown id', ['a', 'zzz'], 'needs-two-figures'],
    ['no relates', [], 'needs-two-figures'],
  ])('is not checkable with %s', (_name, relates, reason) => {
    const c = checkClaim(change(11.2, '%', 'decrease', relates), dsOf(a, b));
    expect([c.verdict, c.reasonKey, c.computed]).toEqual(['not-checkable', reason, null]);
  });

  it('is not checkable across units, or for a figure that is not a change', () => {
    const t = fig('t', '2020', 7, { unit: 'mn t' });
    expect(checkClaim(change(11.2, '%', 'decrease', ['a', 't']), dsOf(a, t)).reasonKey).toBe('units-differ');
    expect(checkClaim(a, dsOf(a, b)).reasonKey).toBe('not-a-change');
  });
});
