// The reading's compiled patterns: the words of words.ts and time-words.ts, and the few rules written here.
import { APPROX_BEFORE_NUMBER } from '../quote-words';
import {
  AS_OF_DAY,
  BARE_AFTER,
  COMPARATIVE_AFTER,
  COMPARED_YEAR,
  EARLIER,
  FROM_MARK,
  SAME_PERIOD,
  SINCE_YEAR,
  THIS_PERIOD,
  YEARS_SPAN,
} from './compare-words';
import { WORD_NUMBER } from './number-words';
import {
  DEADLINE,
  HORIZONS,
  LAST_YEAR,
  MONTH_SPAN,
  NEXT_YEAR,
  NOW_WORDS,
  ONE_MONTH,
  QUARTER,
  PART_YEAR,
  THIS_YEAR,
  THIS_YEARS_MONTH,
  YEAR_MENTION,
} from './time-words';
import {
  AIM_WORDS,
  ANALYSTS,
  BELIEF_WORDS,
  CAPACITY_WORDS,
  DECREASE_WORDS,
  FLOW_WORDS,
  FORECAST_STRONG,
  FORECAST_WORDS,
  GOAL_WORDS,
  INCREASE_WORDS,
  LIKELIHOOD,
  MONEY_BEFORE,
  PER_UNIT,
  PER_YEAR,
  SHARE_OF,
  UNIT_AFTER,
} from './words';

export const re = (pattern: string, flags = 'iu') => new RegExp(pattern, flags);
export const UNIT_RES = UNIT_AFTER.map((u) => ({ ...u, re: re(u.pattern) }));
export const PER_YEAR_RE = re(PER_YEAR);
export const GOAL_RE = re(GOAL_WORDS);
export const AIM_RE = re(AIM_WORDS);
export const BELIEF_RE = re(BELIEF_WORDS);
export const CAPACITY_RE = re(CAPACITY_WORDS);
export const FLOW_RE = re(FLOW_WORDS);
/** What a facility does with cargo: "will handle", "өңдейтін болады", "будет перерабатывать". */
export const HANDLE_RE =
  /(?<!\p{L})(?:handl\p{L}*|process\p{L}*|өңде\p{L}*|перерабат\p{L}*|переработ\p{L}*|обрабат\p{L}*|перевал\p{L}*)(?!\p{L})/iu;
export const FORECAST_RE = re(FORECAST_WORDS);
export const INCREASE_RE = re(INCREASE_WORDS);
export const DECREASE_RE = re(DECREASE_WORDS);
export const NOW_RE = re(NOW_WORDS);
export const LAST_YEAR_RE = re(LAST_YEAR);
export const THIS_YEAR_RE = re(THIS_YEAR);
export const YEAR_RE = re(YEAR_MENTION, 'gu');
export const DEADLINE_RE = re(DEADLINE, 'giu');
export const HORIZON_RE = re(HORIZONS, 'iu');
export const COMPARED_RE = re(COMPARED_YEAR, 'giu');
export const SAME_PERIOD_RE = re(SAME_PERIOD, 'giu');
export const THIS_PERIOD_RE = re(THIS_PERIOD);
export const ANALYSTS_RE = re(ANALYSTS);
export const LAST_YEAR_G = re(LAST_YEAR, 'giu');
export const NOW_G = re(NOW_WORDS, 'giu');
export const NEXT_YEAR_RE = re(NEXT_YEAR);
export const FORECAST_STRONG_RE = re(FORECAST_STRONG);
export const EARLIER_RE = re(EARLIER);
export const SINCE_RE = re(SINCE_YEAR);
export const PER_UNIT_RE = re(PER_UNIT);
export const SHARE_OF_RE = re(SHARE_OF);
export const AS_OF_DAY_RE = re(AS_OF_DAY);
export const BARE_AFTER_RE = re(BARE_AFTER);
/**
 * "half a million tonnes", "полмиллиона", "жарты миллион", "half a billion dollars"; "a quarter of a
 * million"; "полтора миллиарда", "бір жарым миллион", "one and a half billion".
 */
export const HALF_MILLION_RE =
  /(?<!\p{L})(?:(?<half>half\s+a\s+(?:m|(?<hb>b))illion|полмилли(?<hr>ард)?\p{L}*|пол\s+милли(?<hr2>ард)?\p{L}*|жарты\s+милли(?<hk>ард)?\p{L}*)|(?<oh>(?:one\s+and\s+a\s+half|a\s+(?=million\s+and))\s*(?:m|(?<ob>b))illion(?:\s+and\s+a\s+half)?|полтор\p{L}+\s+милли(?<or>ард)?\p{L}*|бір\s+жарым\s+милли(?<ok>ард)?\p{L}*)|(?:a\s+)?quarter\s+of\s+a\s+(?:m|(?<qb>b))illion|четверть\s+милли(?<qr>ард)?\p{L}*|ширек\s+милли(?<qk>ард)?\p{L}*)(?!\p{L})/giu;
