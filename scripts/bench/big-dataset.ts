/**
 * A valid dataset with 10,000 figures for the responsiveness measure: the real sources, indicators
 * and figures, plus generated actual figures (monthly and yearly) spread over the years and the
 * indicators, attributed to a context source (so quote and translation are null).
 */
import type { Dataset, Figure } from '../../src/domain/dataset-schema';
import { parseDataset } from '../../src/domain/parse-dataset';

/** A small deterministic generator, so every run serves the same file. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_YEAR = 1996;
const LAST_YEAR = 2025;

export function bigDataset(real: Dataset, total = 10_000): Dataset {
  const context = real.sources.find((s) => s.tier === 'context');
  if (!context) throw new Error('the dataset has no context source to attribute generated figures to');
  const random = mulberry32(20_240_101);
  const figures: Figure[] = [...real.figures];
  const years = LAST_YEAR - FIRST_YEAR + 1;
  for (let i = 0; figures.length < total; i++) {
    const indicator = real.indicators[i % real.indicators.length]!;
    const latest = real.figures.filter((f) => f.indicator === indicator.id && f.value !== null).at(-1);
    const scale = latest?.value ?? 10;
    const year = FIRST_YEAR + (Math.floor(i / real.indicators.length) % years);
    const monthly = random() < 0.7;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const trend = indicator.better === 'lower' ? 1.6 - (year - FIRST_YEAR) / years : 0.3 + (year - FIRST_YEAR) / years;
    const raw = scale * trend * (0.85 + 0.3 * random());
    const value = Number((indicator.unit === '%' ? Math.min(raw, 100) : raw).toPrecision(3));
    figures.push({
      id: `bench-${indicator.id}-${i}`,
      indicator: indicator.id,
      kind: 'actual',
      value,
      qualifier: random() < 0.2 ? 'about' : null,
      unit: indicator.unit,
      period: monthly ? `${year}-${month}` : String(year),
      periodKind: monthly ? 'as-of' : 'year',
      source: context.id,
      quote: null,
      translation: null,
    });
  }
  const dataset: Dataset = { ...real, title: `${real.title} (benchmark: ${total} figures)`, figures };
  const check = parseDataset(dataset);
  if (!check.ok) throw new Error(`generated dataset is invalid: ${JSON.stringify(check.problems.slice(0, 3))}`);
  return dataset;
}
