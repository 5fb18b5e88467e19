import { describe, expect, it } from 'vitest';
import { readArticle, type Candidate } from '../../src/domain/curate/read-article';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { scoreSources, TARGETS, totals } from '../../scripts/data/curate-score';
import { readFileSync } from 'node:fs';
import { datasetPath, realSources } from './dataset-fixture';

const parsed = parseDatasetText(readFileSync(datasetPath, 'utf8'));
if (!parsed.ok) throw new Error('the dataset does not load');
const { dataset } = parsed;

const read = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-03-15') =>
  readArticle({ text, lang, date, indicators: dataset.indicators });
const shape = (c: Candidate) => ({
  kind: c.kind,
  value: c.value,
  ...(c.low !== undefined ? { low: c.low, high: c.high } : {}),
  unit: c.unit,
  qualifier: c.qualifier,
  ...(c.direction ? { direction: c.direction } : {}),
  period: c.period,
  periodKind: c.periodKind,
  deadline: c.deadline,
  horizon: c.horizon,
});
const only = (text: string, lang: 'ru' | 'kk' | 'en', date?: string) => {
  const out = read(text, lang, date);
  expect(out, `${text} → ${JSON.stringify(out.map(shape))}`).toHaveLength(1);
  return shape(out[0]!);
};
const base = { qualifier: null, deadline: null, horizon: null };

