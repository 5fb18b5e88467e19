import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetsTargets, scoreHeldOut, scoreSources, TARGETS, TEXT_SETS, totals } from '../../scripts/data/curate-score';
import { readArticle, type Candidate } from '../../src/domain/curate/read-article';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { datasetPath, realSources, repoRoot } from './dataset-fixture';

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

describe('texts written for the reading by another hand, blind to its code', () => {
  const score = (folder: string) => {
    const scores = scoreHeldOut(join(repoRoot, folder), dataset.indicators);
    expect(scores).toHaveLength(6);
    // every language has its articles, and each set holds enough figures to measure by
    expect(new Set(scores.map((s) => s.document.slice(3, 5)))).toEqual(new Set(['ru', 'kk', 'en']));
    const all = totals(scores.map((s) => s.score));
    expect(all.figures).toBeGreaterThanOrEqual(60);
    const missed = scores.flatMap((s) => s.score.missed.map((f) => f.id));
    const extra = scores.flatMap((s) => s.score.extra.map((c) => `${s.document} «${c.number.text}»`));
    return { all, detail: JSON.stringify({ missed, extra, fields: all.fields }) };
  };

  it.each(TEXT_SETS.filter((set) => set.role === 'tuning').map((set) => set.folder))(
    '%s (used to fix the reading): recall ≥ 95%, precision ≥ 80%, qualifiers and periods ≥ 95%',
    (folder) => {
      const { all, detail } = score(folder);
      expect(meetsTargets(all), detail).toBe(true);
    },
  );

  // the sets scored once, blind, and never used to change the reading may not fall below their first
  // pass (docs/curate.md): both met every target, the first pair to do so
  it.each([
    ['tests/fixtures/curate/held-out-16', { recall: 0.95, period: 0.95 }],
    ['tests/fixtures/curate/held-out-17', { recall: 0.95, period: 0.95 }],
  ])('%s (never used to change the reading): at least its first pass', (folder, floor) => {
    const { all, detail } = score(folder);
    expect(all.precision, detail).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(all.fields.qualifier.share, detail).toBeGreaterThanOrEqual(TARGETS.qualifier);
    expect(all.fields.period.share, detail).toBeGreaterThanOrEqual(floor.period);
    expect(all.recall, detail).toBeGreaterThanOrEqual(floor.recall);
  });
});

