/**
 * A valid dataset `factor` times the real one, for the benchmark of growth: every source, indicator
 * and figure again under new ids (`<id>-x<k>`), with their real texts, numbers and quotes, and the
 * copies' names told apart by a number ("… · 2"). From 10× on, it also holds the indicator a reader
 * of a 1,000-goal tracker looks for: Kazakhstan's trade with Uzbekistan (the figures of
 * Kazakhstan's trade with Central Asia under its name: a benchmark's stand-in, never published).
 */
import type { Dataset, Figure, Indicator, Localized, Source } from '../../src/domain/dataset-schema';
import { parseDataset } from '../../src/domain/parse-dataset';

const copyId = (id: string, k: number) => `${id}-x${k}`;
const numbered = (text: Localized, n: number): Localized => ({
  en: `${text.en} · ${n}`,
  ru: `${text.ru} · ${n}`,
  kk: `${text.kk} · ${n}`,
});

/** The stand-in a reader searches for, and the indicator whose figures it borrows. */
export const SEARCHED = {
  id: 'kz-uz-trade',
  from: 'kz-ca-trade',
  name: {
    en: "Kazakhstan's trade with Uzbekistan",
    ru: 'Товарооборот Казахстана и Узбекистана',
    kk: 'Қазақстан мен Өзбекстанның тауар айналымы',
  },
  countries: ['KZ', 'UZ'],
} as const;

export function grownDataset(real: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`a scale is a whole number ≥ 1, got ${factor}`);
  if (factor === 1) return real;
  const sources: Source[] = [...real.sources];
  const indicators: Indicator[] = [...real.indicators];
  const figures: Figure[] = [...real.figures];
  for (let k = 2; k <= factor; k++) {
    for (const s of real.sources) sources.push({ ...s, id: copyId(s.id, k) });
    for (const i of real.indicators) indicators.push({ ...i, id: copyId(i.id, k), name: numbered(i.name, k) });
    for (const f of real.figures)
      figures.push({
        ...f,
        id: copyId(f.id, k),
        indicator: copyId(f.indicator, k),
        source: copyId(f.source, k),
        ...(f.relates ? { relates: f.relates.map((r) => copyId(r, k)) } : {}),
      });
  }
  const model = real.indicators.find((i) => i.id === SEARCHED.from);
  if (model) {
    indicators.push({ ...model, id: SEARCHED.id, name: { ...SEARCHED.name }, countries: [...SEARCHED.countries] });
    for (const f of real.figures.filter((x) => x.indicator === SEARCHED.from))
      figures.push({
        ...f,
        id: `${SEARCHED.id}-${f.id}`,
        indicator: SEARCHED.id,
        ...(f.relates ? { relates: f.relates.map((r) => `${SEARCHED.id}-${r}`) } : {}),
      });
  }
  const dataset: Dataset = {
    ...real,
    title: `${real.title} (benchmark: ${factor}×)`,
    sources,
    indicators,
    figures,
  };
  const check = parseDataset(dataset);
  if (!check.ok) throw new Error(`the ${factor}× dataset is invalid: ${JSON.stringify(check.problems.slice(0, 3))}`);
  return dataset;
}