export const COMPARATIVE_AFTER_RE = re(COMPARATIVE_AFTER);
export const PART_YEAR_RES = PART_YEAR.map((p) => ({ re: re(p.pattern), months: p.months }));
export const WORD_NUMBER_RE = re(WORD_NUMBER, 'giu');
/** The rest of a range after its first end: "… to seven days", "… and six days", "… – 14 суток". */
export const RANGE_REST_RE = re(String.raw`^\s*(?:to|and|до|и|[-–—])\s*(?:${WORD_NUMBER}|\d+)`);
/** All there is between a range's two ends: "до", "to", "and", a dash. */
export const RANGE_GAP_RE = /^\s*(?:до|to|and|и|[-–—])\s*$/iu;
/** The end of a clause right after a number: "… вместо прежних 25.", "… от пяти до шести»,". */
export const CLAUSE_END_RE = /^\s*(?:[.,;)»"”]|$)/u;
export const APPROX_BEFORE_RE = re(APPROX_BEFORE_NUMBER);
export const CHANGE_VERB_RE = re(`${INCREASE_WORDS}|${DECREASE_WORDS}`);
/** The end of the year as a deadline: "по итогам года", "by the end of the year", "жыл қорытындысы бойынша". */
export const YEAR_END_RE =
  /(?<!\p{L})(?:по\s+итогам\s+(?:текущего\s+|этого\s+)?года|by\s+(?:the\s+end\s+of\s+the\s+year|year-end)|жыл\s+қорытындысы\s+бойынша)(?!\p{L})/iu;
export const THIS_YEAR_G = re(THIS_YEAR, 'giu');
/** "жылына 5 млн тонна", "annually 8 million tonnes": a tonnage per year said before the number. */
export const PER_YEAR_BEFORE =
  /(?<!\p{L})(?:жылына|жылдық|annually|annual|годов\p{L}*|в\s+год|(?<!(?:from|than|over|for|in)\s+)a\s+year(?!\s*(?:earlier|ago|before|later|on(?!\p{L})))|per\s+year)(?!\p{L})/iu;
export const MONTH_SPAN_G = re(MONTH_SPAN, 'giu');
/** Before or after a span of months, the words that make it the base of a comparison ("к уровню января–сентября 2024 года"). */
export const BASE_BEFORE_RE =
  /(?<!\p{L})(?:к\s+уровню|от\s+уровня|по\s+сравнению\s+с|против|чем|compared\s+(?:with|to)|than|on|against)\s*(?:за\s+|in\s+|the\s+)?$/iu;
export const BASE_AFTER_RE = /^\s*(?:(?:19|20)\d{2}\s*(?:года|жылғы)?\s*)?\p{L}*(?:мен|бен|пен)\s+салыстырғанда/iu;
export const ONE_MONTH_RE = re(ONE_MONTH);
export const QUARTER_RE = re(QUARTER);
export const THIS_YEARS_MONTH_RE = re(THIS_YEARS_MONTH);
export const YEARS_SPAN_RE = re(YEARS_SPAN);
export const FROM_RE = re(FROM_MARK);
export const MONEY_BEFORE_RE = re(MONEY_BEFORE);
export const LIKELIHOOD_RE = re(LIKELIHOOD);
/** Volumes that run over a period (a time or a capacity is a state, as it stands when said). */
export const FLOW_UNITS: ReadonlySet<string> = new Set(['bn USD', 'mn t', 'TEU', 'containers']);
/** Days, hours: a sentence about a time, which the story's year does not date. */
export const TIME_UNIT_RE =
  /(?<!\p{L})(?:дн\p{L}*|дней|сут\p{L}*|час\p{L}*|күн\p{L}*|сағат\p{L}*|days?|hours?)(?!\p{L})/iu;
/** "с 9 до 5–6 дней", "from 25 to 12 days": a change between two states, dated by them, not the story. */
export const FROM_TO_RE = /(?<!\p{L})(?:с|со|от|from)\s+[\d$]/iu;
/** A season of two calendar years: "the 2024/25 marketing year", "сезон 2024/2025", "2024/25 маркетингтік жылы". */
export const SEASON_WORDS = String.raw`(?:marketing\s+(?:year|season)|crop\s+year|season|сельскохозяйственн\p{L}*\s+год\p{L}*|сельхозгод\p{L}*|маркетингов\p{L}*\s+год\p{L}*|сезон\p{L}*|маркетингтік\s+жыл\p{L}*|маусым\p{L}*)`;
export const SEASON_RE = new RegExp(
  String.raw`(?<!\d)(?<a>(?:19|20)\d{2})\s*[/–-]\s*(?:\d{2}|(?:19|20)\d{2})(?!\d)(?:\s*(?:ж\.|жылғы|-?ж(?!\p{L})))?\s+${SEASON_WORDS}|${SEASON_WORDS}\s+(?<c>(?:19|20)\d{2})\s*[/–-]\s*(?:\d{2}|(?:19|20)\d{2})(?!\d)`,
  'giu',
);
/** "с нынешних", "from the current", "қазіргі": the number after is the state now. */
export const CURRENT_BEFORE_RE =
  /(?<!\p{L})(?:(?:с|со|от|from)\s+)?(?:нынешн\p{L}*|текущ\p{L}*|(?:the\s+)?current|(?:today's|present)|қазіргі)\s+(?:\$|US\$)?$/iu;
/** A loan or credit: a sum lent, not a volume of trade. */
const LOAN_WORDS = String.raw`loans?|credit\s+line|кредит\p{L}*|займ\p{L}*|заём|несие\p{L}*`;
export const LOAN_RE = new RegExp(String.raw`(?<!\p{L})(?:${LOAN_WORDS})(?!\p{L})`, 'iu');
/** A future form: "will handle", "будет перерабатывать", "өңдейтін болады". */
export const FUTURE_RE = /(?<!\p{L})(?:will|будет|будут|сможет|смогут|болады)(?!\p{L})/iu;
/** A percentage that is a rate or a content, not a volume or a change: interest, a base rate, protein, a market share. */
export const RATE_OR_CONTENT_RE = new RegExp(
  String.raw`(?<!\p{L})(?:${LOAN_WORDS}|годовых|per\s+annum|interest|(?:refinancing|policy|key|base)\s+rate|fee|комисси\p{L}*|ставк\p{L}*|мөлшерлем\p{L}*|protein|белк\p{L}*|протеин\p{L}*|ақуыз\p{L}*|market\s+share|share\s+of\s+the\s+market|stake|акци\p{L}*|пошлин\p{L}*|тариф\p{L}*|tariffs?|dut(?:y|ies)|баж\p{L}*|доля\s+на\s+рынке|дол\p{L}*\s+рынка|нарықтағы\s+үлес\p{L}*)(?!\p{L})`,
  'iu',
);
/** "до 20 млрд", "to 10 mn t", "23 млрд долларға дейін", "5 күнге жеткізу": the number a goal reaches for. */
export const TARGET_BEFORE =
  /(?:(?<!\p{L})(?:до|to|reach|at|to\s+(?:carry|ship|handle|transport|move|bring))\s+(?:\$|US\$|USD\s*)?)$/iu;
export const TARGET_AFTER = /^[^.;]{0,30}?(?:\p{L}*(?:ға|ге|қа|ке|на|не|а|е)\s+)?(?:дейін|жеткіз)/iu;
/**
 * Right after a percentage, what it is a share of: "68% of them", "31% of the market", "58%
 * экспортеров", "70% опрошенных" (a change is "на 5% больше", "up 5% on 2023", never "of").
 */
export const SHARE_AFTER_RE = /^[\s\u00A0]*(?:of(?!\p{L})|[а-яё]+(?:ов|ев|ых|их|ей|ий)(?!\p{L}))/iu;
/** A survey: every percentage in its sentence is a share of those asked ("Из 120 опрошенных компаний 64% …"). */
export const SURVEY_RE =
  /(?<!\p{L})(?:опрос\p{L}*|опрошенн\p{L}*|респондент\p{L}*|сауалнама\p{L}*|survey\p{L}*|poll(?:s|ed)?|respondents?)(?!\p{L})/iu;
/** Those asked in a survey, firms, passengers, a market: a share of them is no figure the dataset counts. */
export const SURVEYED_RE = new RegExp(
  `(?<!\\p{L})(?:${[
    'опрос',
    'опрошенн',
    'респондент',
    'экспортер',
    'импортер',
    'компани',
    'предпри',
    'перевозчик',
    'экспедитор',
    'участник',
    'пассажир',
    'фирм',
    'рын(?:ок|к)',
    'сауалнама',
    'экспорттаушы',
    'жолаушы',
    'кәсіпкер',
    'тасымалдаушы',
    'қатысушы',
    'нарық',
    'survey',
    'poll',
    'respondent',
    'forwarder',
    'firm',
    'compan',
    'exporter',
    'passenger',
    'market',
    'members',
    'them',
  ].join('|')})\\p{L}*`,
  'iu',
);
/** Before a range that is the earlier state of a pair: "compared with five to seven days", "вместо прежних 25–30". */
export const CONTRAST_FROM_RE =
  /(?<!\p{L})(?:вместо(?:\s+(?:прежних|прежней|былых))?|против\s+(?:прежних|прежней|былых)|compared\s+(?:with|to)|(?:down|up)\s+from)\s+$/iu;
/** Up to a few words before a number, where the thing counted is named: "контейнеров до 300 тысяч". */
export const UNIT_BEFORE_WINDOW = 60;
