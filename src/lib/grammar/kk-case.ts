/**
 * Kazakh case endings after a word, a number or a formatted quantity: "2030 жылға", "12,9 млрд
 * доллардан", "5 күнге", "53-ке", "65%-ға". The ending follows the last sound as it is read (a number
 * by its last spoken word: 2030 is "екі мың отыз", so "2030-ға"; 53 is "елу үш", so "53-ке") and
 * vowel harmony (the last back or front vowel). Pure; used by the dictionaries through
 * `{name:dat}`-style placeholders (see i18n.tsx).
 */

export type KkCase = 'dat' | 'abl' | 'loc' | 'gen';

const BACK_VOWELS = 'аоұыя';
const FRONT_VOWELS = 'әөүіеэ';
const VOWELS = 'аәеёиоөуұүыіэюя';
const NASALS = 'мнң';
/** Sonorants and voiced consonants after which the voiced ending is used (р, л, й, у, з, ж). */
const SONORANTS = 'лрйзж';

/** The last spoken word of each digit, ten, and larger unit. */
const UNITS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** How a whole number written in digits ends when read aloud: 2030 → "отыз", 2000 → "мың", 0 → "нөл". */
export function kkNumberLastWord(digits: string): string {
  const d = digits.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  if (!d || /^0+$/.test(d)) return 'нөл';
  const at = (i: number) => Number(d[d.length - 1 - i] ?? '0');
  if (at(0)) return UNITS[at(0)]!;
  if (at(1)) return TENS[at(1)]!;
  if (at(2)) return 'жүз';
  const group = (k: number) => Number(d.slice(Math.max(0, d.length - 3 * (k + 1)), d.length - 3 * k) || '0');
  if (group(1)) return 'мың';
  if (group(2)) return 'миллион';
  if (group(3)) return 'миллиард';
  return 'триллион';
}

/** Back or front, from the word's last vowel that decides (и and у stand in either; back by default). */
function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i]!.toLowerCase();
    if (BACK_VOWELS.includes(c)) return false;
    if (FRONT_VOWELS.includes(c)) return true;
  }
  return false;
}

/** The ending of `kase` for a Kazakh word. */
export function kkEnding(word: string, kase: KkCase): string {
  const w = word.toLowerCase();
  const last = w[w.length - 1] ?? '';
  const front = isFront(w);
  const pick = (back: string, fr: string) => (front ? fr : back);
  const vowel = VOWELS.includes(last);
  const nasal = NASALS.includes(last);
  const sonorant = SONORANTS.includes(last);
  switch (kase) {
    case 'dat':
      return vowel || nasal || sonorant ? pick('ға', 'ге') : pick('қа', 'ке');
    case 'abl':
      if (vowel || sonorant) return pick('дан', 'ден');
      if (nasal) return pick('нан', 'нен');
      return pick('тан', 'тен');
    case 'loc':
      return vowel || nasal || sonorant ? pick('да', 'де') : pick('та', 'те');
    case 'gen':
      if (vowel || nasal) return pick('ның', 'нің');
      if (sonorant) return pick('дың', 'дің');
      return pick('тың', 'тің');
  }
}

/** Symbols and abbreviations at the end of a quantity, and the word each is read as. */
const READ_AS: ReadonlyArray<[RegExp, string, 'replace' | 'hyphen']> = [
  [/\$$/, 'доллар', 'replace'],
  [/(?<=\s)т$/, 'тонна', 'replace'],
  [/%$/, 'пайыз', 'hyphen'],
  [/TEU$/, 'тиу', 'hyphen'],
  [/ж\.$/, 'жыл', 'replace'],
];

/**
 * A formatted text with the case ending on its last word: "12,9 млрд $" → "12,9 млрд долларға"
 * (dat), "5 күн" → "5 күннен" (abl), "2030" → "2030-ға", "65%" → "65%-ға", "3 млн т" → "3 млн
 * тоннаға". Text that ends in neither a Cyrillic word nor a number nor a known symbol is returned
 * with a hyphenated ending for its last character's sound, read as back.
 */
export function withKkCase(text: string, kase: KkCase): string {
  const t = text.replace(/\s+$/, '');
  // a value that already ends in a postposition with its own case («3 млн тоннаға жуық», «12 млрд
  // доллардан астам») takes the new case on a head noun: «… жуық деңгейден», never «жуықтан»
  if (/(?:^|\s)(?:жуық|астам)$/.test(t)) return `${t} деңгей${kkEnding('деңгей', kase)}`;
  for (const [re, word, how] of READ_AS) {
    if (re.test(t)) {
      const ending = kkEnding(word, kase);
      return how === 'replace' ? t.replace(re, `${word}${ending}`) : `${t}-${ending}`;
    }
  }
  const number = /(\d[\d\s\u00A0\u202F]*)(?:[,.](\d+))?$/.exec(t);
  if (number) {
    const spoken = number[2] ? kkNumberLastWord(number[2]) : kkNumberLastWord(number[1]!);
    return `${t}-${kkEnding(spoken, kase)}`;
  }
  const word = /[\p{Script=Cyrillic}]+$/u.exec(t);
  if (word) return `${t}${kkEnding(word[0], kase)}`;
  return `${t}-${kkEnding('а', kase)}`;
}
