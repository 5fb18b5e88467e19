import type { Unit } from '../../domain/dataset-schema';
import type { RateRange, PaceModel } from '../../domain/pace';
import { calendarYear } from '../../domain/periods';
import { formatNumber, formatRate } from '../../lib/format';
import type { Translate } from '../../lib/i18n/i18n';
import type { Locale } from '../../lib/url-state';

/** A rate band in words: "+7.5% to +15.6% a year", or one value when both ends agree. */
export function rateBand(band: RateRange | null, model: PaceModel, unit: Unit, locale: Locale, t: Translate): string {
  if (!band) return t('scenario.noRate');
  const [lo, hi] = band;
  const a = formatRate(locale, lo, model, unit);
  const b = formatRate(locale, hi, model, unit);
  return t('pace.perYear', { rate: a === b ? a : `${a} … ${b}` });
}

/** A position on the time axis as the calendar year it falls in: 2029.56 → "2029", 2031.0 (end of 2030) → "2030". */
export const yearText = (locale: Locale, y: number) => formatNumber(locale, calendarYear(y), 0).replace(/\D/g, '');

/** The rate shown in a field for a preset: one decimal for percent, as Intl would not add separators. */
export const presetText = (display: number) => String(Math.round(display * 10) / 10);