describe('what the texts written by another hand taught the reading', () => {
  it('reads English thousands and decimals ("128,000 tonnes", "USD 35.2 billion")', () => {
    expect(only('Cargo at the airport reached 128,000 tonnes in 2024.', 'en')).toMatchObject({
      value: 0.128,
      unit: 'mn t',
      period: '2024',
    });
    expect(only('Container traffic rose to 61,000 TEU in 2025, he said.', 'en')).toMatchObject({
      kind: 'actual',
      value: 61000,
      unit: 'TEU',
      period: '2025',
    });
  });

  it('tells a range from the two ends of a change', () => {
    expect(only('Trains now reach Poti in 13 to 16 days.', 'en')).toMatchObject({
      value: null,
      low: 13,
      high: 16,
      unit: 'days',
      periodKind: 'as-of',
    });
    expect(only('Сейчас этот путь занимает от 15 до 18 дней.', 'ru')).toMatchObject({ low: 15, high: 18 });
    const pair = read('Transit was cut from 10 days to 5 days.', 'en').filter((c) => c.kind === 'actual');
    expect(pair.map((c) => [c.value, c.period])).toEqual([
      [10, null],
      [5, '2025-03'],
    ]);
    expect(
      read('Ташкенттен Алматыға дейінгі жүк жеткізу уақыты 5 күннен 3 күнге дейін қысқарды.', 'kk').map((c) => c.kind),
    ).toEqual(['actual', 'actual']);
  });

  it.each<[string, 'ru' | 'kk' | 'en', string, string]>([
    ['За первое полугодие 2025 года товарооборот составил 22,1 млрд долларов.', 'ru', '2025-08-14', '2025-01/2025-06'],
    ['За 9 месяцев 2024 года перевалено 4,6 млн тонн грузов.', 'ru', '2024-10-22', '2024-01/2024-09'],
    ['За 11 месяцев перевезено 4,1 млн тонн грузов.', 'ru', '2025-02-10', '2024-01/2024-11'],
    ['Жылдың алғашқы тоқсанында 3,1 млн тонна астық экспортталды.', 'kk', '2025-04-18', '2025-01/2025-03'],
    ['Биылғы он айда контейнер тасымалы 92 мың TEU-ге жетті.', 'kk', '2024-12-05', '2024-01/2024-10'],
    ['Over the first nine months of 2025, turnover stood at USD 35.2 billion.', 'en', '2025-11-27', '2025-01/2025-09'],
    ['Зерна с января по сентябрь отгружено 640 тыс. тонн.', 'ru', '2024-10-22', '2024-01/2024-09'],
  ])('a part of a year: %s', (text, lang, date, period) => {
    expect(only(text, lang, date)).toMatchObject({ kind: 'actual', period, periodKind: 'part-year' });
  });

  it('reads "this period", "a year earlier" and a comparative after the percentage', () => {
    const [span, change] = read(
      'За январь–сентябрь 2024 года перевалено 4,6 млн тонн. За тот же период контейнерооборот вырос на 12% год к году.',
      'ru',
      '2024-10-22',
    );
    expect(span?.period).toBe('2024-01/2024-09');
    expect(change).toMatchObject({ kind: 'change', value: 12, period: '2023/2024', periodKind: 'between' });
    expect(only('Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 24 пайызға көп.', 'kk', '2025-04-18')).toMatchObject({
      kind: 'change',
      direction: 'increase',
      period: '2024/2025',
    });
    expect(only('Это на 4,2% меньше, чем годом ранее.', 'ru', '2025-02-10')).toMatchObject({
      kind: 'change',
      direction: 'decrease',
    });
  });

  it('dates a goal or a forecast said in words, and tells an analyst’s forecast from a government’s aim', () => {
    expect(only('Биыл кемінде 4 млн тонна жүк тасымалдау жоспарланып отыр.', 'kk', '2024-09-19')).toMatchObject({
      kind: 'goal',
      value: 4,
      qualifier: 'at least',
      deadline: '2024',
    });
    expect(
      only('Analysts at Aral Capital expect trade to rise to over $50bn next year.', 'en', '2025-11-27'),
    ).toMatchObject({
      kind: 'forecast',
      qualifier: 'over',
      deadline: '2026',
    });
    expect(
      only('По оценке аналитиков, к 2030 году перевозки по коридору могут достичь 9–11 млн тонн.', 'ru'),
    ).toMatchObject({ kind: 'forecast', low: 9, high: 11, deadline: '2030' });
    expect(
      only(
        'The government aims to raise the corridor’s annual capacity to 10 million tonnes in the coming years.',
        'en',
      ),
    ).toMatchObject({ kind: 'goal', unit: 'mn t/yr', horizon: 'in the coming years' });
    expect(only('В 2023 году мощность комплекса была доведена до 6 млн тонн в год.', 'ru')).toMatchObject({
      kind: 'capacity',
      period: '2023',
    });
  });

  it('skips the headline, years that look like counts, and a number written as a word reads as one', () => {
    const text =
      'Trade with the EU up 6% in 2025\n\nThe number of containers has risen since 2020, to about 56,000 TEU last year.';
    expect(read(text, 'en', '2025-11-27').map((c) => c.number.text)).toEqual(['56,000']);
    expect(only('The wait for a ferry is now about four days.', 'en')).toMatchObject({
      value: 4,
      unit: 'days',
      qualifier: 'about',
    });
  });
});

describe('the example in docs/curate.md', () => {
  it('is what `npm run curate` prints for the test article', () => {
    const text = readFileSync(join(repoRoot, 'tests/fixtures/curate/desk-article.ru.txt'), 'utf8');
    const lines = read(text, 'ru', '2026-03-10').map((c) => JSON.stringify(c));
    const doc = readFileSync(join(repoRoot, 'docs/curate.md'), 'utf8');
    expect(lines).toHaveLength(2);
    expect(doc).toContain(lines[1]);
  });
});

