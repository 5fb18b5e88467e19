import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDataset } from '../../src/domain/parse-dataset';
import { currentGoal, figuresFor, latestActual, sourceMap } from '../../src/domain/series';

const raw = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error('the real dataset must parse');
const ds: Dataset = parsed.dataset;
const sources = sourceMap(ds);

describe('indicator series from the real dataset', () => {
  it('keeps undated figures off the time axis', () => {
    const figs = figuresFor(ds, 'china-europe-transit')!;
    expect(figs.undated.map((f) => f.id)).toEqual(['china-europe-transit-before']);
    expect(figs.dated.every((f) => f.period !== null)).toBe(true);
  });

  it('orders goals by when they were stated, so a moved goalpost shows', () => {
    const figs = figuresFor(ds, 'ca-intra-trade')!;
    expect(figs.goals.map((g) => g.value)).toEqual([15, 15, 20]);
    expect(currentGoal(figs)?.id).toBe('ca-intra-trade-goal-2025');
  });

  it('prefers a full-year figure over a later part-year span', () => {
    const figs = figuresFor(ds, 'titr-containers')!;
    expect(latestActual(figs, sources)?.id).toBe('titr-containers-2024');
  });

  it('prefers the primary source when two figures share a period', () => {
    const figs = figuresFor(ds, 'titr-cargo')!;
    expect(latestActual(figs, sources)?.id).toBe('titr-cargo-2023');
  });

  it('returns null for an unknown indicator', () => {
    expect(figuresFor(ds, 'nope')).toBeNull();
  });
});
