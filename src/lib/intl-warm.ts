/**
 * The first Intl formatter a Chromium page builds sets up ICU's locale data and V8's date-pattern
 * cache, a long task inside whichever render formats the first number or date. Those caches belong
 * to the page's process, not to one thread, so the dataset worker (parse-worker.ts) builds one
 * formatter of each kind the pages use before it checks the dataset, and the page's own first
 * formatter is cheap (measured in docs/architecture.md).
 *
 * The kinds and locales are those `format.ts` and `grammar/plural.ts` build (a unit test renders the
 * pages and compares). Kazakh is formatted from our own tables and needs none.
 */
export const WARM_LOCALES = ['en', 'en-US', 'ru'] as const;

/** Builds and uses one formatter of each kind for each locale; returns what it built ("Kind:locale"). */
export function warmIntl(): string[] {
  const built: string[] = [];
  const day = new Date(Date.UTC(2024, 7, 9));
  for (const locale of WARM_LOCALES) {
    try {
      new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(12.5);
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact' }).format(12.9e9);
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(5);
      new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero' }).format(0.05);
      built.push(`NumberFormat:${locale}`);
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(day);
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(day);
      built.push(`DateTimeFormat:${locale}`);
      new Intl.PluralRules(locale).select(5);
      built.push(`PluralRules:${locale}`);
    } catch {
      // a browser without this locale's data: the page falls back on its own, nothing to warm
    }
  }
  return built;
}
