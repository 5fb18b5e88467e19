import type { Indicator, Language, Unit } from '../dataset-schema';

/**
 * Which of the dataset's indicators a figure most likely belongs to: the one whose name,
 * description and "what is measured" share the most word stems with the figure's sentence, in the
 * article's language, among those its unit fits (a change, in % or a multiple, fits any). With too
 * little in common, none: the figure is then a proposal for a new indicator, named from its words.
 */

/** Words that name nothing particular here. */
const STOP = new Set([
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'до',
  'от',
  'из',
  'к',
  'за',
  'для',
  'о',
  'об',
  'что',
  'это',
  'как',
  'а',
  'но',
  'мы',
  'наш',
  'нашей',
  'его',
  'их',
  'год',
  'года',
  'году',
  'лет',
  'млрд',
  'млн',
  'тыс',
  'долларов',
  'тонн',
  'және',
  'мен',
  'бен',
  'пен',
  'да',
  'де',
  'та',
  'те',
  'бұл',
  'осы',
  'біз',
  'жыл',
  'жылы',
  'млрд',
  'доллар',
  'the',
  'of',
  'and',
  'in',
  'on',
  'to',
  'a',
  'an',
  'by',
  'for',
  'with',
  'from',
  'at',
  'its',
  'this',
  'that',
  'year',
  'bn',
  'mn',
  'usd',
  'share',
  'stated',
]);

const REFERS_BACK =
  /(?<!\p{L})(?:(?:этот|данный|этого|данного|тот\s+же)\s+показател\p{L}*|бұл\s+көрсеткіш\p{L}*|осы\s+көрсеткіш\p{L}*|this\s+(?:figure|indicator|number))(?!\p{L})/iu;

/** A word's stem: its first five letters (Russian and Kazakh endings vary; the root does not). */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

export function matchIndicator(
  sentence: string,
  figure: { unit: Unit; kind: string },
  lang: Language,
  indicators: readonly Indicator[],
  /** the indicator the figures just before were read as: "this figure", "the same" refer back */
  previous: string | null = null,
  /** whether that figure is in the same paragraph (a strong hint) or further back (a tie-breaker) */
  near = true,
): { indicator: string | null; proposal: string | null } {
  const words = stems(sentence);
  let best: { id: string; score: number } | null = null;
  for (const ind of indicators) {
    const fits =
      figure.kind === 'change' || ind.unit === figure.unit || (ind.unit === 'mn t/yr' && figure.unit === 'mn t');
    if (!fits) continue;
    // the name counts twice: it says what the series is; description and measures say more of it
    const name = stems(ind.name[lang]);
    const more = stems(`${ind.description[lang]} ${ind.measures[lang]}`);
    let score = 0;
    for (const w of words) score += name.has(w) ? 2 : more.has(w) ? 1 : 0;
    // "бұл көрсеткіш", "данный показатель", "this figure": the sentence names the series before it
    if (ind.id === previous) score += REFERS_BACK.test(sentence) ? 10 : near ? 3 : 1;
    if (!best || score > best.score) best = { id: ind.id, score };
  }
  if (best && best.score >= 3) return { indicator: best.id, proposal: null };
  return { indicator: null, proposal: proposalName(sentence) };
}

/** A name for a new indicator: the sentence's words, short. */
function proposalName(sentence: string): string {
  const words = sentence
    .replace(/[«»"“”()]/gu, '')
    .trim()
    .split(/\s+/u);
  return words.slice(0, 10).join(' ') + (words.length > 10 ? '…' : '');
}
