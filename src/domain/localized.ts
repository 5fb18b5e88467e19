import type { Figure, Language, Localized, Qualifier, Source } from './dataset-schema';

/** A dataset text in one language. */
export function inLanguage(text: Localized, lang: Language): string;
export function inLanguage(text: Localized | null | undefined, lang: Language): string | null;
export function inLanguage(text: Localized | null | undefined, lang: Language): string | null {
  return text ? text[lang] : null;
}

/** The outlet as it names itself, then how it got the text ("citing Akorda"), in one language. */
export function outletText(source: Source, lang: Language): string {
  return [source.outlet, source.via?.[lang]].filter(Boolean).join(', ');
}

/** Who a figure came from, in one language: the speaker, or the outlet when no one is named. */
export function speakerOrOutlet(source: Source | undefined, lang: Language): string {
  if (!source) return '';
  return source.speaker ? source.speaker[lang] : (source.outlet ?? outletText(source, lang));
}

/** The first clause of an event's name ("IV Consultative Meeting…; Azerbaijan admitted" → its first part). */
export function eventShort(source: Source, lang: Language): string {
  return source.event[lang].split(';')[0]!.trim();
}

/**
 * A quote's rendering for a reader of `lang`: null when the quote is already in that language
 * (the reader reads it as it is), else the translation into it, else the English one.
 */
export function translationFor(figure: Figure, quoteLanguage: Language, lang: Language): string | null {
  if (!figure.translation || lang === quoteLanguage) return null;
  return figure.translation[lang] ?? figure.translation.en;
}

/** approximate values ("about", "almost") stand for an interval around the number */
export const isApproximate = (q: Qualifier | null | undefined): boolean => q === 'about' || q === 'almost';
/** lower bounds ("over", "at least") */
export const isLowerBound = (q: Qualifier | null | undefined): boolean => q === 'over' || q === 'at least';

/** A figure the dataset marks as of another (or uncertain) scope than its indicator's. */
export const outOfScope = (f: Pick<Figure, 'scope'>): boolean => f.scope !== undefined;
