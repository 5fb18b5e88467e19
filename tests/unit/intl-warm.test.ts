import { afterEach, describe, expect, it } from 'vitest';
import { renderIndicator, renderOverview } from '../../src/app/prerender-entry';
import { en } from '../../src/lib/i18n/en';
import { kk } from '../../src/lib/i18n/kk';
import { ru } from '../../src/lib/i18n/ru';
import { warmIntl } from '../../src/lib/intl-warm';
import { realDataset } from './dataset-fixture';

// The dataset worker warms Intl so the page's first formatter is cheap (src/lib/intl-warm.ts). That
// only helps if it builds the kinds of formatter, in the locales, that the pages actually build.
const KINDS = ['NumberFormat', 'DateTimeFormat', 'PluralRules'] as const;
const originals = Object.fromEntries(KINDS.map((k) => [k, Intl[k]])) as Record<(typeof KINDS)[number], unknown>;

/** Replaces Intl's constructors with ones that note "Kind:locale" for each formatter built. */
function recordIntl(): Set<string> {
  const seen = new Set<string>();
  for (const kind of KINDS) {
    const Original = originals[kind] as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
      construct(target, args: unknown[]) {
        seen.add(`${kind}:${String(args[0])}`);
        return Reflect.construct(target, args) as object;
      },
    });
  }
  return seen;
}

afterEach(() => {
  for (const kind of KINDS) (Intl as unknown as Record<string, unknown>)[kind] = originals[kind];
});

describe('warming Intl in the dataset worker', () => {
  it('builds every kind of formatter, in every locale, that the overview and indicator pages build', () => {
    const dataset = realDataset();
    const used = recordIntl();
    for (const [locale, dict] of [
      ['en', en],
      ['ru', ru],
      ['kk', kk],
    ] as const) {
      renderOverview(dataset, locale, dict);
      for (const ind of dataset.indicators) renderIndicator(dataset, ind.id, locale, dict);
    }
    const warmed = recordIntl();
    const built = warmIntl();

    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((k) => !warmed.has(k))).toEqual([]);
    expect(built.sort()).toEqual([...warmed].sort());
  });
});
