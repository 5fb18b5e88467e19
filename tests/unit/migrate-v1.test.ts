import { readFileSync } from 'node:fs';
import { migrateV1toV2, periodKindFromV1, qualifierFromV1 } from '../../src/domain/migrate-v1';
import { parseDataset } from '../../src/domain/parse-dataset';

/** The dataset as it was published under schema version 1 (kept as a fixture). */
const v1 = JSON.parse(readFileSync(new URL('../fixtures/dataset-v1.json', import.meta.url), 'utf8')) as {
  schemaVersion: number;
  figures: Record<string, unknown>[];
  sources: Record<string, unknown>[];
};

describe('migrateV1toV2', () => {
  it('loads the version-1 dataset and says once that it was migrated', () => {
    expect(v1.schemaVersion).toBe(1);
    const parsed = parseDataset(structuredClone(v1));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(/schemaVersion 1; it was migrated to version 2/);
    expect(parsed.dataset.schemaVersion).toBe(2);
  });

  it('keeps every id, value, period and quote of version 1', () => {
    const parsed = parseDataset(structuredClone(v1));
    if (!parsed.ok) throw new Error('v1 must load');
    const keep = (f: Record<string, unknown>) => [f.id, f.value, f.low, f.high, f.period, f.quote, f.source];
    expect(parsed.dataset.figures.map((f) => keep(f as unknown as Record<string, unknown>))).toEqual(
      v1.figures.map(keep),
    );
  });

  it('puts a one-language text into every language, and a translation into every language but the quote’s', () => {
    const out = migrateV1toV2(structuredClone(v1)) as {
      sources: Record<string, unknown>[];
      figures: Record<string, unknown>[];
    };
    expect(out.sources[0]!.speaker).toEqual({
      en: 'Kassym-Jomart Tokayev',
      ru: 'Kassym-Jomart Tokayev',
      kk: 'Kassym-Jomart Tokayev',
    });
    const ru = out.figures.find((f) => f.id === 'kz-ots-trade-2019')!; // a Russian quote
    expect(Object.keys(ru.translation as object).sort()).toEqual(['en', 'kk']);
    const kk = out.figures.find((f) => f.id === 'kz-transit-2023')!; // a Kazakh quote
    expect(Object.keys(kk.translation as object).sort()).toEqual(['en', 'ru']);
    expect(ru).not.toHaveProperty('approx');
    expect(ru).not.toHaveProperty('atLeast');
  });

  it.each([
    ['approx, "около 7"', { approx: true, quote: 'составил около 7 миллиардов' }, 'about'],
    ['approx, "почти 3 млн тонн"', { approx: true, quote: 'вырос на 65%, или почти 3 млн тонн' }, 'almost'],
    ['approx, "3 млн тоннаға жуық"', { approx: true, quote: '3 млн тоннаға жуық' }, 'almost'],
    ['approx, no quote', { approx: true, quote: null }, 'about'],
    ['atLeast, "кем дегенде 3 есеге"', { approx: false, atLeast: true, quote: 'кем дегенде 3 есеге' }, 'at least'],
    ['atLeast, "свыше 10 млрд"', { approx: false, atLeast: true, quote: 'свыше 10 млрд' }, 'over'],
    ['atLeast, no quote', { approx: false, atLeast: true, quote: null }, 'at least'],
    ['neither', { approx: false, quote: 'в 2019 году – 7,8 млрд долларов' }, null],
  ])('qualifier from %s', (_name, figure, want) => {
    expect(qualifierFromV1(figure)).toBe(want);
  });

  it.each([
    ['actual', '2019', 'year'],
    ['actual', '2023-09', 'as-of'],
    ['actual', '2022-01/2022-10', 'part-year'],
    ['change', '2019/2020', 'between'],
    ['change', '2023-01/2023-11', 'between'],
    ['actual', null, null],
  ])('period kind of a %s with period %s is %s', (kind, period, want) => {
    expect(periodKindFromV1(kind, period)).toBe(want);
  });

  it('passes values of a wrong type through, so the schema names them', () => {
    const broken = structuredClone(v1);
    broken.figures[0]!.note = 42;
    broken.sources[1]!.event = ['not', 'text'];
    const parsed = parseDataset(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.record} ${p.field}`)).toEqual([
      `sources[1] (${String(v1.sources[1]!.id)}) event`,
      `figures[0] (${String(v1.figures[0]!.id)}) note`,
    ]);
  });
});
