import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetsTargets, scoreHeldOut, scoreSources, TARGETS, TEXT_SETS, totals } from '../../scripts/data/curate-score';
import type { Candidate } from '../../src/domain/curate/read-article';
import { dataset, read } from './curate-read';
import { realSources, repoRoot } from './dataset-fixture';

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