describe('reading the five primary sources', () => {
  it('finds the dataset’s figures, few others, and reads their fields as the curators did', () => {
    const scores = scoreSources(dataset, realSources());
    expect(scores.map((s) => s.document).sort()).toEqual([
      '000_47275f1646ad4bae.txt',
      '001_68baf62c3f53cba2.txt',
      '002_c120e22929896db3.txt',
      '003_c00e56f8f959c6cf.txt',
      '004_1006c0dd2bd35970.txt',
    ]);
    const all = totals(scores.map((s) => s.score));
    expect(all.figures).toBe(21);
    expect(all.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(all.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(all.fields.qualifier.share).toBeGreaterThanOrEqual(TARGETS.qualifier);
    expect(all.fields.period.share).toBeGreaterThanOrEqual(TARGETS.period);
    // the quote is the sentence as written, and its offsets point at it
    const text = realSources().get('002_c120e22929896db3.txt')!;
    for (const c of read(text, 'kk', '2023-09-28')) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(text.slice(c.number.start, c.number.end)).toBe(c.number.text);
    }
  });

  it('proposes nothing from the page’s furniture or from numbers that are not economic figures', () => {
    const text = realSources().get('001_68baf62c3f53cba2.txt')!;
    const numbers = read(text, 'ru', '2024-07-06').map((c) => c.number.text);
    // "около 40 мероприятий", "5-е Всемирные игры", "80-процентная вероятность", "1,5 градуса", "СОР29",
    // "В 2026 году", and the related news ("955 погибших", "до 8%") are not figures
    expect(numbers).toEqual(['вдвое', '65%', '3 млн', '300 тысяч']);
  });
});

describe('numbers, dates, word order and scale words in three languages', () => {
  it.each<[string, 'ru' | 'kk' | 'en', Record<string, unknown>]>([
    [
      'В 2023 году товарооборот составил 12,9 млрд долларов.',
      'ru',
      { kind: 'actual', value: 12.9, unit: 'bn USD', period: '2023', periodKind: 'year' },
    ],
    [
      'По итогам 2024 года товарооборот достиг 12 900 млн долларов.',
      'ru',
      { value: 12.9, period: '2024', periodKind: 'year' },
    ],
    [
      'Товарооборот в прошлом году составил свыше 10 миллиардов долларов.',
      'ru',
      { value: 10, qualifier: 'over', period: '2024' },
    ],
    [
      'Объем торговли составил около 7 млрд долларов в 2020 году.',
      'ru',
      { value: 7, qualifier: 'about', period: '2020' },
    ],
    [
      'Өткен жылы сауда көлемі 11,9 млрд доллардан астам болды.',
      'kk',
      { value: 11.9, qualifier: 'over', period: '2024' },
    ],
    [
      '2023 жылы жүк тасымалы 3 млн тоннаға жуық болды.',
      'kk',
      { unit: 'mn t', value: 3, qualifier: 'almost', period: '2023' },
    ],
    ['Trade reached $12.9 billion in 2023.', 'en', { value: 12.9, unit: 'bn USD', period: '2023', periodKind: 'year' }],
    [
      'Last year trade between the two countries came to nearly 4.5 bn USD.',
      'en',
      { value: 4.5, qualifier: 'almost', period: '2024' },
    ],
    ['Exports were worth $450 million.', 'en', { value: 0.45, unit: 'bn USD', period: '2025-03', periodKind: 'as-of' }],
    [
      'За январь–сентябрь 2024 года по маршруту перевезено 2,5 млн тонн грузов.',
      'ru',
      { value: 2.5, unit: 'mn t', period: '2024-01/2024-09', periodKind: 'part-year' },
    ],
    [
      'Сегодня 78 процентов населения пользуются цифровыми платежами.',
      'ru',
      { value: 78, unit: '%', period: '2025-03', periodKind: 'as-of' },
    ],
  ])('%s', (text, lang, expected) => {
    expect(only(text, lang)).toMatchObject({ kind: 'actual', ...expected });
  });

  it.each<[string, 'ru' | 'kk' | 'en', Record<string, unknown>]>([
    [
      'Мы намерены довести товарооборот до 20 млрд долларов к 2030 году.',
      'ru',
      { value: 20, deadline: '2030', horizon: null },
    ],
    [
      'Планируем до конца 2026 года довести этот показатель до 15 млрд долларов.',
      'ru',
      { value: 15, deadline: '2026-12' },
    ],
    [
      'В среднесрочной перспективе мы планируем довести объем до 10 млн тонн.',
      'ru',
      { value: 10, unit: 'mn t', horizon: 'В среднесрочной перспективе' },
    ],
    [
      '2030 жылға дейін тауар айналымын 15 млрд долларға жеткізуді жоспарлап отырмыз.',
      'kk',
      { value: 15, deadline: '2030' },
    ],
    [
      'Орта мерзімді перспективада өзара сауданы 23 млрд долларға дейін жеткіземіз.',
      'kk',
      { value: 23, horizon: 'Орта мерзімді перспективада' },
    ],
    ['We aim to bring trade to $20 billion by 2030.', 'en', { value: 20, deadline: '2030' }],
    [
      'The plan is to reach 10 million tonnes in the medium term.',
      'en',
      { unit: 'mn t', value: 10, horizon: 'in the medium term' },
    ],
  ])('a goal: %s', (text, lang, expected) => {
    expect(only(text, lang)).toMatchObject({ kind: 'goal', period: null, periodKind: null, ...expected });
  });

  it.each<[string, 'ru' | 'kk' | 'en', Record<string, unknown>]>([
    [
      'Товарооборот вырос вдвое по сравнению с 2023 годом.',
      'ru',
      { value: 2, unit: 'x', direction: 'increase', period: '2023/2024', periodKind: 'between' },
    ],
    ['Объем перевозок увеличился в 3 раза.', 'ru', { value: 3, unit: 'x', direction: 'increase' }],
    ['Это на 11,2% ниже, чем в 2019 году.', 'ru', { value: 11.2, unit: '%', direction: 'decrease' }],
    ['Транзит екі есе қысқарды.', 'kk', { value: 2, unit: 'x', direction: 'decrease' }],
    ['Delivery times have been halved.', 'en', { value: 2, unit: 'x', direction: 'decrease' }],
    [
      'Last year cargo volumes grew by 8%.',
      'en',
      { value: 8, unit: '%', direction: 'increase', period: '2023/2024', periodKind: 'between' },
    ],
    [
      'За пять лет торговля выросла на 42% к 2021 году.',
      'ru',
      { value: 42, unit: '%', period: '2016/2021', periodKind: 'years-to' },
    ],
  ])('a change: %s', (text, lang, expected) => {
    expect(only(text, lang)).toMatchObject({ kind: 'change', ...expected });
  });

  it('reads a capacity, a range, and the two ends of "from A to B"', () => {
    expect(only('Мощность терминала позволяет обрабатывать до 10 млн тонн в год.', 'ru')).toMatchObject({
      kind: 'capacity',
      value: 10,
      unit: 'mn t/yr',
    });
    expect(only('The port has a capacity of 500 thousand TEU.', 'en')).toMatchObject({
      kind: 'capacity',
      value: 500000,
      unit: 'TEU',
    });
    const pair = read('Уже сейчас срок доставки сократился с 53 до 19–23 дней.', 'ru', '2023-09-28').filter(
      (c) => c.kind === 'actual',
    );
    expect(pair.map(shape)).toEqual([
      { kind: 'actual', value: 53, unit: 'days', ...base, period: null, periodKind: null },
      { kind: 'actual', value: null, low: 19, high: 23, unit: 'days', ...base, period: '2023-09', periodKind: 'as-of' },
    ]);
    const years = read('From 2010 to 2022 trade grew from $4.5 billion to $12.9 billion.', 'en').filter(
      (c) => c.kind === 'actual',
    );
    expect(years.map((c) => [c.value, c.period])).toEqual([
      [4.5, '2010'],
      [12.9, '2022'],
    ]);
  });

  it('never proposes a date, a count, a temperature, a probability, a year or the page’s furniture', () => {
    const text = [
      'Астана. 12 марта 2025 года. Подписано 15 соглашений на сумму, которую стороны не раскрыли.',
      'В 2026 году пройдет саммит; средняя температура может вырасти на 1,5 градуса, с вероятностью 80 процентов по оценке экспертов.',
      '',
      'Просмотров: 960',
      'Читайте также:',
      'Цены на газ выросли на 8% — 4 августа 2025 в 14:29',
    ].join('\n');
    expect(read(text, 'ru').map((c) => c.number.text)).toEqual([]);
  });

  it('says which indicator a figure belongs to, or proposes a new one', () => {
    const [trade] = read(
      'В прошлом году объем внутрирегиональной торговли Центральной Азии достиг 11,5 млрд долларов.',
      'ru',
    );
    expect(trade?.indicator).toBe('ca-intra-trade');
    const [gas] = read(
      'Добыча газа в прошлом году составила 55 млрд долларов в денежном выражении по оценкам министерства.',
      'ru',
    );
    expect(gas?.indicator).toBeNull();
    expect(gas?.proposal).toMatch(/^Добыча газа/);
  });
});
