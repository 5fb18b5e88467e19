/**
 * The words that say when a figure was, or is to be: now, last year, this year, a year, a deadline,
 * a horizon said in words, a span of months, next year (see words.ts for the rest of the reading).
 */
import { SP, word } from './words';

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
  `(?<!\\p{L})(?:по${SP}+итогам|за|весь)${SP}+прошл\\p{L}+${SP}+год\\p{L}*`,
  // "Прошлый год мы закрыли с результатом …"
  `(?<!\\p{L})прошлый${SP}+год(?!\\p{L})`,
  `(?<!\\p{L})өткен${SP}+жыл\\p{L}*`,
  `(?<!\\p{L})былтыр\\p{L}*`,
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
  `(?<y4>(?:19|20)\\d{2})${SP}*-?жылға${SP}+(?:дейін|шейін|қарай)`,
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
  `(?<!\\p{L})(?:жақын|алдағы|таяу)${SP}+(?:болашақта|жылдары|жылдарда)(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+(?:ближайшие|предстоящие|ближайшие${SP}+несколько)${SP}+(?:годы|лет)(?!\\p{L})`,
  `(?<!\\p{L})in${SP}+the${SP}+(?:coming|next${SP}+few)${SP}+years(?!\\p{L})`,
  `(?<!\\p{L})over${SP}+the${SP}+(?:medium|long|short)${SP}*-?${SP}*term(?!\\p{L})`,
  `(?<!\\p{L})болашақта(?!\\p{L})`,
  `(?<!\\p{L})in${SP}+the${SP}+(?:medium|long|short|near|foreseeable)${SP}*(?:-${SP}*)?(?:term|future)(?!\\p{L})`,
  `(?<!\\p{L})in${SP}+the${SP}+future(?!\\p{L})`,
  `(?<!\\p{L})(?:under|in)${SP}+(?:a|the)${SP}+road${SP}*map(?!\\p{L})`,
  `(?<!\\p{L})по${SP}+дорожной${SP}+карте(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+(?:средне|долго)срочном${SP}+(?:плане|периоде)(?!\\p{L})`,
  `(?<!\\p{L})на${SP}+(?:средне|долго)срочную${SP}+перспективу(?!\\p{L})`,
  `(?<!\\p{L})в${SP}+(?:ближайшие${SP}+)?(?:несколько|пару)${SP}+лет(?!\\p{L})`,
  `(?<!\\p{L})(?:орта|ұзақ)${SP}+мерзімді${SP}+(?:кезеңде|жоспарда|болашақта)(?!\\p{L})`,
  `(?<!\\p{L})алдағы${SP}+(?:бірнеше|екі-үш|бес)${SP}+жыл(?:да|да|ішінде)(?!\\p{L})`,
  `(?<!\\p{L})(?:eventually|over${SP}+time|in${SP}+the${SP}+longer${SP}+(?:term|run)|in${SP}+the${SP}+long${SP}+run|in${SP}+years${SP}+to${SP}+come|within${SP}+(?:a${SP}+few|the${SP}+next${SP}+few)${SP}+years)(?!\\p{L})`,
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
/** One month of this year: "биылғы қаңтарда", "в январе этого года", "in January this year". */
export const THIS_YEARS_MONTH = `(?<!\\p{L})(?:биылғы${SP}+(?<kk>${MONTH})|в${SP}+(?<ru>${MONTH})${SP}+(?:этого|текущего)${SP}+года|in${SP}+(?<en>${MONTH})${SP}+this${SP}+year)`;
/**
 * One month named alone, its year written after it or none: "в июле", "в марте 2024 года", "In July
 * alone", "шілдеде", "2024 жылғы қазанда" (a year before it is read by the year marks).
 */
export const ONE_MONTH = `(?<!\\p{L})(?:за${SP}+(?<ru2>январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)|(?:в|во)${SP}+(?<ru>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|in${SP}+(?<en>January|February|March|April|May|June|July|August|September|October|November|December)|(?<kk>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:да|де|та|те|ында|інде|${SP}+айында))(?!\\p{L})(?:${SP}+(?:of${SP}+)?(?<year>(?:19|20)\\d{2})(?!\\d))?`;
/** One quarter after the first: "in the fourth quarter", "в третьем квартале 2024 года", "екінші тоқсанда", "Q4". */
export const QUARTER = `(?<!\\p{L})(?:(?:the${SP}+)?(?<en>second|third|fourth)${SP}+quarter|(?<ru>втор|трет|четв[её]рт)\\p{L}*${SP}+квартал\\p{L}*|(?<kk>екінші|үшінші|төртінші)${SP}+тоқсан\\p{L}*|Q(?<q>[234]))(?!\\p{L})(?:${SP}+(?:of${SP}+)?(?<year>(?:19|20)\\d{2}))?`;
export const MONTH_SPAN = `(?<!\\p{L})(?:за${SP}+|for${SP}+|in${SP}+|с${SP}+|from${SP}+)?(?<from>${MONTH})(?:${SP}*[-–—]${SP}*|${SP}+(?:по|to|through|until|мен|және)${SP}+)(?<to>${MONTH})(?:${SP}+(?:of${SP}+)?(?<year>(?:19|20)\\d{2}))?`;

/**
 * A part of a year named by its length: "за первое полугодие", "за 9 месяцев", "жылдың алғашқы
 * тоқсанында", "биылғы он айда", "over the first nine months". `months` counts from January.
 */
export const PART_YEAR: ReadonlyArray<{ pattern: string; months: number | null }> = [
  {
    pattern: `(?<!\\p{L})(?:(?:перв\\p{L}*${SP}+)?полугоди\\p{L}*|полгода|(?:бірінші|алғашқы)${SP}+жартыжылдық\\p{L}*|жылдың${SP}+(?:бірінші|алғашқы)${SP}+жартысын\\p{L}*|(?:the${SP}+)?first${SP}+half|H1)(?!\\p{L})`,
    months: 6,
  },
  {
    pattern: `(?<!\\p{L})(?:перв\\p{L}*${SP}+квартал\\p{L}*|(?:бірінші|алғашқы)${SP}+тоқсан\\p{L}*|(?:the${SP}+)?first${SP}+quarter|Q1)(?!\\p{L})`,
    months: 3,
  },
  {
    pattern: `(?<!\\p{L})(?<n>\\d{1,2}|дв\\p{L}+|тр\\p{L}+|четыр\\p{L}+|пят\\p{L}*|шест\\p{L}*|сем\\p{L}*|восем\\p{L}*|восьм\\p{L}*|девят\\p{L}*|десят\\p{L}*|одиннадцат\\p{L}*)${SP}+месяц\\p{L}*`,
    months: null,
  },
  {
    pattern: `(?<!\\p{L})(?<n>\\d{1,2}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он${SP}+бір|он)${SP}+ай(?:да|ында|ы|дың|лық|ғы)?(?!\\p{L})`,
    months: null,
  },
  {
    pattern: `(?<!\\p{L})(?:first${SP}+)?(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)${SP}+months(?!\\p{L})`,
    months: null,
  },
];

/** "next year": a forecast's or goal's deadline, the year after the article's. */
export const NEXT_YEAR = [
  `(?<!\\p{L})в${SP}+(?:следующем|будущем)${SP}+году(?!\\p{L})`,
  `(?<!\\p{L})(?:келесі|алдағы)${SP}+жыл(?:ы|да)(?!\\p{L})`,
  `(?<!\\p{L})next${SP}+year(?!\\p{L})`,
].join('|');