describe('what tuning-5 and tuning-6 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [c.kind, c.value ?? `${c.low}-${c.high}`, c.unit, c.period]);

  it('dates a grain season by its end, and the story’s later figures by the year it last named', () => {
    const text =
      'Kazakhstan exported 12.4 million tonnes of grain in the 2024/25 marketing year, up 9% year on year, the ministry said. ' +
      'Export revenue for the season was close to $2.9bn. ' +
      'Deliveries to Iran more than doubled to a quarter of a million tonnes.';
    expect(kinds(text, 'en')).toEqual([
      ['actual', 12.4, 'mn t', '2025'],
      ['change', 9, '%', '2024/2025'],
      ['actual', 2.9, 'bn USD', '2025'],
      ['change', 2, 'x', '2024/2025'],
      ['actual', 0.25, 'mn t', '2025'],
    ]);
  });

  it('a time is as it stands when said, whatever year the story named before', () => {
    const out = read('Trade reached $3 billion in 2024. Trains now take 5 days from Khorgos to Aktau.', 'en');
    expect(out.map((c) => [c.unit, c.period, c.periodKind])).toEqual([
      ['bn USD', '2024', 'year'],
      ['days', '2025-03', 'as-of'],
    ]);
  });

  it('reads a signed percentage as a change, and rates, loans and contents as nothing to record', () => {
    const signed = read(
      'In 2025, SERO carried 3.2 million tonnes, +14% compared with 2024, it said.',
      'en',
      '2026-02-01',
    );
    expect(signed.map((c) => [c.kind, c.value, c.direction ?? null, c.period])).toEqual([
      ['actual', 3.2, null, '2025'],
      ['change', 14, 'increase', '2024/2025'],
    ]);
    for (const text of [
      'The bank approved a $150 million loan at 6.5% to buy flatcars.',
      'Проект обойдется в 41 млрд тенге, кредит взяли под 17,5% годовых.',
      'The Central Bank kept its refinancing rate at 8% this month.',
      'Milling wheat with 12.5% protein was quoted at $215 a tonne.',
    ])
      expect(read(text, text.includes('кредит') ? 'ru' : 'en'), text).toEqual([]);
  });

  it('the state now before an aim, and an aim that runs on past "and"', () => {
    expect(
      kinds('Мощность порта в ближайшие годы планируется увеличить с нынешних 15 млн тонн до 25 млн тонн.', 'ru'),
    ).toEqual([
      ['capacity', 15, 'mn t/yr', '2025-09'],
      ['goal', 25, 'mn t/yr', null],
    ]);
    expect(
      kinds(
        'We are targeting in excess of 3.6 million tonnes this year and, over the medium term, 150,000 TEU annually.',
        'en',
      ).map((k) => k[0]),
    ).toEqual(['goal', 'goal']);
    expect(kinds('The terminal can currently handle 15 million tonnes of cargo and 100,000 TEU a year.', 'en')).toEqual(
      [
        ['capacity', 15, 'mn t/yr', '2025-09'],
        ['capacity', 100000, 'TEU', '2025-09'],
      ],
    );
  });

  it('reads an article whose page puts its id above the body', () => {
    const text =
      'CASPIAN LEDGER\n\nArticle ID: CL-2024-04-25-0173\n\nBAKU — Trade between the two countries reached $142.6 million in the first quarter of 2024, customs said.\n\nTags: #trade\n';
    expect(read(text, 'en', '2024-04-25').map((c) => c.value)).toEqual([0.1426]);
  });
});

