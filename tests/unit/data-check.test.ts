import { readFileSync } from 'node:fs';
import { explainQuoteMismatch } from '../../src/domain/check-quotes';
import { runDataCheck } from '../../src/domain/data-check';
import type { Dataset } from '../../src/domain/dataset-schema';
import { figure, realDataset, realSources, schemaFilePath } from './dataset-fixture';

const sources = realSources();

/** Runs every check on a copy of the real dataset after `breakIt` has broken one thing. */
function check(breakIt: (ds: Dataset) => void, texts: ReadonlyMap<string, string> = sources) {
  const ds = realDataset();
  breakIt(ds);
  return runDataCheck({ datasetText: JSON.stringify(ds), sources: texts });
}

/** `[record, field]` of each problem, for exact comparison. */
const where = (r: { problems: { record: string; field: string }[] }) => r.problems.map((p) => [p.record, p.field]);

const at = (ds: Dataset, id: string) => `figures[${figure(ds, id).i}] (${id})`;
const ds0 = realDataset();

describe('the real dataset', () => {
  it('passes every check against the real sources, with an up-to-date JSON Schema', () => {
    const result = runDataCheck({
      datasetText: readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'),
      sources,
      schemaFileText: readFileSync(schemaFilePath, 'utf8'),
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.summary).toBe(
      `data:check: ${ds0.figures.length} figures, ${ds0.indicators.length} indicators, ${ds0.sources.length} sources — OK`,
    );
  });
});

describe('a broken copy of the dataset', () => {
  it('a quote with one changed character (decimal point for comma)', () => {
    const r = check((ds) => {
      const { f } = figure(ds, 'kz-ots-trade-2019');
      f.quote = (f.quote ?? '').replace('7,8', '7.8');
    });
    expect(where(r)).toEqual([[at(ds0, 'kz-ots-trade-2019'), 'quote']]);
    expect(r.problems[0]?.message).toMatch(/has "\." \(U\+002E\) where the document has "," \(U\+002C\)/);
  });

  it('a quote with a Latin "o" for the Cyrillic "о" in its first word', () => {
    const r = check((ds) => {
      const { f } = figure(ds, 'ca-intra-trade-2024');
      f.quote = (f.quote ?? '').replace(/^о/, 'o');
    });
    expect(where(r)).toEqual([[at(ds0, 'ca-intra-trade-2024'), 'quote']]);
    expect(r.problems[0]?.message).toContain('U+006F');
  });

  it.each([
    ['value 7.8 → 7.9', 'kz-ots-trade-2019', 'value', (f: Dataset['figures'][number]) => (f.value = 7.9)],
    ['range low 19 → 18', 'china-europe-transit-2023', 'low', (f: Dataset['figures'][number]) => (f.low = 18)],
    ['range high 23 → 25', 'china-europe-transit-2023', 'high', (f: Dataset['figures'][number]) => (f.high = 25)],
    [
      'qualifier dropped from "около 7"',
      'kz-ots-trade-2020',
      'qualifier',
      (f: Dataset['figures'][number]) => (f.qualifier = null),
    ],
    [
      '"почти 3" (almost) read as "about"',
      'titr-cargo-2023',
      'qualifier',
      (f: Dataset['figures'][number]) => (f.qualifier = 'about'),
    ],
    [
      'qualifier added with no qualifier word',
      'ca-intra-trade-2024',
      'qualifier',
      (f: Dataset['figures'][number]) => (f.qualifier = 'about'),
    ],
    [
      'qualifier added where "почти" qualifies another number',
      'titr-cargo-change-2022-2023',
      'qualifier',
      (f: Dataset['figures'][number]) => (f.qualifier = 'almost'),
    ],
    [
      '"кем дегенде" (at least) read as "over"',
      'china-europe-transit-change',
      'qualifier',
      (f: Dataset['figures'][number]) => (f.qualifier = 'over'),
    ],
    [
      '"в прошлом году" figure marked as of a month',
      'ca-intra-trade-2024',
      'periodKind',
      (f: Dataset['figures'][number]) => ((f.period = '2024-12'), (f.periodKind = 'as-of')),
    ],
    [
      '"қазірдің өзінде" figure marked as a calendar year',
      'china-europe-transit-2023',
      'periodKind',
      (f: Dataset['figures'][number]) => ((f.period = '2023'), (f.periodKind = 'year')),
    ],
    [
      'a period kind that does not fit the period',
      'kz-ots-trade-2019',
      'periodKind',
      (f: Dataset['figures'][number]) => (f.periodKind = 'as-of'),
    ],
    [
      'a Kazakh translation of a Kazakh quote',
      'kz-transit-2023',
      'translation.kk',
      (f: Dataset['figures'][number]) => f.translation && (f.translation.kk = 'қайталау'),
    ],
    [
      'a Russian quote with no Kazakh rendering',
      'ca-intra-trade-2024',
      'translation.kk',
      (f: Dataset['figures'][number]) => f.translation && delete f.translation.kk,
    ],
    [
      'a note that doubts the scope, with no scope',
      'kz-ots-trade-2025-baq',
      'scope',
      (f: Dataset['figures'][number]) => delete f.scope,
    ],
    [
      'an empty Kazakh note',
      'kz-transit-goal-2023',
      'note.kk',
      (f: Dataset['figures'][number]) => f.note && (f.note.kk = ' '),
    ],
    ['multiple 2 → 3 for "екі есе"', 'kz-transit-change', 'value', (f: Dataset['figures'][number]) => (f.value = 3)],
    [
      'unknown indicator',
      'kz-ots-trade-2022',
      'indicator',
      (f: Dataset['figures'][number]) => (f.indicator = 'no-such-indicator'),
    ],
    ['unknown source', 'kz-ots-trade-2022', 'source', (f: Dataset['figures'][number]) => (f.source = 'no-such-source')],
    [
      'missing translation for a primary figure',
      'kz-digital-payments-2023',
      'translation',
      (f: Dataset['figures'][number]) => (f.translation = null),
    ],
    [
      'wrong type in a field',
      'kz-ots-trade-goal-2023',
      'value',
      (f: Dataset['figures'][number]) => ((f as Record<string, unknown>).value = '23'),
    ],
  ])('%s', (_name, id, field, breakIt) => {
    const r = check((ds) => breakIt(figure(ds, id).f));
    expect(r.ok).toBe(false);
    expect(where(r)).toEqual([[at(ds0, id), field]]);
    expect(r.summary).toBe('data:check: 1 problem');
  });

  describe('valid JSON, absurd content: a precise message naming the record and the field', () => {
    type F = Dataset['figures'][number];
    it.each<[string, string, string, (f: F) => void, RegExp]>([
      ['a figure of 1e308', 'kz-ots-trade-2019', 'value', (f) => (f.value = 1e308), /beyond any plausible figure/],
      ['a negative number of days', 'kz-transit-2023', 'value', (f) => (f.value = -6), /negative/],
      ['a deadline in 1900', 'kz-transit-goal-2023', 'deadline', (f) => (f.deadline = '1900'), /outside 1990–2100/],
      ['a period like 2023-13', 'kz-transit-2023', 'period', (f) => (f.period = '2023-13'), /expected YYYY/],
      ['a year 3023', 'kz-ots-trade-2019', 'period', (f) => (f.period = '3023'), /outside 1950–2100/],
      [
        'a bidi override in a note',
        'kz-transit-goal-2023',
        'note.en',
        (f) => f.note && (f.note.en = 'by \u202Eend of 2023'),
        /bidirectional control/,
      ],
      [
        'a 10,000-character quote',
        'kz-transit-2023',
        'quote',
        (f) => (f.quote = 'x'.repeat(10_000)),
        /longer than 3000 characters/,
      ],
      [
        'a deadline before the goal was stated',
        'kz-transit-goal-2023',
        'deadline',
        (f) => (f.deadline = '2020'),
        /before the goal was stated/,
      ],
    ])('%s', (_name, id, field, breakIt, message) => {
      const r = check((ds) => breakIt(figure(ds, id).f));
      expect(where(r)).toEqual([[at(ds0, id), field]]);
      expect(r.problems[0]?.message).toMatch(message);
    });

    it('a javascript: address for a context source', () => {
      const r = check((ds) => (ds.sources[5]!.url = 'javascript:alert(1)'));
      expect(where(r)).toEqual([[`sources[5] (${ds0.sources[5]!.id})`, 'url']]);
    });

    it('10,000 indicators', () => {
      const r = check((ds) => {
        const one = ds.indicators[0]!;
        ds.indicators = Array.from({ length: 10_000 }, (_, i) => ({ ...one, id: `i-${i}` }));
      });
      expect(where(r)).toEqual([['dataset', 'indicators']]);
      expect(r.problems[0]?.message).toMatch(/more than 5,000 indicators/);
    });

    it('100,001 figures', () => {
      const r = check((ds) => {
        const one = ds.figures.find((f) => ds.sources.find((s) => s.id === f.source)?.tier === 'context')!;
        ds.figures = Array.from({ length: 100_001 }, (_, i) => ({ ...one, id: `f-${i}` }));
      });
      expect(where(r)).toEqual([['dataset', 'figures']]);
      expect(r.problems[0]?.message).toMatch(/more than 100,000 figures/);
    }, 60_000);
  });

  it('a duplicate id', () => {
    const r = check((ds) => {
      const copy = structuredClone(figure(ds, 'kz-ots-trade-2022').f);
      ds.figures.push(copy);
    });
    expect(where(r)).toEqual([[`figures[${ds0.figures.length}] (kz-ots-trade-2022)`, 'id']]);
    expect(r.problems[0]?.message).toContain('duplicate id');
  });

  it('a missing schemaVersion', () => {
    const r = check((ds) => delete (ds as Partial<Dataset>).schemaVersion);
    expect(where(r)).toEqual([['dataset', 'schemaVersion']]);
  });

  it('a newer schemaVersion is a warning, not a problem', () => {
    const r = check((ds) => ((ds as { schemaVersion: number }).schemaVersion = 3));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('schemaVersion 3');
  });

  it('an indicator name with a language missing names the record and the field', () => {
    const r = check((ds) => delete (ds.indicators[0]!.measures as Partial<Record<string, string>>).ru);
    expect(where(r)).toEqual([[`indicators[0] (${ds0.indicators[0]!.id})`, 'measures.ru']]);
  });

  it('a speaker written as one string (the v1 form) in a v2 file', () => {
    const r = check((ds) => ((ds.sources[0] as Record<string, unknown>).speaker = 'Kassym-Jomart Tokayev'));
    expect(where(r)).toEqual([[`sources[0] (${ds0.sources[0]!.id})`, 'speaker']]);
  });

  it('truncated JSON', () => {
    const text = JSON.stringify(realDataset(), null, 2);
    const r = runDataCheck({ datasetText: text.slice(0, Math.floor(text.length / 2)), sources });
    expect(where(r)).toEqual([['dataset', '']]);
    expect(r.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('a missing document file', () => {
    const ds = realDataset();
    const source = ds.sources.find((s) => s.id === 's000-turkic-council-2021');
    const texts = new Map(sources);
    texts.delete(source?.document ?? '');
    const r = check(() => {}, texts);
    const affected = ds.figures.filter((f) => f.source === source?.id).map((f) => [at(ds, f.id), 'quote']);
    expect(affected.length).toBeGreaterThan(0);
    expect(where(r)).toEqual([
      [`sources[${ds.sources.indexOf(source!)}] (s000-turkic-council-2021)`, 'document'],
      ...affected,
    ]);
    expect(r.problems[0]?.message).toContain(source?.document);
  });
});

describe('explainQuoteMismatch', () => {
  const text = 'Так, в прошлом году объем торговли составил около 7 миллиардов долларов.';

  it('points at the first differing character', () => {
    expect(explainQuoteMismatch('объем торговли составил почти 7', text)).toContain(
      'then has "п" (U+043F) where the document has "о" (U+043E)',
    );
  });

  it('reads from the end when the start differs', () => {
    expect(explainQuoteMismatch('Объем торговли составил около 7', text)).toMatch(
      /before them it has "О" .* where the document has "о"/,
    );
  });

  it('says when only spacing differs', () => {
    expect(explainQuoteMismatch('составил около\u00A07 миллиардов', text)).toContain('normalized');
  });
});
