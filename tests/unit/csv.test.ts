import { describe, expect, it } from 'vitest';
import raw from '../../data/dataset.json';
import { CSV_COLUMNS, csvCell, datasetToCsv, figuresToCsv, plainNumber, toCsv } from '../../src/domain/csv';
import { datasetSchema, type Dataset } from '../../src/domain/dataset-schema';
import { parseCsv } from '../fixtures/parse-csv';

const dataset: Dataset = datasetSchema.parse(raw);

describe('CSV cells', () => {
  it('quotes fields with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('writes empty cells for null and undefined, and booleans as words', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers plainly and never guards them: negative numbers stay numbers', () => {
    expect(csvCell(-11.2)).toBe('-11.2');
    expect(csvCell(7.8)).toBe('7.8');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1234567.5)).toBe('1234567.5');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-2.5e-7)).toBe('-0.00000025');
    expect(plainNumber(1.5e22)).toBe('15000000000000000000000');
    expect(() => plainNumber(Number.NaN)).toThrow(/finite/);
  });

  it('ends every line, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        [null, 'b,c'],
      ]),
    ).toBe('a,1\r\n,"b,c"\r\n');
  });
});

describe('the dataset as CSV', () => {
  const rows = parseCsv(datasetToCsv(dataset));

  it('has the header and one row per figure, each as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(dataset.figures.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(dataset.figures.map((f) => f.id));
  });

  const byId = (id: string) => {
    const row = rows.find((r) => r[0] === id);
    if (!row) throw new Error(`no row for ${id}`);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
  };

  it('round-trips a Cyrillic quote character for character, with its source and indicator', () => {
    const fig = dataset.figures.find((f) => f.id === 'kz-ots-trade-2020')!;
    const row = byId('kz-ots-trade-2020');
    expect(row.quote).toBe(fig.quote);
    expect(row.quote).toMatch(/около 7 миллиардов долларов/);
    expect(row).toMatchObject({
      indicator_id: 'kz-ots-trade',
      kind: 'actual',
      value: '7',
      low: '',
      qualifier: 'about',
      approx: 'true',
      at_least: 'false',
      unit: 'bn USD',
      period: '2020',
      period_kind: 'year',
      source_id: 's000-turkic-council-2021',
      source_tier: 'primary',
      speaker_en: 'Kassym-Jomart Tokayev',
      speaker_ru: 'Касым-Жомарт Токаев',
      speaker_kk: 'Қасым-Жомарт Тоқаев',
      quote_language: 'ru',
      translation_ru: '',
      event_date: '2021-03-31',
      url_or_document: '000_47275f1646ad4bae.txt',
    });
  });

  it('reads back every quote, and every translation and note in each language, unchanged', () => {
    for (const f of dataset.figures) {
      const row = byId(f.id);
      expect(row.quote, f.id).toBe(f.quote ?? '');
      for (const lang of ['en', 'ru', 'kk'] as const) {
        expect(row[`translation_${lang}`], f.id).toBe(f.translation?.[lang] ?? '');
        expect(row[`note_${lang}`], f.id).toBe(f.note?.[lang] ?? '');
        expect(row[`horizon_${lang}`], f.id).toBe(f.horizon?.[lang] ?? '');
      }
    }
  });

  it('writes a figure of uncertain scope with its reason in every language', () => {
    const f = dataset.figures.find((x) => x.id === 'kz-ots-trade-2025-baq')!;
    expect(byId(f.id)).toMatchObject({
      qualifier: 'over',
      at_least: 'true',
      scope: 'uncertain',
      scope_reason_en: f.scope!.reason.en,
      scope_reason_ru: f.scope!.reason.ru,
      scope_reason_kk: f.scope!.reason.kk,
    });
  });

  it('writes changes with their direction and related figures, ranges with low and high', () => {
    expect(byId('kz-ots-trade-change-2019-2020')).toMatchObject({
      value: '11.2',
      direction: 'decrease',
      relates: 'kz-ots-trade-2019 kz-ots-trade-2020',
    });
    const range = dataset.figures.find((f) => f.value === null)!;
    expect(byId(range.id)).toMatchObject({ value: '', low: String(range.low), high: String(range.high) });
  });

  it('gives a context source its address', () => {
    const fig = dataset.figures.find((f) => f.source === 'c-kursiv-2022-07-21')!;
    expect(byId(fig.id).url_or_document).toMatch(/^https:\/\/kz\.kursiv\.media\//);
    expect(byId(fig.id).source_tier).toBe('context');
  });

  it('exports one chart’s figures by id or by record, in the order given', () => {
    const ids = ['kz-ots-trade-2019', 'kz-ots-trade-2020'];
    const byIds = figuresToCsv(dataset, ids);
    const records = ids.map((id) => dataset.figures.find((f) => f.id === id)!);
    expect(figuresToCsv(dataset, records)).toBe(byIds);
    expect(parseCsv(byIds).map((r) => r[0])).toEqual(['figure_id', ...ids]);
    expect(() => figuresToCsv(dataset, ['no-such-figure'])).toThrow(/no figure "no-such-figure"/);
  });
});
