import {
  checkQuotedValue,
  extractQuoteNumbers,
  findApproxWords,
  type QuoteNumber,
  type QuotedFigure,
} from '../../src/domain/quote-numbers';
import { UNITS } from '../../src/domain/units';

/** `7 миллиардов → 7000000000 ~около`: what was read, in base units, with its marks. */
function summarize(n: QuoteNumber): string {
  const amount = n.value !== null ? `${n.value * n.scale}` : `${(n.low ?? NaN) * n.scale}-${(n.high ?? NaN) * n.scale}`;
  const mark = n.kind === 'percent' ? '%' : n.kind === 'multiple' ? 'x' : '';
  return `${n.text} → ${amount}${mark}${n.year ? ' (year)' : ''}${n.approx ? ` ~${n.approx}` : ''}`;
}

describe('extractQuoteNumbers', () => {
  it.each([
    // phrases from the five sources
    ['составил около 7 миллиардов долларов', ['7 миллиардов → 7000000000 ~около']],
    ['(в 2019 году – 7,8 млрд долларов)', ['2019 → 2019 (year)', '7,8 млрд → 7800000000']],
    ['Это на 11,2% ниже показателей', ['11,2% → 11.2%']],
    [
      '2010 жылдан 2022 жылға дейін Қазақстанның ТМҰ елдерімен саудасы 4,5 млрд доллардан 12,9 млрд долларға дейін 3 есе өсті',
      ['2010 → 2010 (year)', '2022 → 2022 (year)', '4,5 млрд → 4500000000', '12,9 млрд → 12900000000', '3 есе → 3x'],
    ],
    ['өзара тауар айналымын 23 млрд долларға дейін жеткіземіз', ['23 млрд → 23000000000']],
    ['увеличился вдвое по сравнению с 2023 годом', ['вдвое → 2x', '2023 → 2023 (year)']],
    ['вырос на 65%, или почти 3 млн тонн', ['65% → 65%', '3 млн → 3000000 ~почти']],
    ['нарастить число перевозимых контейнеров до 300 тысяч', ['300 тысяч → 300000']],
    [
      'кем дегенде 3 есеге, яғни 53 күннен 19-23 күнге дейін',
      ['3 есеге → 3x ~кем дегенде', '53 → 53', '19-23 → 19-23'],
    ],
    ['транзит 12 күннен 6 күнге дейін екі есе қысқарды', ['12 → 12', '6 → 6', 'екі есе → 2x']],
    ['Еліміз 2023 жылдың соңына дейін бұл көрсеткішті 5 күнге жеткізуді', ['2023 → 2023 (year)', '5 → 5']],
    ['халықтың басым көпшілігі, яғни 78 пайызы цифрлық төлемдерді', ['78 пайызы → 78%']],
    ['достиг 11,5 млрд долларов', ['11,5 млрд → 11500000000']],
    // other ways the same languages write numbers
    ['от 58–60 до 13–15 дней', ['58–60 → 58-60', '13–15 → 13-15']],
    ['выросли в 2,6 раза', ['2,6 раза → 2.6x']],
    ['почти втрое', ['втрое → 3x ~почти']],
    ['примерно в три раза', ['три раза → 3x ~примерно']],
    ['50 500 TEU', ['50 500 → 50500']],
    ['около 300 тыс. контейнеров', ['300 тыс. → 300000 ~около']],
    ['от 7 до 8 млрд долларов', ['7 → 7000000000', '8 млрд → 8000000000']],
    ['10 процентов', ['10 процентов → 10%']],
    ['3 млн тоннаға жуық', ['3 млн → 3000000 ~жуық']],
    ['шамамен 5 есеге', ['5 есеге → 5x ~шамамен']],
    ['үш есеге дерлік', ['үш есеге → 3x ~дерлік']],
    ['2023-жылы 1,5 миллиард доллар', ['2023 → 2023 (year)', '1,5 миллиард → 1500000000']],
    ['в 2022 г. 2000 контейнеров', ['2022 → 2022 (year)', '2000 → 2000']],
    ['5 есеп', ['5 → 5']],
  ])('%s', (quote, expected) => {
    expect(extractQuoteNumbers(quote).map(summarize)).toEqual(expected);
  });

  it('finds approximation words anywhere, in either language', () => {
    expect(findApproxWords('Около 7 и почти 3')).toEqual(['Около', 'почти']);
    expect(findApproxWords('он шақты ел')).toEqual(['шақты']);
    expect(findApproxWords('кем дегенде 3 есеге')).toEqual(['кем дегенде']);
    expect(findApproxWords('11,9 млрд доллардан астам, свыше 10')).toEqual(['астам', 'свыше']);
  });
});

