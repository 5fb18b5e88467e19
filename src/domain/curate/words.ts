/**
 * The words a careful reader of a Russian, Kazakh or English article reads a figure by: its unit,
 * what kind of figure it is (a goal, a capacity, a forecast, a change), which way a change goes,
 * and when (a year, "last year", "by 2030", "in the medium term"). Patterns are source strings for
 * `new RegExp(…, 'iu')`; word edges are `(?<!\p{L})` / `(?!\p{L})`, since `\b` does not see Cyrillic.
 */
import type { Unit } from '../dataset-schema';

export const SP = '[\\s\\u00A0\\u202F]';
/** A word starting with one of `stems`. */
export const stem = (...stems: string[]) => `(?<!\\p{L})(?:${stems.join('|')})\\p{L}*`;
/** One of `words`, whole. */
export const word = (...words: string[]) => `(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`;

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
  // "41 тыс. контейнеров в двадцатифутовом эквиваленте", "twenty-foot equivalent units"
  {
    pattern: `^${SP}*(?:контейнер\\p{L}*${SP}+в${SP}+двадцатифутовом${SP}+эквиваленте|twenty-foot${SP}+equivalent${SP}+units?|контейнер\\p{L}*${SP}+жиырма${SP}+футтық${SP}+баламада)`,
    unit: 'TEU',
    factor: 1,
  },
  // containers, not container trains or ships ("6 тыс. контейнерных поездов")
  {
    pattern: `^${SP}*(?:(?:экспорт\\p{L}*|импорт\\p{L}*|транзит\\p{L}*|гружен\\p{L}*|порожн\\p{L}*|бос|жүкті|export|import|transit|loaded|empty)${SP}+)?(?:контейнер(?:ов|а|ы|ам|ах|ге|лер\\p{L}*)?(?!\\p{L})|containers?(?!${SP}*(?:trains?|ships?|vessels?|terminals?|hubs?)(?!\\p{L})))(?!${SP}*(?:кеме|пойыз|поезд|судн|судов|терминал|хаб|площадк)\\p{L}*)`,
    unit: 'containers',
    factor: 1,
  },
  {
    pattern: `^${SP}*(?:дн\\p{L}*|день|дня|суток|сутки|күн\\p{L}*|тәулік\\p{L}*|days?(?!\\p{L}))`,
    unit: 'days',
    factor: 1,
  },
];

/** Money before the number: "$12.9 billion", "USD 5 bn". */
export const MONEY_BEFORE = `(?:\\$|USD|US\\$)${SP}*$`;

/** A tonnage said per year ("10 млн тонн в год") is a capacity in mn t/yr. */
export const PER_YEAR = `(?:в${SP}+год|жылына|per${SP}+year|(?<!(?:from|than|over|for|in)${SP}+)a${SP}+year(?!${SP}*(?:earlier|ago|before|later|on(?!\\p{L})))|/год)`;

/** An aim said as one: the speaker wants, plans or is tasked to reach the number. */
export const AIM_WORDS = [
  // not "доведена" (was brought to): the forms that aim
  stem('довест', 'доведём', 'доведем', 'доведут', 'достич', 'достигнуть', 'планир', 'намерен', 'намечен', 'поставлен'),
  stem('цел[ьи]', 'задач', 'рассчитыва', 'должн', 'должен', 'договорил', 'условил', 'нацел', 'намет'),
  word('хотим', 'хочет', 'хотят', 'хочу', 'хотели', 'хотел', 'хотела', 'should'),
  stem('ориентиру'),
  // not "қол жеткіздік" (we achieved): the forms that plan or hope
  // ("жеткізу" alone is also "delivery": "жүк жеткізу уақыты", the delivery time)
  stem(
    'жеткіземіз',
    'жеткізуді',
    'жеткізбек',
    'жеткізуге',
    'жоспарла',
    'мақсат',
    'көздеп',
    'көздел',
    'көздейді',
    'үміттен',
    'міндет',
  ),
  stem('target', 'aim', 'goal', 'plan', 'intend', 'seek', 'want', 'pledg', 'commit', 'agree'),
  stem('келісті', 'уағдалас', 'призыва', 'шақыр'),
  `(?<!\\p{L})(?:calls?${SP}+for)(?!\\p{L})`,
  `(?<!\\p{L})(?:bring${SP}+(?:it|this|the${SP}+\\p{L}+)${SP}+to)(?!\\p{L})`,
].join('|');

/** A goal: an aim, or what will be, said by those who make it ("вырастет до 50 млн тонн", "will be able to handle"). */
export const GOAL_WORDS = [
  AIM_WORDS,
  stem('вырастет', 'увеличится', 'возрастет', 'возрастёт', 'достигнет', 'составит'),
  stem('жетеді', 'артады', 'өседі', 'ұлғаяды'),
  `(?<!\\p{L})(?:will${SP}+(?:be${SP}+able|reach|grow|rise|increase|handle|carry|double|triple|ship|export|supply|deliver|transport|move|send))(?!\\p{L})`,
].join('|');

/** What flows: a volume carried, exported or sold (not a facility's capacity). */
export const FLOW_WORDS = stem(
  'экспорт',
  'перевоз',
  'перевез',
  'транзит',
  'объем',
  'объём',
  'отгруз',
  'поставк',
  'тасымал',
  'көлем',
  'айналым',
  'export',
  'shipment',
  'transit',
  'volume',
  'traffic',
  'sell',
  'sales',
  'flow',
  'грузопоток',
  'ағын',
);