describe('what tuning-6 and tuning-7 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [c.kind, c.value ?? `${c.low}-${c.high}`, c.unit, c.qualifier, c.period]);

  it('an earlier time said against the present one, with no unit of its own, in words or digits', () => {
    expect(kinds('Раньше груз из Шымкента до Бандар-Аббаса шёл восемь суток, а теперь – шесть.', 'ru')).toEqual([
      ['actual', 8, 'days', null, null],
      ['actual', 6, 'days', null, '2025-09'],
    ]);
    expect(kinds('Сегодня поезд идёт до Мерсина 11–13 дней вместо прежних 21.', 'ru')).toEqual([
      ['actual', '11-13', 'days', null, '2025-09'],
      ['actual', 21, 'days', null, null],
    ]);
    expect(kinds('Вагоны теперь доходят до Ташкента за 3 дня вместо пяти.', 'ru')).toEqual([
      ['actual', 3, 'days', null, '2025-09'],
      ['actual', 5, 'days', null, null],
    ]);
    expect(kinds('Trucks now clear the border in between two and three days, down from eight.', 'en')).toEqual([
      ['actual', '2-3', 'days', null, '2025-09'],
      ['actual', 8, 'days', null, null],
    ]);
    expect(kinds('Containers reach Poti in 9 days, compared with twelve to fifteen days before.', 'en')).toEqual([
      ['actual', 9, 'days', null, '2025-09'],
      ['actual', '12-15', 'days', null, null],
    ]);
    // an earlier state with its own year
    expect(kinds('The run to Baku now takes 7 days, down from 16 days in 2021.', 'en')).toEqual([
      ['actual', 7, 'days', null, '2025-09'],
      ['actual', 16, 'days', null, '2021'],
    ]);
    expect(kinds('Жүк қазір 10 күнде жетеді, ал бұрын жол жиырма күннен астам уақыт алатын.', 'kk')).toEqual([
      ['actual', 10, 'days', null, '2025-09'],
      ['actual', 20, 'days', 'over', null],
    ]);
  });

  it('one and a half, two and a half, in every language', () => {
    expect(kinds('Болашақта астық экспортын бір жарым миллион тоннаға дейін арттыру көзделген.', 'kk')).toEqual([
      ['goal', 1.5, 'mn t', null, null],
    ]);
    expect(kinds('В 2024 году экспорт составил полтора миллиарда долларов.', 'ru')).toEqual([
      ['actual', 1.5, 'bn USD', null, '2024'],
    ]);
    expect(kinds('Since 2019 the volume has grown two and a half times.', 'en').map((k) => k.slice(0, 3))).toEqual([
      ['change', 2.5, 'x'],
    ]);
    expect(kinds('2020 жылдан бері сауда екі жарым есе өсті.', 'kk').map((k) => k.slice(0, 3))).toEqual([
      ['change', 2.5, 'x'],
    ]);
  });

  it('a Kazakh "more by" is no "more than"; an English "to exceed" is', () => {
    expect(kinds('Бұл былтырғы көрсеткіштен 9 пайызға артық.', 'kk').map((k) => k[3])).toEqual([null]);
    expect(kinds('Экспорт 12 пайыздан артық өсті.', 'kk').map((k) => k[3])).toEqual(['over']);
    expect(kinds('Bankers expect exports to exceed $4bn in 2026.', 'en')).toEqual([
      ['forecast', 4, 'bn USD', 'over', null],
    ]);
  });

  it('a share of those surveyed or of a market is nothing to record; a share of the people is', () => {
    for (const [text, lang] of [
      ['По данным опроса, 41% перевозчиков жалуются на очереди.', 'ru'],
      ['Сауалнамаға қатысқан кәсіпкерлердің 55 пайызы жаңа терминалды пайдаланбақ.', 'kk'],
      ['A poll found that 72% of shippers want faster customs.', 'en'],
      ['KTZ Express holds some 38% of the container market on the route.', 'en'],
    ] as const)
      expect(read(text, lang), text).toEqual([]);
    expect(kinds('Ересек тұрғындардың 81 пайызы цифрлық төлемдерді пайдаланады.', 'kk').map((k) => k[1])).toEqual([81]);
  });

  it('the figure the odds are about is not stated by them', () => {
    expect(read('Economists put the odds of the $15bn goal being reached by 2030 at one in three.', 'en')).toEqual([]);
    expect(read('Вероятность выхода на цель в 20 млн тонн аналитики оценивают в 30%.', 'ru')).toEqual([]);
  });

  it('one month named alone, and a flow dated by the year after the one compared with', () => {
    expect(kinds('In March alone, some 45,000 tonnes crossed at Altynkol.', 'en')).toEqual([
      ['actual', 0.045, 'mn t', 'about', '2025-03/2025-03'],
    ]);
    expect(kinds('В ноябре через Достык прошло 1,9 млн тонн.', 'ru', '2025-03-10')).toEqual([
      ['actual', 1.9, 'mn t', null, '2024-11/2024-11'],
    ]);
    expect(
      kinds('2022 жылмен салыстырғанда тасымал екі есе өсіп, 3 млн тоннаға жетті.', 'kk', '2024-02-10').map((k) => [
        k[0],
        k[4],
      ]),
    ).toEqual([
      ['change', '2022/2023'],
      ['actual', '2023'],
    ]);
  });

  it('aims said as "должен выйти на", "will ship", "plans to raise … to 2.2m tonnes"', () => {
    expect(kinds('В среднесрочной перспективе терминал должен выйти на 4 млн тонн.', 'ru').map((k) => k[0])).toEqual([
      'goal',
    ]);
    expect(kinds('Under the contract, the company will ship at least 2 million tonnes in 2026.', 'en')).toEqual([
      ['goal', 2, 'mn t', 'at least', null],
    ]);
    expect(kinds('The railway plans to raise transit to 3.4m tonnes by 2027.', 'en')).toEqual([
      ['goal', 3.4, 'mn t', null, null],
    ]);
  });
});

