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
  word('хотим', 'хочет', 'хотят', 'хочу', 'хотели', 'хотел', 'хотела'),
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

/** "the same figure a year earlier" in a change: "по сравнению с 2023 годом", "compared with 2023". */
export const COMPARED_WITH = `(?:(?<=(?:%|percent|times|fold|double|triple)${SP}*)(?:from|on|over|against)|(?:the${SP}+)?level${SP}+of|по${SP}+сравнению${SP}+с|чем${SP}+в|чем${SP}+за|относительно|compared${SP}+(?:with|to)|than${SP}+in|from${SP}+the${SP}+level${SP}+of|от${SP}+уровня|деңгейімен${SP}+салыстырғанда)`;

/** The year a change compares with: "по сравнению с 2023 годом", "than in 2023", "2022 жылмен салыстырғанда". */
export const COMPARED_YEAR = `${COMPARED_WITH}${SP}+(?:\\p{L}+(?:[-–—]\\p{L}+)?${SP}+)?(?<y1>(?:19|20)\\d{2})|(?<y2>(?:19|20)\\d{2})${SP}*(?:-?ж\\.?|жыл\\p{L}*)${SP}+(?:\\p{L}+${SP}+)?(?:салыстырғанда|қарағанда)|(?<y3>(?:19|20)\\d{2})${SP}*жылғы${SP}+(?:деңгей|көрсеткіш)\\p{L}*`;

/** "the same period last year": a part-year's change against the same months a year before. */
export const SAME_PERIOD = [
  `(?<!\\p{L})(?:с${SP}+|чем${SP}+за${SP}+|за${SP}+)?аналогичн\\p{L}*${SP}+период\\p{L}*${SP}+(?:прошлого${SP}+года|\\d{4}${SP}+года)`,
  `(?<!\\p{L})(?:с|к|чем${SP}+за|за)${SP}+т(?:ем|от|ого|ому)${SP}+же${SP}+период\\p{L}*${SP}+(?:прошлого${SP}+года|\\d{4}(?:${SP}+года|-го))`,
  `(?<!\\p{L})(?:өткен|былтырғы)${SP}+жылдың${SP}+(?:сәйкес|осы|ұқсас|дәл${SP}+осы)${SP}+кезең\\p{L}*`,
  `(?<!\\p{L})былтырғы${SP}+(?:сәйкес|осы|ұқсас)${SP}+кезең\\p{L}*`,
  // "былтырғы қаңтармен салыстырғанда": the same month a year before
  `(?<!\\p{L})былтырғы${SP}+\\p{L}+(?:мен|бен|пен)${SP}+салыстырғанда`,
  `(?<!\\p{L})(?:the${SP}+)?same${SP}+period${SP}+(?:of${SP}+|a${SP}+year${SP}+)?(?:last${SP}+year|earlier|\\d{4})`,
  `(?<!\\p{L})(?:a${SP}+year${SP}+(?:earlier|before|ago)|year${SP}*-?on${SP}*-?year|годом${SP}+ранее|год${SP}+к${SP}+году|в${SP}+годовом${SP}+(?:выражении|исчислении)|жылдық${SP}+есеппен|жылдық${SP}+көрсеткішпен|бір${SP}+жыл${SP}+бұрын\\p{L}*)(?!\\p{L})`,
].join('|');

/** "in this period": the span of months the sentence before named ("осы кезеңде", "за этот период"). */
export const THIS_PERIOD = [
  `(?<!\\p{L})(?:в|за)${SP}+(?:этот|тот${SP}+же|указанный|данный)${SP}+период(?!\\p{L})`,
  `(?<!\\p{L})осы${SP}+кезең\\p{L}*`,
  `(?<!\\p{L})(?:in|over|during)${SP}+(?:the${SP}+same|the|this|that)${SP}+period(?!\\p{L})`,
  // a part of the whole the sentence before gave: "of that", "из них", "оның ішінде"
  `(?<!\\p{L})(?:of${SP}+(?:that|this|which)|из${SP}+(?:них|этого|этой${SP}+суммы)|оның${SP}+ішінде)(?!\\p{L})`,
].join('|');

/** A time before the one spoken of, with no year: "ранее", "previously", "бұрын" (the earlier state of a pair). */
export const EARLIER = [
  word('ранее', 'прежде', 'раньше', 'previously', 'earlier', 'formerly', 'бұрын', 'бұрынғы', 'бұған дейін'),
  `(?<!\\p{L})(?:(?:несколько|пару)${SP}+лет${SP}+назад|(?:a${SP}+few|several)${SP}+years${SP}+ago|бірнеше${SP}+жыл${SP}+бұрын)(?!\\p{L})`,
].join('|');

/** "since 2019", "с 2019 года", "2019 жылдан бері": a change from that year. */
export const SINCE_YEAR = `(?:(?<!\\p{L})(?:since|с|начиная${SP}+с)${SP}+(?<y1>(?:19|20)\\d{2})(?!\\d)|(?<y2>(?:19|20)\\d{2})${SP}*(?:-?ж\\.?|жыл\\p{L}*)${SP}+(?:бері|бастап))`;

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

