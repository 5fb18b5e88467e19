// What each blind set taught the reading since tuning-6, in sentences of our own wording (docs/curate.md).
import { describe, expect, it } from 'vitest';
import { dated, qualified, read } from './curate-read';

describe('what tuning-6 and tuning-7 taught the reading', () => {
  const kinds = qualified;

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
  const kinds = dated;

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
  const kinds = dated;

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
  const kinds = dated;

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
  const kinds = dated;

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