describe('what tuning-8 and tuning-9 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [
      c.kind,
      c.value ?? `${c.low}-${c.high}`,
      c.unit,
      c.period ?? c.deadline ?? c.horizon,
    ]);

  it('what a facility reaches is its capacity, unless someone aims for it', () => {
    expect(kinds('Жаңа терминалдың өткізу қабілеті жылына 300 мың тоннаға дейін жетеді.', 'kk')).toEqual([
      ['capacity', 0.3, 'mn t/yr', '2025-09'],
    ]);
  });

  it('a multiple aimed for is a goal', () => {
    expect(kinds('Алдағы жылдары жеміс экспортын үш есе арттыру міндеті қойылды.', 'kk')).toEqual([
      ['goal', 3, 'x', 'Алдағы жылдары'],
    ]);
    expect(kinds('К 2030 году экспорт зерна в Китай планируется утроить.', 'ru')).toEqual([['goal', 3, 'x', '2030']]);
  });

  it('an aim for a flow "a year" is in the flow’s unit; a capacity’s stays per year', () => {
    expect(kinds('Министерство планирует к 2028 году довести транзит до 8 млн тонн в год.', 'ru')).toEqual([
      ['goal', 8, 'mn t', '2028'],
    ]);
    expect(kinds('Мощность порта к 2028 году планируется довести до 8 млн тонн в год.', 'ru')).toEqual([
      ['goal', 8, 'mn t/yr', '2028'],
    ]);
  });

  it('a goal named again is the goal stated before; named first, it is a goal', () => {
    expect(
      kinds(
        'Стороны поставили цель довести товарооборот до 15 млрд долларов к 2030 году. Цель в 15 млрд долларов амбициозна, признал министр.',
        'ru',
      ),
    ).toEqual([['goal', 15, 'bn USD', '2030']]);
    expect(
      kinds('Leaders set a goal of $7bn in trade by 2027. Reaching the $7bn target will need new rail links.', 'en'),
    ).toEqual([['goal', 7, 'bn USD', '2027']]);
    expect(
      kinds('Министр 12 млн тонналық межеге жету үшін жаңа жол қажет екенін айтты.', 'kk').map((k) => k[0]),
    ).toEqual(['goal']);
  });

  it('changes said as "прибавив", "в годовом выражении", "on the same period of 2021"', () => {
    expect(
      kinds(
        'За январь–май 2025 года экспорт составил 900 млн долларов, прибавив 4,1% к аналогичному периоду прошлого года.',
        'ru',
      ),
    ).toEqual([
      ['actual', 0.9, 'bn USD', '2025-01/2025-05'],
      ['change', 4.1, '%', '2024/2025'],
    ]);
    expect(kinds('За январь–май перевалка нефти снизилась на 3,2% в годовом выражении.', 'ru')).toEqual([
      ['change', 3.2, '%', '2024/2025'],
    ]);
    expect(
      kinds('Exports climbed to 1.4m tonnes in January–June, a twofold increase on the same period of 2022.', 'en'),
    ).toEqual([
      ['actual', 1.4, 'mn t', '2025-01/2025-06'],
      ['change', 2, 'x', '2022/2025'],
    ]);
  });

  it('a span of months compared with is the base, not the span spoken of', () => {
    expect(
      kinds(
        'За январь–июнь 2025 года перевезено 2 млн тонн. Контейнерные перевозки за тот же период выросли в 1,5 раза к уровню января–июня 2024 года и достигли 40 тыс. TEU.',
        'ru',
      ),
    ).toEqual([
      ['actual', 2, 'mn t', '2025-01/2025-06'],
      ['change', 1.5, 'x', '2024/2025'],
      ['actual', 40000, 'TEU', '2025-01/2025-06'],
    ]);
  });

  it('the months go on past a sentence of changes, and past one that took them', () => {
    expect(
      kinds(
        'Қаңтар–мамыр айларында сауда 2 млрд долларға жетті. Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 5 пайызға көп. Оның ішінде экспорт 1,2 млрд долларды құрады.',
        'kk',
      ),
    ).toEqual([
      ['actual', 2, 'bn USD', '2025-01/2025-05'],
      ['change', 5, '%', '2024/2025'],
      ['actual', 1.2, 'bn USD', '2025-01/2025-05'],
    ]);
    expect(
      kinds(
        'Ports handled 5 million tonnes in the first half of 2025. Grain traffic rose over the period to 1.1 million tonnes. Metal shipments fell 15% from a year earlier to 620,000 tonnes.',
        'en',
      ).map((k) => [k[2], k[3]]),
    ).toEqual([
      ['mn t', '2025-01/2025-06'],
      ['mn t', '2025-01/2025-06'],
      ['%', '2024/2025'],
      ['mn t', '2025-01/2025-06'],
    ]);
  });

  it('a year compared with, and the year the sentence speaks of before it', () => {
    expect(kinds('Өткен жылы экспорт 2019 жылмен салыстырғанда 1,6 есе өсті.', 'kk')).toEqual([
      ['change', 1.6, 'x', '2019/2024'],
    ]);
  });

  it('containers with a word between; trains are not containers; "сейчас – около 23"', () => {
    expect(kinds('Былтыр Достық арқылы 52 мың транзиттік контейнер өтті.', 'kk')).toEqual([
      ['actual', 52000, 'containers', '2024'],
    ]);
    expect(read('Контейнерлік пойыздардың саны былтыр 1 300-ге жетті.', 'kk')).toEqual([]);
    expect(read('Согласно опросу, 47% компаний жалуются на очереди на границе.', 'ru')).toEqual([]);
    expect(kinds('В 2021 году поезд шёл до Поти 30 суток, сейчас – около 18.', 'ru')).toEqual([
      ['actual', 30, 'days', '2021'],
      ['actual', 18, 'days', '2025-09'],
    ]);
  });
});

