// The bench's page-against-its-HTML comparison (scripts/bench/report.ts): runs are paired by their
// number, so a load that failed on one side leaves that run out instead of shifting every pair after it.
import { describe, expect, it } from 'vitest';
import { emptySeries, paired, pairedLine, type Series } from '../../scripts/bench/report';

const series = (runs: number[], tbt: number[]): Series => ({ ...emptySeries(), run: runs, tbt });

describe('paired', () => {
  it('compares run by run, not by position', () => {
    // the page's run 2 failed: its kept loads are runs 1, 3, 4
    const page = series([1, 3, 4], [150, 120, 200]);
    const noApp = series([1, 2, 3, 4], [100, 999, 130, 170]);
    expect(paired(page, noApp, (s) => s.tbt)).toEqual({ runs: 3, median: 30, min: -10, max: 50, above: 2 });
  });

  it('has nothing to say without a run both loads survived', () => {
    expect(paired(series([1], [100]), series([2], [90]), (s) => s.tbt)).toBeNull();
    expect(pairedLine(null)).toBe('n/a');
  });

  it('prints the sign of every difference, with a true minus', () => {
    const line = pairedLine(paired(series([1, 2], [100, 140]), series([1, 2], [130, 140]), (s) => s.tbt));
    expect(line).toBe('−15 ms median (−30 to ±0), above in 0 of 2 runs');
  });
});
