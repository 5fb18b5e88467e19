import type { Locale } from '../url-state';

/**
 * The plural category of a number, as `Intl.PluralRules` gives it, checked: a browser that lacks a
 * language's rules answers "other" for everything, so Russian is checked against its known forms
 * (1 день, 2 дня, 5 дней) and falls back to the rule written out here. Kazakh nouns after a numeral
 * never change ("5 күн"), so Kazakh needs no plural forms.
 */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

function russian(n: number): PluralCategory {
  if (!Number.isInteger(n)) return 'other';
  const a = Math.abs(n);
  const d = a % 10;
  const dd = a % 100;
  if (d === 1 && dd !== 11) return 'one';
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'few';
  return 'many';
}

let ruRules: Intl.PluralRules | null | undefined;
function intlRussian(): Intl.PluralRules | null {
  if (ruRules === undefined) {
    try {
      const r = new Intl.PluralRules('ru');
      const ok = r.select(1) === 'one' && r.select(3) === 'few' && r.select(5) === 'many' && r.select(1.5) === 'other';
      ruRules = ok ? r : null;
    } catch {
      ruRules = null;
    }
  }
  return ruRules;
}

export function pluralCategory(locale: Locale, n: number): PluralCategory {
  if (locale === 'ru') return (intlRussian()?.select(n) as PluralCategory | undefined) ?? russian(n);
  if (locale === 'en') return n === 1 ? 'one' : 'other';
  return 'other';
}

/** Exposed for the tests: the written-out Russian rule. */
export const russianPlural = russian;