describe('what tuning-10 and tuning-11 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [
      c.kind,
      c.value ?? `${c.low}-${c.high}`,
      c.unit,
      c.period ?? c.deadline ?? c.horizon,
    ]);

  it('a list of sums goes on in the unit it began with', () => {
    expect(
      kinds(
        'В 2024 году крупнейшими покупателями были Китай — 3,2 млрд долларов; Иран — 1,1 млрд; Турция — около 0,9 млрд.',
        'ru',
      ).map((k) => k.slice(1, 3)),
    ).toEqual([
      [3.2, 'bn USD'],
      [1.1, 'bn USD'],
      [0.9, 'bn USD'],
    ]);
  });

  it('TEU in words, container ships, duties, surveys and shares of trucks', () => {
    expect(kinds('В 2024 году порт обработал 35 тыс. контейнеров в двадцатифутовом эквиваленте.', 'ru')).toEqual([
      ['actual', 35000, 'TEU', '2024'],
    ]);
    for (const [text, lang] of [
      ['Бүгінде бағытта 4 контейнер кемесі қатынайды.', 'kk'],
      ['Иран поднял импортную пошлину на муку до 20%.', 'ru'],
      ['Из 80 опрошенных экспедиторов 55% назвали главной проблемой очереди.', 'ru'],
      ['Тәулігіне 900 жүк көлігі өтеді, олардың 35 пайызын шетелдік тасымалдаушылар құрайды.', 'kk'],
      ['Бір тонна бидайдың бағасы 200 доллар шамасында.', 'kk'],
    ] as const)
      expect(read(text, lang), text).toEqual([]);
  });

  it('one day, in words; an elided capacity; a repeated goal', () => {
    expect(kinds('Бұл уақытты болашақта бір тәулікке дейін қысқарту жоспарлануда.', 'kk')).toEqual([
      ['goal', 1, 'days', 'болашақта'],
    ]);
    expect(
      kinds('Терминал рассчитан на 5 млн тонн грузов в год, а его контейнерная площадка — на 90 тыс. TEU.', 'ru'),
    ).toEqual([
      ['capacity', 5, 'mn t/yr', '2025-09'],
      ['capacity', 90000, 'TEU', '2025-09'],
    ]);
    expect(
      kinds(
        '2030 жылға қарай сауданы 40 млрд долларға жеткізу көзделген. Еске сала кетейік, 2030 жылға қарай сауданы 40 млрд долларға жеткізу көзделген.',
        'kk',
      ),
    ).toEqual([['goal', 40, 'bn USD', '2030']]);
  });

  it('each change against the comparison said beside it', () => {
    expect(
      kinds('Exports reached $6bn last year, up 9% from 2023 and more than double the level of 2019.', 'en').map(
        (k) => k[3],
      ),
    ).toEqual(['2024', '2023/2024', '2019/2024']);
  });

  it('a quarter, a single month said as "за январь", this year’s span before a same-period comparison', () => {
    expect(kinds('Transit fell 6% year on year in the third quarter.', 'en', '2025-02-10')).toEqual([
      ['change', 6, '%', '2023/2024'],
    ]);
    expect(kinds('В третьем квартале перевезено 700 тыс. тонн.', 'ru', '2025-11-10')).toEqual([
      ['actual', 0.7, 'mn t', '2025-07/2025-09'],
    ]);
    expect(kinds('За февраль 2025 года отгружено 0,9 млн тонн.', 'ru')).toEqual([
      ['actual', 0.9, 'mn t', '2025-02/2025-02'],
    ]);
    expect(
      kinds('Биылғы алғашқы тоқсанда экспорт өткен жылдың сәйкес кезеңімен салыстырғанда 12 пайызға өсті.', 'kk'),
    ).toEqual([['change', 12, '%', '2024/2025']]);
  });

  it('an earlier state’s year is its own; the years to a year said', () => {
    expect(
      kinds('Trains now take 12 days, down from 20 days in 2020, and cross the steppe in about three days.', 'en').map(
        (k) => k[3],
      ),
    ).toEqual(['2025-09', '2020', '2025-09']);
    expect(kinds('Over the five years to 2024, exports grew threefold.', 'en')).toEqual([
      ['change', 3, 'x', '2019/2024'],
    ]);
  });

  it('expected with no one to aim for it is a forecast; a bank’s expected multiple too', () => {
    expect(kinds('2030 жылға қарай экспорт 3 млн тоннаға жетеді деп күтілуде.', 'kk').map((k) => k[0])).toEqual([
      'forecast',
    ]);
    expect(kinds('The World Bank expects volumes to triple in the long term.', 'en')).toEqual([
      ['forecast', 3, 'x', 'in the long term'],
    ]);
  });
});

