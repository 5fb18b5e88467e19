/**
 * The words a careful reader of a Russian, Kazakh or English article reads a figure by: its unit,
 * what kind of figure it is (a goal, a capacity, a forecast, a change), which way a change goes,
 * and when (a year, "last year", "by 2030", "in the medium term"). Patterns are source strings for
 * `new RegExp(…, 'iu')`; word edges are `(?<!\p{L})` / `(?!\p{L})`, since `\b` does not see Cyrillic.
 */
import type { Unit } from '../dataset-schema';

const SP = '[\\s\\u00A0\\u202F]';
/** A word starting with one of `stems`. */
const stem = (...stems: string[]) => `(?<!\\p{L})(?:${stems.join('|')})\\p{L}*`;
/** One of `words`, whole. */
const word = (...words: string[]) => `(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`;

/**
 * Units right after a number (and its scale word): the unit, and what one of the written units is
 * in the dataset's unit (a dollar is 1e-9 bn USD).
 */
export const UNIT_AFTER: ReadonlyArray<{ pattern: string; unit: Unit; factor: number }> = [
  {
    pattern: `^${SP}*(?:долл\\p{L}*\\.?|доллар\\p{L}*|dollar\\p{L}*|USD|US${SP}?\\$|\\$)`,
    unit: 'bn USD',
    factor: 1e-9,
  },
  {
    pattern: `^${SP}*(?:тонн\\p{L}*|тонна\\p{L}*|т\\.?(?!\\p{L})|tonn\\p{L}*|tons?(?!\\p{L})|t(?!\\p{L}))(?:${SP}+(?:в${SP}+год|в${SP}+жыл\\p{L}*|жылына|per${SP}+year|a${SP}+year))?`,
    unit: 'mn t',
    factor: 1e-6,
  },
  { pattern: `^${SP}*(?:TEU|ДФЭ)(?!\\p{L})`, unit: 'TEU', factor: 1 },
  { pattern: `^${SP}*(?:контейнер\\p{L}*|container\\p{L}*)`, unit: 'containers', factor: 1 },
  { pattern: `^${SP}*(?:дн\\p{L}*|день|дня|суток|сутки|күн\\p{L}*|days?(?!\\p{L}))`, unit: 'days', factor: 1 },
];

/** Money before the number: "$12.9 billion", "USD 5 bn". */
export const MONEY_BEFORE = `(?:\\$|USD|US\\$)${SP}*$`;

/** A tonnage said per year ("10 млн тонн в год") is a capacity in mn t/yr. */
export const PER_YEAR = `(?:в${SP}+год|жылына|per${SP}+year|a${SP}+year|/год)`;

/** A goal: the speaker wants or plans to reach the number. */
export const GOAL_WORDS = [
  stem('довест', 'довед', 'доведём', 'доведем', 'достич', 'достигнуть', 'планир', 'намерен', 'намечен', 'поставлен'),
  stem('цел[ьи]', 'задач'),
  // not "қол жеткіздік" (we achieved): the forms that plan or hope
  stem('жеткіземіз', 'жеткізуді', 'жеткізбек', 'жеткізуге', 'жоспарла', 'мақсат', 'көздеп', 'үміттен'),
  stem('target', 'aim', 'goal', 'plan', 'intend', 'seek'),
  `(?<!\\p{L})(?:bring${SP}+(?:it|this|the${SP}+\\p{L}+)${SP}+to)(?!\\p{L})`,
].join('|');

/** A capacity: what a facility or route can take, not what it did. */
export const CAPACITY_WORDS = [
  stem('мощност', 'пропускн', 'позволя', 'способн'),
  stem('қуат', 'өткізу', 'мүмкіндік'),
  stem('capacit'),
  `(?<!\\p{L})can${SP}+(?:handle|take|carry)(?!\\p{L})`,
].join('|');

/** A forecast: someone else's projection, not a goal. */
export const FORECAST_WORDS = [
  stem('прогноз', 'ожида', 'может', 'могут'),
  stem('болжа'),
  stem('forecast', 'project', 'could', 'expect'),
].join('|');

/** A change that goes up. */
export const INCREASE_WORDS = [
  stem('вырос', 'выросл', 'увелич', 'нарост', 'рост', 'выше', 'удвои', 'утрои', 'прирост'),
  stem('өсті', 'өсу', 'арт[ты]', 'ұлғай', 'көбей'),
  stem('grew', 'grow', 'rose', 'rise', 'increas', 'up(?!\\p{L})', 'higher', 'doubl', 'tripl', 'expand'),
].join('|');

/** A change that goes down. */
export const DECREASE_WORDS = [
  stem('сократ', 'сниз', 'сниж', 'уменьш', 'ниже', 'упал', 'падени'),
  stem('қысқар', 'азай', 'төмен'),
  stem('cut', 'fell', 'fall', 'declin', 'decreas', 'lower', 'halv', 'reduc', 'shrank', 'down(?!\\p{L})'),
].join('|');

/** "the same figure a year earlier" in a change: "по сравнению с 2023 годом", "compared with 2023". */
export const COMPARED_WITH = `(?:по${SP}+сравнению${SP}+с|чем${SP}+в|compared${SP}+(?:with|to)|от${SP}+уровня|деңгейімен${SP}+салыстырғанда)`;

