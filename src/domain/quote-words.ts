/**
 * Word lists for reading numbers in Russian, Kazakh and English texts. Patterns are source strings for
 * `new RegExp(…, 'iu')`; JavaScript's `\b` does not see Cyrillic letters, so word edges are written
 * as `(?<!\p{L})` and `(?!\p{L})`.
 */

const SP = '[\\s\\u00A0\\u202F]';

/** Scale words after a number (ru and kk), with what they multiply by. Checked in this order. */
export const SCALE_WORDS: ReadonlyArray<{ pattern: string; scale: number }> = [
  { pattern: 'трлн\\.?|триллион\\p{L}*|trillion(?!\\p{L})|tn(?!\\p{L})', scale: 1e12 },
  { pattern: 'млрд\\.?|миллиард\\p{L}*|billion(?!\\p{L})|bn(?!\\p{L})', scale: 1e9 },
  { pattern: 'млн\\.?|миллион\\p{L}*|million(?!\\p{L})|mn(?!\\p{L})|mln(?!\\p{L})', scale: 1e6 },
  { pattern: 'тыс\\.|тыс(?!\\p{L})|тысяч\\p{L}*|мың\\p{L}*|thousand(?!\\p{L})', scale: 1e3 },
];

/** After a number: "65%", "11,2 %", "78 пайызы", "10 процентов". */
export const PERCENT_AFTER = `^${SP}*(?:%|процент\\p{L}*|пайыз\\p{L}*|per${SP}?cent(?!\\p{L})|pct(?!\\p{L}))`;

/** After a number: "в 3 раза", "3 есе", "3 есеге" (not "есеп", a report). */
export const MULTIPLE_AFTER = `^${SP}*(?:раза?|есе(?:ге|ден|лік)?|times|-?fold)(?!\\p{L})`;

/** After a number: "2019 году", "2023 г.", "2010 жылдан", "2023-жылы". */
export const YEAR_AFTER = `^${SP}*-?(?:год\\p{L}*|гг?\\.?(?!\\p{L})|жыл\\p{L}*)`;

/** Multiples written in words. `value` is the multiple; the match is the whole phrase. */
export const WORD_MULTIPLES: ReadonlyArray<{ pattern: string; value: number }> = [
  { pattern: 'вдвое', value: 2 },
  { pattern: 'удво(?:ить|ит|ил|ен|ени|ят)\\p{L}*', value: 2 },
  { pattern: 'утро(?:ить|ит|ил|ен|ени|ят)\\p{L}*', value: 3 },
  { pattern: 'втрое', value: 3 },
  { pattern: 'вчетверо', value: 4 },
  { pattern: 'впятеро', value: 5 },
  { pattern: 'вдесятеро', value: 10 },
  { pattern: 'дву(?:х)?кратн\\p{L}*', value: 2 },
  { pattern: 'тр[её]хкратн\\p{L}*', value: 3 },
  { pattern: `(?:два|две)${SP}+раза`, value: 2 },
  { pattern: `три${SP}+раза`, value: 3 },
  { pattern: `четыре${SP}+раза`, value: 4 },
  { pattern: `пять${SP}+раз`, value: 5 },
  { pattern: `десять${SP}+раз`, value: 10 },
  { pattern: `полтора${SP}+раза`, value: 1.5 },
  { pattern: `(?:два|две)${SP}+с${SP}+половиной${SP}+раза`, value: 2.5 },
  { pattern: `екі${SP}+жарым${SP}+есе(?:ге|ден|лік)?`, value: 2.5 },
  { pattern: `two${SP}+and${SP}+a${SP}+half${SP}+times`, value: 2.5 },
  { pattern: `one${SP}+and${SP}+a${SP}+half${SP}+times`, value: 1.5 },
  { pattern: `бір${SP}+жарым${SP}+есе(?:ге|ден|лік)?`, value: 1.5 },
  { pattern: `екі${SP}+есе(?:ге|ден|лік)?`, value: 2 },
  { pattern: `үш${SP}+есе(?:ге|ден|лік)?`, value: 3 },
  { pattern: `төрт${SP}+есе(?:ге|ден|лік)?`, value: 4 },
  { pattern: `бес${SP}+есе(?:ге|ден|лік)?`, value: 5 },
  { pattern: `он${SP}+есе(?:ге|ден|лік)?`, value: 10 },
  { pattern: 'doubl\\p{L}*|twofold|two-fold', value: 2 },
  { pattern: 'tripl\\p{L}*|threefold|three-fold', value: 3 },
  { pattern: 'quadrupl\\p{L}*|fourfold|four-fold', value: 4 },
  { pattern: 'fivefold|five-fold', value: 5 },
  { pattern: 'tenfold|ten-fold', value: 10 },
  { pattern: 'halved|halving', value: 2 },
];