describe('what tuning-12 and tuning-13 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [
      c.kind,
      c.value ?? `${c.low}-${c.high}`,
      c.unit,
      c.period ?? c.deadline ?? c.horizon,
    ]);

  it('an estimate or a belief is a forecast, unless the believer aims', () => {
    expect(kinds('По нашим оценкам, по итогам года экспорт меди составит около 1 млн тонн.', 'ru')).toEqual([
      ['forecast', 1, 'mn t', '2025'],
    ]);
    expect(
      kinds('Думаю, в ближайшие годы через Поти будут отправлять не менее 3 млн тонн ежегодно.', 'ru').map((k) => k[0]),
    ).toEqual(['forecast']);
    expect(
      kinds('Думаю, мы сможем в перспективе довести товарооборот до 12 млрд долларов.', 'ru').map((k) => k[0]),
    ).toEqual(['goal']);
    expect(kinds('Сарапшылар биыл экспорт 2 млн тоннаға жетеді деп күтуде.', 'kk').map((k) => k[0])).toEqual([
      'forecast',
    ]);
  });

  it('a change said as a noun ("өсім … пайызды құрады"), against "тому же периоду 2023-го"', () => {
    expect(kinds('Биылғы алғашқы тоқсанда 40 мың тонна жүк өтті, өсім 7,5 пайызды құрады.', 'kk')).toEqual([
      ['actual', 0.04, 'mn t', '2025-01/2025-03'],
      ['change', 7.5, '%', '2024/2025'],
    ]);
    expect(kinds('За семь месяцев отгрузки выросли на 9% к тому же периоду 2023-го.', 'ru', '2024-08-15')).toEqual([
      ['change', 9, '%', '2023/2024'],
    ]);
  });

  it('shares said a few words before, or held by a company, are no figures', () => {
    for (const [text, lang] of [
      ['Доля KTZE на рынке перевозок по коридору — около 30%.', 'ru'],
      ['ALA-ның әуе жүгіндегі үлесі – 61 пайыз.', 'kk'],
      ['The operator still controls about 25% of the slots on the line.', 'en'],
    ] as const)
      expect(read(text, lang), text).toEqual([]);
  });

  it('an earlier time at the end of its clause, a sentence ended at "млрд.", "хотим", "қаңтар айында"', () => {
    expect(kinds('Сейчас груз идёт 9 суток, а раньше на это уходило 16.', 'ru').map((k) => k.slice(1))).toEqual([
      [9, 'days', '2025-09'],
      [16, 'days', null],
    ]);
    expect(
      kinds(
        'Стороны намерены довести торговлю до 2 млрд долларов к 2027 году, а в перспективе — до 4 млрд. Для этого подписано 7 соглашений.',
        'ru',
      ),
    ).toEqual([
      ['goal', 2, 'bn USD', '2027'],
      ['goal', 4, 'bn USD', 'в перспективе'],
    ]);
    expect(kinds('Мы хотим, чтобы в перспективе поезд шёл до Стамбула за 9 суток.', 'ru').map((k) => k[0])).toEqual([
      'goal',
    ]);
    expect(kinds('Ақпан айында порт арқылы 300 мың тонна жүк өтті.', 'kk')).toEqual([
      ['actual', 0.3, 'mn t', '2025-02/2025-02'],
    ]);
  });

  it('an aim for "that" volume a year is in the volume’s unit; what a hub will handle is its capacity', () => {
    expect(
      kinds(
        'Grain shipments reached 6 million tonnes in 2024. Officials plan to raise that to 9 million tonnes a year by 2028.',
        'en',
      ),
    ).toEqual([
      ['actual', 6, 'mn t', '2024'],
      ['goal', 9, 'mn t', '2028'],
    ]);
    expect(kinds('The new hub will handle 2 million tonnes of cargo a year by 2027.', 'en')).toEqual([
      ['goal', 2, 'mn t/yr', '2027'],
    ]);
  });
});