describe('checkQuotedValue', () => {
  const fig = (
    quote: string,
    unit: QuotedFigure['unit'],
    value: number | null,
    extra: Partial<QuotedFigure> = {},
  ): QuotedFigure => ({
    quote,
    unit,
    value,
    qualifier: null,
    ...extra,
  });
  const q2019 = 'в 2019 году – 7,8 млрд долларов';
  const q65 = 'в прошлом году объем грузоперевозок по Среднему коридору вырос на 65%, или почти 3 млн тонн';
  const qGoal = 'Еліміз 2023 жылдың соңына дейін бұл көрсеткішті 5 күнге жеткізуді жоспарлап отыр';
  const qRange = 'кем дегенде 3 есеге, яғни 53 күннен 19-23 күнге дейін қысқартуға қол жеткіздік';

  it.each<[string, QuotedFigure, string[]]>([
    ['7,8 млрд as 7.8 bn USD', fig(q2019, 'bn USD', 7.8), []],
    ['7,8 млрд as 7.9 bn USD', fig(q2019, 'bn USD', 7.9), ['value']],
    ['a year is not a value when the quote states another number', fig(q2019, 'bn USD', 2019), ['value']],
    ['"2023 жылдың" is not 2023 days when 5 күнге is stated', fig(qGoal, 'days', 2023), ['value']],
    ['5 күнге as 5 days', fig(qGoal, 'days', 5), []],
    ['a year counts when nothing else is stated', fig('в 2023 году', 'days', 2023), []],
    ['7,8 млрд read as 7.8 mn t is off by the scale', fig(q2019, 'mn t', 7.8), ['value']],
    ['около 7 миллиардов, about', fig('составил около 7 миллиардов долларов', 'bn USD', 7, { qualifier: 'about' }), []],
    ['около 7 миллиардов, qualifier missing', fig('составил около 7 миллиардов долларов', 'bn USD', 7), ['qualifier']],
    ['about with no qualifier word', fig(q2019, 'bn USD', 7.8, { qualifier: 'about' }), ['qualifier']],
    ['почти 3 млн тонн, almost', fig(q65, 'mn t', 3, { qualifier: 'almost' }), []],
    ['почти 3 млн тонн is almost, not about', fig(q65, 'mn t', 3, { qualifier: 'about' }), ['qualifier']],
    ['65% is not qualified by почти', fig(q65, '%', 65), []],
    ['65% marked almost though почти belongs to 3 млн', fig(q65, '%', 65, { qualifier: 'almost' }), ['qualifier']],
    ['a percentage needs a % in the quote', fig(q65, '%', 3), ['value']],
    ['300 тысяч as 300000 containers', fig('до 300 тысяч', 'containers', 300000), []],
    ['300 тысяч as 300 containers', fig('до 300 тысяч', 'containers', 300), ['value']],
    ['вдвое as 2 x', fig('увеличился вдвое по сравнению с 2023 годом', 'x', 2), []],
    ['вдвое is not 2 %', fig('увеличился вдвое по сравнению с 2023 годом', '%', 2), ['value']],
    ['екі есе as 2 x', fig('12 күннен 6 күнге дейін екі есе қысқарды', 'x', 2), []],
    ['"12 күннен" is not a multiple', fig('12 күннен 6 күнге дейін екі есе қысқарды', 'x', 12), ['value']],
    ['кем дегенде 3 есеге as at least 3 x', fig(qRange, 'x', 3, { qualifier: 'at least' }), []],
    ['кем дегенде 3 есеге with no qualifier', fig(qRange, 'x', 3), ['qualifier']],
    ['астам after the number is over', fig('11,9 млрд доллардан астам', 'bn USD', 11.9, { qualifier: 'over' }), []],
    ['3 есеге is not 3 days', fig(qRange, 'days', 3), ['value']],
    ['19-23 as low and high', fig(qRange, 'days', null, { low: 19, high: 23 }), []],
    ['low off', fig(qRange, 'days', null, { low: 18, high: 23 }), ['low']],
    ['high off', fig(qRange, 'days', null, { low: 19, high: 24 }), ['high']],
    ['one end of a range is not a value', fig(qRange, 'days', 19), ['value']],
    ['78 пайызы as 78 %', fig('яғни 78 пайызы цифрлық төлемдерді', '%', 78), []],
    ['3 млн тоннаға жуық without a qualifier', fig('3 млн тоннаға жуық', 'mn t', 3), ['qualifier']],
    ['no quote, nothing to check', fig('', 'days', 5), []],
  ])('%s', (_name, figure, fields) => {
    expect(checkQuotedValue(figure, UNITS[figure.unit].scale).map((p) => p.field)).toEqual(fields);
  });

  it('says when the quote has no approximation word at all', () => {
    const [problem] = checkQuotedValue(fig(q2019, 'bn USD', 7.8, { qualifier: 'about' }), UNITS['bn USD'].scale);
    expect(problem?.message).toMatch(/^qualifier is "about" but the quote has no qualifier word/);
  });

  it('names what the quote does state', () => {
    const [problem] = checkQuotedValue(fig(q2019, 'bn USD', 7.9), UNITS['bn USD'].scale);
    expect(problem?.message).toContain('"7,8 млрд" (7.8 bn USD)');
  });
});
