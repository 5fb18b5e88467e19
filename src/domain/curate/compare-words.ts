/**
 * The words a reader dates a change or a pair of states by: what it compares with ("по сравнению с
 * 2023 годом", "the same period last year"), "since 2019", "over five years", an earlier state
 * ("ранее", "вместо прежних"), "as of 1 October". Patterns are source strings, as in words.ts.
 */
import { SP, word } from './words';

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

/** A comparative right after a percentage: "на 9,4% больше", "24 пайызға көп", "6% more than". */
export const COMPARATIVE_AFTER = `^${SP}*(?:(?<up>больше|выше|көп|артық|жоғары|more|higher|up)|(?<down>меньше|ниже|аз|кем|төмен|less|lower|down))(?!\\p{L})`;

/** "over five years", "за пять лет", "бес жылда": a span of N years to a stated end. */
export const YEARS_SPAN = `(?<!\\p{L})(?:за|over(?:${SP}+the)?|in(?:${SP}+the)?|the${SP}+past|the${SP}+last)${SP}+(?:последние${SP}+)?(?<n>\\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)${SP}+(?:год\\p{L}*|лет|years?)(?!\\p{L})|(?<nk>\\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)${SP}+жыл(?:да|${SP}*ішінде)(?!\\p{L})`;

/** "по состоянию на 1 октября", "1 қазандағы жағдай бойынша", "as of October 1": a total as it stood on a day. */
export const AS_OF_DAY = `(?:(?:по${SP}+состоянию${SP}+)?на${SP}+(?<d1>\\d{1,2})${SP}+(?<m1>\\p{L}+)|(?<d2>\\d{1,2})${SP}+(?<m2>\\p{L}+?)(?:дағы|дегі|ғы|гі)?${SP}+жағдай${SP}+бойынша|as${SP}+of${SP}+(?:(?<m3>\\p{L}+)${SP}+(?<d3>\\d{1,2})|(?<d4>\\d{1,2})${SP}+(?<m4>\\p{L}+)))`;

/**
 * A number said against another with no unit of its own, which takes the unit of the one before it:
 * "вместо прежних 25", "down from nine", "то сегодня – пять", "бұрын – 30".
 */
export const BARE_AFTER = `(?<!\\p{L})(?:вместо(?:${SP}+(?:прежних|прежней|былых))?|против(?:${SP}+(?:прежних|прежней|былых))?|(?:down|up)${SP}+from|compared${SP}+(?:with|to)|(?:а|то|ал)?${SP}*(?:сегодня|теперь|сейчас|ныне|қазір|бұрын|раньше|now|today)${SP}*[–—-]?)${SP}*$`;

/** "from A to B": the first value is the earlier state ("с 53 до 19-23", "53 күннен 19-23 күнге дейін"). */
export const FROM_MARK = `(?:(?<!\\p{L})(?:с|со|от|from|вместо(?:${SP}+(?:прежних|прежней|былых))?|против${SP}+(?:прежних|прежней|былых)|compared${SP}+(?:with|to))${SP}+(?:\\$|US\\$|USD${SP}*)?$|(?:\\p{L}*(?:нан|нен|тан|тен|дан|ден))(?!\\p{L})$)`;