describe('what tuning-14 and tuning-15 taught the reading', () => {
  const kinds = (text: string, lang: 'ru' | 'kk' | 'en', date = '2025-09-20') =>
    read(text, lang, date).map((c) => [
      c.kind,
      c.value ?? `${c.low}-${c.high}`,
      c.unit,
      c.period ?? c.deadline ?? c.horizon,
    ]);

  it('a range in words with no unit of its own, against the time said before', () => {
    expect(kinds('«Раньше фура шла до Оша девять суток, сегодня — от трех до четырех», — сказал он.', 'ru')).toEqual([
      ['actual', 9, 'days', null],
      ['actual', '3-4', 'days', '2025-09'],
    ]);
  });

  it('numbers in words with a scale, in two scales, and "бір жарым күн"', () => {
    expect(kinds('Analysts project volumes of four to six million tonnes by 2030.', 'en')).toEqual([
      ['forecast', '4-6', 'mn t', '2030'],
    ]);
    expect(kinds('Өткен жылы порт 5 млн 260 мың тонна жүк өңдеді.', 'kk')).toEqual([['actual', 5.26, 'mn t', '2024']]);
    expect(
      kinds('Сарапшылардың болжамынша, 2027 жылға қарай бұл мерзім бір жарым күнге дейін қысқарады.', 'kk'),
    ).toEqual([['forecast', 1.5, 'days', '2027']]);
  });

  it('"Прошлый год мы закрыли…", an elided capacity after a comma, an aim to a range, "should eventually"', () => {
    expect(kinds('Прошлый год мы закрыли с результатом 2,1 млн тонн.', 'ru')).toEqual([
      ['actual', 2.1, 'mn t', '2024'],
    ]);
    expect(
      kinds('Терминал рассчитан на 3 млн тонн в год, контейнерная площадка — на 50 тыс. TEU.', 'ru').map((k) => k[0]),
    ).toEqual(['capacity', 'capacity']);
    expect(kinds('Ministers want to cut that to three to four days in the coming years.', 'en')).toEqual([
      ['goal', '3-4', 'days', 'in the coming years'],
    ]);
    expect(kinds('Officials have said exports should eventually reach 20 million tonnes.', 'en')).toEqual([
      ['goal', 20, 'mn t', 'eventually'],
    ]);
  });

  it('a Kazakh share of a whole; a goal said again in words, with no time of its own', () => {
    expect(read('Жүктің 70 пайызы теміржолмен тасымалданады.', 'kk')).toEqual([]);
    expect(
      kinds(
        'The two countries aim to reach $12bn in trade by 2030. “Twelve billion dollars is within reach,” the minister said.',
        'en',
      ),
    ).toEqual([['goal', 12, 'bn USD', '2030']]);
  });

  it('a marketing season is dated by the year it ends', () => {
    expect(
      kinds('Kazakhstan exported 9.4 million tonnes of grain in the 2023/24 marketing season.', 'en', '2024-08-01'),
    ).toEqual([['actual', 9.4, 'mn t', '2024']]);
  });
});