/**
 * Qualifier words, by the qualifier they stand for (see `qualifierSchema`). Before a number:
 * "около 7", "почти 3 млн", "свыше 10", "кем дегенде 3 есеге". After it (Kazakh): "3 млн тоннаға
 * жуық", "екі есеге дерлік", "он шақты", "11,9 млрд доллардан астам".
 */
export const QUALIFIER_BEFORE: Readonly<Record<string, readonly string[]>> = {
  about: [
    'около',
    'примерно',
    'приблизительно',
    'порядка',
    'ориентировочно',
    'шамамен',
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
  ],
  almost: [
    'почти',
    'almost',
    'nearly',
    `close${SP}+to`,
    `just${SP}+(?:under|below|short${SP}+of)`,
    `чуть${SP}+(?:менее|меньше)`,
  ],
  over: [
    'свыше',
    `более${SP}+чем`,
    'более',
    'больше',
    'свыше чем',
    'превысил[аои]?',
    'превыси[тл]\\p{L}*',
    'превысят',
    'превышает',
    'over',
    `more${SP}+than`,
    'exceeding',
    'exceeded',
    'exceeds',
    'exceed',
    'surpassed',
    'topped',
    'above',
    `upwards${SP}+of`,
    `in${SP}+excess${SP}+of`,
  ],
  'at least': [`не${SP}+менее(?:${SP}+чем)?`, `не${SP}+меньше`, `кем${SP}+дегенде`, 'кемінде', `at${SP}+least`],
};

export const QUALIFIER_AFTER: Readonly<Record<string, readonly string[]>> = {
  about: ['шақты', 'шамасы', 'шамасында', 'тарта'],
  almost: ['жуық', 'жуықтады', 'жуықтайды', 'жуықтап', 'дерлік'],
  over: ['астам', 'артық', 'асты', 'асып', 'асады', 'асқан', 'асатын', 'асуы'],
};

const before = Object.values(QUALIFIER_BEFORE).flat();
const after = Object.values(QUALIFIER_AFTER).flat();

/** The qualifier a word stands for ("почти" → almost), or null. */
export function qualifierOfWord(word: string): string | null {
  const norm = word.toLowerCase().replace(/[\s\u00A0\u202F]+/g, ' ');
  for (const table of [QUALIFIER_BEFORE, QUALIFIER_AFTER])
    for (const [q, words] of Object.entries(table))
      if (words.some((w) => new RegExp(`^(?:${w})$`, 'iu').test(norm))) return q;
  return null;
}

/** `около 7`, `nearly $4.1`: a qualifier word, then at most one preposition or currency sign, then the number. */
export const APPROX_BEFORE_NUMBER = `(?<!\\p{L})(${before.join('|')})(?:${SP}+(?:в|на|до|от|с|со|к|из|за))?(?:${SP}*(?:US\\$|\\$|USD))?${SP}*$`;

/** `7 … жуық`: up to two words (or a hyphenated suffix such as "-ға") after the number, then the word. */
export const APPROX_AFTER_NUMBER = `^(?:${SP}*-?\\p{L}+){0,2}?${SP}*-?(${after.join('|')})(?!\\p{L})`;

/** Any qualifier word anywhere in a quote. */
export const APPROX_ANYWHERE = `(?<!\\p{L})(${[...before, ...after].join('|')})(?!\\p{L})`;

/** Between a bare number and a scaled one it shares the scale with: "от 7 до 8 млрд", "10 и 15%". */
export const SHARED_SCALE_GAP = `^${SP}*(?:до|и|или|және|не|немесе|[-–—])?${SP}*$`;