/** A comparative right after a percentage: "на 9,4% больше", "24 пайызға көп", "6% more than". */
export const COMPARATIVE_AFTER = `^${SP}*(?:(?<up>больше|выше|көп|артық|жоғары|more|higher|up)|(?<down>меньше|ниже|аз|кем|төмен|less|lower|down))(?!\\p{L})`;

/** A number written as a word, before a unit: "four days", "пять дней", "бес күн". */
export const WORD_NUMBER = `(?<!\\p{L})(?<w>one|бір|один|одни|одних|одного|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|одиннадцат[ьи]|двенадцат[ьи]|тринадцат[ьи]|четырнадцат[ьи]|пятнадцат[ьи]|шестнадцат[ьи]|семнадцат[ьи]|восемнадцат[ьи]|девятнадцат[ьи]|он${SP}+(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двенадцать|двадцать|тридцать|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|двадцати|тридцати|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз)(?!\\p{L})`;

/** "over five years", "за пять лет", "бес жылда": a span of N years to a stated end. */
export const YEARS_SPAN = `(?<!\\p{L})(?:за|over(?:${SP}+the)?|in(?:${SP}+the)?|the${SP}+past|the${SP}+last)${SP}+(?:последние${SP}+)?(?<n>\\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)${SP}+(?:год\\p{L}*|лет|years?)(?!\\p{L})|(?<nk>\\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)${SP}+жыл(?:да|${SP}*ішінде)(?!\\p{L})`;

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
  one: 1,
  бір: 1,
  один: 1,
  одни: 1,
  одних: 1,
  одного: 1,
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
  'он бір': 11,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  двенадцати: 12,
  тринадцать: 13,
  тринадцати: 13,
  четырнадцать: 14,
  четырнадцати: 14,
  пятнадцать: 15,
  пятнадцати: 15,
  шестнадцать: 16,
  шестнадцати: 16,
  семнадцать: 17,
  семнадцати: 17,
  восемнадцать: 18,
  восемнадцати: 18,
  девятнадцать: 19,
  девятнадцати: 19,
  'он екі': 12,
  'он үш': 13,
  'он төрт': 14,
  'он бес': 15,
  'он алты': 16,
  'он жеті': 17,
  'он сегіз': 18,
  'он тоғыз': 19,
  twenty: 20,
  thirty: 30,
  двенадцать: 12,
  двадцать: 20,
  тридцать: 30,
  двадцати: 20,
  тридцати: 30,
  жиырма: 20,
  отыз: 30,
  одиннадцать: 11,
  двух: 2,
  трёх: 3,
  трех: 3,
  четырёх: 4,
  четырех: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  десяти: 10,
  одиннадцати: 11,
};

/** A percentage that is a likelihood, not a share of anything: "80-процентная вероятность", "with a 70% chance". */
export const LIKELIHOOD = stem('вероятн', 'ықтимал', 'probab', 'chance', 'likel', 'odds', 'шанс');

/** A share of a whole ("приходится около 85%", "accounts for 45%", "үлесі"): no series here counts shares of trade. */
export const SHARE_OF = `(?<!\\p{L})(?:приход\\p{L}*|доля|доли|долю|accounts?${SP}+for|share${SP}+of|үлес\\p{L}*|controls?|holds?|контролир\\p{L}*)(?!\\p{L})`;

/** "по состоянию на 1 октября", "1 қазандағы жағдай бойынша", "as of October 1": a total as it stood on a day. */
export const AS_OF_DAY = `(?:(?:по${SP}+состоянию${SP}+)?на${SP}+(?<d1>\\d{1,2})${SP}+(?<m1>\\p{L}+)|(?<d2>\\d{1,2})${SP}+(?<m2>\\p{L}+?)(?:дағы|дегі|ғы|гі)?${SP}+жағдай${SP}+бойынша|as${SP}+of${SP}+(?:(?<m3>\\p{L}+)${SP}+(?<d3>\\d{1,2})|(?<d4>\\d{1,2})${SP}+(?<m4>\\p{L}+)))`;

/**
 * A number said against another with no unit of its own, which takes the unit of the one before it:
 * "вместо прежних 25", "down from nine", "то сегодня – пять", "бұрын – 30".
 */
export const BARE_AFTER = `(?<!\\p{L})(?:вместо(?:${SP}+(?:прежних|прежней|былых))?|против(?:${SP}+(?:прежних|прежней|былых))?|(?:down|up)${SP}+from|compared${SP}+(?:with|to)|(?:а|то|ал)?${SP}*(?:сегодня|теперь|сейчас|ныне|қазір|бұрын|раньше|now|today)${SP}*[–—-]?)${SP}*$`;

/** "from A to B": the first value is the earlier state ("с 53 до 19-23", "53 күннен 19-23 күнге дейін"). */
export const FROM_MARK = `(?:(?<!\\p{L})(?:с|со|от|from|вместо(?:${SP}+(?:прежних|прежней|былых))?|против${SP}+(?:прежних|прежней|былых)|compared${SP}+(?:with|to))${SP}+(?:\\$|US\\$|USD${SP}*)?$|(?:\\p{L}*(?:нан|нен|тан|тен|дан|ден))(?!\\p{L})$)`;