/** Words that date a figure at the moment of speaking. */
export const NOW_WORDS = [
  word('сегодня', 'сейчас', 'ныне', 'уже'),
  `(?<!\\p{L})(?:на${SP}+сегодняшний${SP}+день|в${SP}+настоящее${SP}+время|в${SP}+настоящий${SP}+момент|на${SP}+данный${SP}+момент)(?!\\p{L})`,
  word('бүгін', 'бүгінде', 'қазір', 'қазіргі', 'қазірдің'),
  word('today', 'now', 'currently', 'already'),
].join('|');

/** "last year": the year before the article's. */
export const LAST_YEAR = [
  `(?<!\\p{L})в${SP}+прошлом${SP}+году(?!\\p{L})`,
  `(?<!\\p{L})(?:по${SP}+итогам|за)${SP}+прошл\\p{L}+${SP}+год\\p{L}*`,
  `(?<!\\p{L})өткен${SP}+жыл\\p{L}*`,
  `(?<!\\p{L})(?:last|the${SP}+past|the${SP}+previous)${SP}+year(?!\\p{L})`,
].join('|');

/** "this year": the article's year. */
export const THIS_YEAR = [
  `(?<!\\p{L})в${SP}+(?:этом|текущем)${SP}+году(?!\\p{L})`,
  `(?<!\\p{L})(?:биыл|биылғы)(?!\\p{L})`,
  `(?<!\\p{L})this${SP}+year(?!\\p{L})`,
].join('|');

/** A year written out: "в 2019 году", "2019 жылы", "in 2019", "по итогам 2024 года". */
export const YEAR_MENTION = `(?<![\\d.,])((?:19|20)\\d{2})(?!\\d|[.,]\\d)`;

/** A deadline: "к 2030 году", "до 2030 года", "2030 жылға дейін", "by 2030"; "до конца 2023 года" is its December. */
export const DEADLINE = [
  `(?<!\\p{L})(?:к|до)${SP}+(?<end1>конца${SP}+)?(?<y1>(?:19|20)\\d{2})${SP}*(?:год\\p{L}*|г\\.?)`,
  `(?<y2>(?:19|20)\\d{2})${SP}*(?:-?ж\\.?|жыл\\p{L}*)${SP}+(?<end2>соңына${SP}+)?(?:дейін|шейін)`,
  `(?<y4>(?:19|20)\\d{2})${SP}*-?жылға${SP}+(?:дейін|шейін)`,
  `(?<!\\p{L})by${SP}+(?<end3>the${SP}+end${SP}+of${SP}+)?(?<y3>(?:19|20)\\d{2})(?![\\d])`,
].join('|');

/** Horizons said in words, kept as said ("в среднесрочной перспективе"). */
export const HORIZONS = [
  `(?<!\\p{L})в${SP}+(?:средне|долго|кратко)срочной${SP}+перспективе(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+(?:ближайшей|обозримой|дальнейшей)${SP}+перспективе(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+перспективе(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+(?:ближайшем|обозримом|недалёком|недалеком)${SP}+будущем(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+ближайшие${SP}+годы(?!\\p{L})`,
  `(?<!\\p{L})(?:орта|ұзақ|қысқа)${SP}+мерзімді${SP}+перспективада(?!\\p{L})`,
  `(?<!\\p{L})(?:жақын|алдағы)${SP}+(?:болашақта|жылдары)(?!\\p{L})`,
  `(?<!\\p{L})болашақта(?!\\p{L})`,
  `(?<!\\p{L})in${SP}+the${SP}+(?:medium|long|short|near|foreseeable)${SP}*(?:-${SP}*)?(?:term|future)(?!\\p{L})`,
  `(?<!\\p{L})in${SP}+the${SP}+future(?!\\p{L})`,
  `(?<!\\p{L})(?:under|in)${SP}+(?:a|the)${SP}+road${SP}*map(?!\\p{L})`,
  `(?<!\\p{L})по${SP}+дорожной${SP}+карте(?!\\p{L})`,
].join('|');

/** A span of months within a year: "за январь–сентябрь 2024 года", "за 10 месяцев". */
export const MONTHS: Readonly<Record<string, number>> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH = `(?:${Object.keys(MONTHS).join('|')})\\p{L}*`;
export const MONTH_SPAN = `(?<!\\p{L})(?:за${SP}+|for${SP}+|in${SP}+)?(?<from>${MONTH})${SP}*[-–—]${SP}*(?<to>${MONTH})(?:${SP}+(?<year>(?:19|20)\\d{2}))?`;

/** "over five years", "за пять лет", "бес жылда": a span of N years to a stated end. */
export const YEARS_SPAN = `(?<!\\p{L})(?:за|over|in|the${SP}+past|the${SP}+last)${SP}+(?:последние${SP}+)?(?<n>\\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)${SP}+(?:год\\p{L}*|лет|years?)(?!\\p{L})|(?<nk>\\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)${SP}+жыл(?:да|ішінде)(?!\\p{L})`;

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
};

/** A percentage that is a likelihood, not a share of anything: "80-процентная вероятность", "with a 70% chance". */
export const LIKELIHOOD = stem('вероятн', 'ықтимал', 'probab', 'chance', 'likel');

/** "from A to B": the first value is the earlier state ("с 53 до 19-23", "53 күннен 19-23 күнге дейін"). */
export const FROM_MARK = `(?:(?<!\\p{L})(?:с|со|от|from)${SP}+(?:\\$|US\\$|USD${SP}*)?$|(?:\\p{L}*(?:нан|нен|тан|тен|дан|ден))(?!\\p{L})$)`;