/** A capacity: what a facility or route can take, not what it did. */
export const CAPACITY_WORDS = [
  stem('мощност', 'пропускн', 'позволя', 'способн'),
  `(?<!\\p{L})рассчитан\\p{L}*${SP}+на(?!\\p{L})`,
  stem('қуат', 'мүмкіндік', 'арналған'),
  `(?<!\\p{L})өткізу${SP}+(?:қабілет|мүмкіндіг)\\p{L}*`,
  stem('capacit'),
  `(?<!\\p{L})(?:can${SP}+(?:currently${SP}+|now${SP}+|already${SP}+)?(?:handle|take|carry)|designed${SP}+(?:for|to${SP}+handle))(?!\\p{L})`,
].join('|');

/** A forecast: someone else's projection, not a goal. */
export const FORECAST_WORDS = [
  // not "время ожидания" (the waiting time)
  stem('прогноз', 'ожидает', 'ожидают', 'ожидается', 'ожидаем', 'может', 'могут', 'полага', 'считают', 'оценива'),
  stem('болжа', 'күтіл', 'күтеді', 'күтуде', 'күтіп'),
  word('мүмкін'),
  stem('forecast', 'project', 'could', 'expect', 'predict', 'believe', 'estimate'),
].join('|');

/** A forecast by its words alone, whoever makes it ("по прогнозу", "болжамы бойынша", "could", "мүмкін"). */
export const FORECAST_STRONG = [
  stem('прогноз', 'может', 'могут', 'болжа', 'forecast', 'predict', 'could'),
  word('мүмкін'),
  // an estimate: "по нашим оценкам … составит"
  `(?<!\\p{L})по${SP}+(?:\\p{L}+${SP}+)?оценкам(?!\\p{L})`,
  // expected, with no one named to aim for it: "деп күтілуде", "ожидается", "is expected to"
  `(?<!\\p{L})(?:деп${SP}+күтіл\\p{L}*|ожидается|ожидаются|(?:is|are)${SP}+(?:expected|projected|forecast)${SP}+to)(?!\\p{L})`,
].join('|');

/** A belief: "Думаю, …", "ойымша", "I think" (a forecast, unless the believer aims: "Думаю, … довести до 20 млрд"). */
export const BELIEF_WORDS = `(?<!\\p{L})(?:думаю|полагаю|ойымша|I${SP}+(?:think|believe|expect))(?!\\p{L})`;

/** A change that goes up. */
export const INCREASE_WORDS = [
  stem(
    'вырос',
    'выросл',
    'увелич',
    'нарост',
    'нараст',
    'рост',
    'выше',
    'удвои',
    'утрои',
    'прирост',
    'прибав',
    'подскоч',
  ),
  word('больше'),
  stem('өсті', 'өсу', 'өсіп', 'өсім', 'арт[ты]', 'ұлғай', 'көбей', 'көтеріл'),
  word('жоғары'),
  stem(
    'grew',
    'grow',
    'rose',
    'rise',
    'increas',
    'up(?!\\p{L})',
    'higher',
    'doubl',
    'tripl',
    'expand',
    'climb',
    'jump',
    'surg',
    'soar',
    'gain',
  ),
].join('|');

/** A change that goes down. */
export const DECREASE_WORDS = [
  stem('сократ', 'сниз', 'сниж', 'уменьш', 'ниже', 'упал', 'падени'),
  word('меньше'),
  stem('қысқар', 'азай', 'төмен'),
  stem(
    'cut',
    'fell',
    'fall',
    'declin',
    'decreas',
    'lower',
    'halv',
    'reduc',
    'shrank',
    'down(?!\\p{L})',
    'slipp',
    'dropp',
    'plung',
    'tumbl',
    'slump',
  ),
].join('|');

/** A price per unit ("$230 за тонну", "тоннасына 215 доллар", "per tonne"): not a volume. */
export const PER_UNIT = `(?<!\\p{L})(?:за${SP}+(?:одну${SP}+)?тонну|per${SP}+(?:tonne|ton|unit|barrel)|a${SP}+(?:tonne|ton)|тоннасына|тоннасы|бір${SP}+тоннасы)(?!\\p{L})`;

/** Someone else's projection: an analyst's, an expert's, a bank's (a government's "expects" is its aim). */
export const ANALYSTS = stem(
  'аналитик',
  'эксперт',
  'экономист',
  'сарапшы',
  'сарапш',
  'analyst',
  'expert',
  'economist',
  'банк',
  'bank',
  'агентств',
  'agenc',
  'IMF',
  'МВФ',
  'талдау',
  'сараптам',
  'advis',
  'consult',
  'research',
  'brokerage',
  'аналитическ',
  'консалт',
);

/** A percentage that is a likelihood, not a share of anything: "80-процентная вероятность", "with a 70% chance". */
export const LIKELIHOOD = stem('вероятн', 'ықтимал', 'probab', 'chance', 'likel', 'odds', 'шанс');

/** A share of a whole ("приходится около 85%", "accounts for 45%", "үлесі"): no series here counts shares of trade. */
export const SHARE_OF = `(?<!\\p{L})(?:приход\\p{L}*|доля|доли|долю|accounts?${SP}+for|share${SP}+of|үлес\\p{L}*|controls?|holds?|контролир\\p{L}*)(?!\\p{L})`;
