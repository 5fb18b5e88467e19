import { describe, expect, it } from 'vitest';
import { kkEnding, kkNumberLastWord, withKkCase } from '../../src/lib/grammar/kk-case';
import { pluralCategory, russianPlural } from '../../src/lib/grammar/plural';
import { interpolate } from '../../src/lib/i18n/i18n';
// the Kazakh dictionary brings the case endings with it (a reader in another language never loads them)
import '../../src/lib/i18n/kk';

describe('Kazakh: the last spoken word of a number', () => {
  it.each([
    ['0', 'нөл'],
    ['1', 'бір'],
    ['2', 'екі'],
    ['3', 'үш'],
    ['4', 'төрт'],
    ['5', 'бес'],
    ['6', 'алты'],
    ['7', 'жеті'],
    ['8', 'сегіз'],
    ['9', 'тоғыз'],
    ['10', 'он'],
    ['20', 'жиырма'],
    ['30', 'отыз'],
    ['40', 'қырық'],
    ['50', 'елу'],
    ['60', 'алпыс'],
    ['70', 'жетпіс'],
    ['80', 'сексен'],
    ['90', 'тоқсан'],
    ['100', 'жүз'],
    ['2000', 'мың'],
    ['2030', 'отыз'],
    ['2100', 'жүз'],
    ['300 000', 'мың'],
    ['5000000', 'миллион'],
  ])('%s ends in "%s"', (digits, word) => expect(kkNumberLastWord(digits)).toBe(word));
});

describe('Kazakh case endings', () => {
  // word, dative, ablative, locative, genitive
  it.each([
    ['жыл', 'ға', 'дан', 'да', 'дың'],
    ['доллар', 'ға', 'дан', 'да', 'дың'],
    ['күн', 'ге', 'нен', 'де', 'нің'],
    ['есе', 'ге', 'ден', 'де', 'нің'],
    ['тонна', 'ға', 'дан', 'да', 'ның'],
    ['қыркүйек', 'ке', 'тен', 'те', 'тің'],
    ['желтоқсан', 'ға', 'нан', 'да', 'ның'],
    ['үш', 'ке', 'тен', 'те', 'тің'],
    ['қырық', 'қа', 'тан', 'та', 'тың'],
    ['отыз', 'ға', 'дан', 'да', 'дың'],
    ['елу', 'ге', 'ден', 'де', 'нің'],
    ['тоғыз', 'ға', 'дан', 'да', 'дың'],
    ['контейнер', 'ге', 'ден', 'де', 'дің'],
    ['пайыз', 'ға', 'дан', 'да', 'дың'],
  ] as const)('%s: -%s, -%s, -%s, -%s', (word, dat, abl, loc, gen) => {
    expect([kkEnding(word, 'dat'), kkEnding(word, 'abl'), kkEnding(word, 'loc'), kkEnding(word, 'gen')]).toEqual([
      dat,
      abl,
      loc,
      gen,
    ]);
  });

  it.each([
    ['12,9\u00a0млрд\u00a0$', 'abl', '12,9\u00a0млрд\u00a0доллардан'],
    ['23\u00a0млрд\u00a0$', 'dat', '23\u00a0млрд\u00a0долларға'],
    ['5\u00a0күн', 'dat', '5\u00a0күнге'],
    ['12\u00a0күн', 'abl', '12\u00a0күннен'],
    ['2030', 'dat', '2030-ға'],
    ['53', 'abl', '53-тен'],
    ['12,9', 'dat', '12,9-ға'],
    ['11,25', 'dat', '11,25-ке'],
    ['65%', 'dat', '65%-ға'],
    ['3\u00a0млн\u00a0т', 'dat', '3\u00a0млн\u00a0тоннаға'],
    ['2023\u00a0ж. желтоқсан', 'dat', '2023\u00a0ж. желтоқсанға'],
    ['2024\u00a0ж. 9 тамыз', 'loc', '2024\u00a0ж. 9 тамызда'],
    ['19–23\u00a0күн', 'dat', '19–23\u00a0күнге'],
    ['56\u00a0500 TEU', 'abl', '56\u00a0500 TEU-дан'],
  ] as const)('%s + %s → %s', (text, kase, want) => expect(withKkCase(text, kase)).toBe(want));
});

describe('Russian plurals', () => {
  it.each([
    [1, 'one'],
    [21, 'one'],
    [2, 'few'],
    [3, 'few'],
    [24, 'few'],
    [5, 'many'],
    [11, 'many'],
    [12, 'many'],
    [14, 'many'],
    [111, 'many'],
    [1.5, 'other'],
    [2.87, 'other'],
  ] as const)('%d is %s, by Intl and by the written rule', (n, want) => {
    expect(pluralCategory('ru', n)).toBe(want);
    expect(russianPlural(n)).toBe(want);
  });
});

describe('messages with grammar', () => {
  it('puts a new Kazakh case on a head noun when the value already ends in жуық or астам', () => {
    expect(withKkCase('3 млн тоннаға жуық', 'abl')).toBe('3 млн тоннаға жуық деңгейден');
    expect(withKkCase('12 млрд доллардан астам', 'dat')).toBe('12 млрд доллардан астам деңгейге');
    expect(withKkCase('12,9 млрд $', 'dat')).toBe('12,9 млрд долларға');
  });

  it('keeps one dot where a value ending in an abbreviation ends the sentence', () => {
    expect(interpolate('Цель: 5 дней, {when}.', { when: 'к дек. 2023 г.' }, 'ru')).toBe('Цель: 5 дней, к дек. 2023 г.');
    expect(interpolate('версия от {v}. URL', { v: '1 декабря 2026 г.' }, 'ru')).toBe('версия от 1 декабря 2026 г. URL');
    // a dot inside the value, or no dot after it, is left alone
    expect(interpolate('{v}, далее', { v: '2026 г.' }, 'ru')).toBe('2026 г., далее');
    expect(interpolate('{v}.', { v: 'Goalpost' }, 'en')).toBe('Goalpost.');
  });

  it('puts the Kazakh case on the value, and leaves other languages as they are', () => {
    const kk = '{base:abl} бастап {goal:dat} жету';
    expect(interpolate(kk, { base: '12,9 млрд $', goal: '23 млрд $' }, 'kk')).toBe(
      '12,9 млрд доллардан бастап 23 млрд долларға жету',
    );
    expect(interpolate('from {base:abl} to {goal:dat}', { base: '$12.9B', goal: '$23B' }, 'en')).toBe(
      'from $12.9B to $23B',
    );
  });

  it.each([
    [3, 'рост в 3 раза'],
    [5, 'рост в 5 раз'],
    [2.87, 'рост в 2,87 раза'],
    [21, 'рост в 21 раз'],
  ])('Russian "в %d раз(а)"', (n, want) => {
    expect(interpolate('рост в {n:plural(one:раз;few:раза;many:раз;other:раза)}', { n }, 'ru')).toBe(want);
  });
});
