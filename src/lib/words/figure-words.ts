import type { Figure, Localized, Unit } from '../../domain/dataset-schema';
import { formatPeriod, formatQuantity } from '../format';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';

/**
 * A figure's value as stated: ranges stay ranges, and the speaker's qualifier stays the word they
 * used ("about", "almost", "over", "at least"), in the reader's language.
 */
export function formatFigure(
  f: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>,
  unit: Unit,
  locale: 'en' | 'ru' | 'kk',
  t: Translate,
): string {
  const q =
    f.value !== null
      ? formatQuantity(locale, unit, f.value)
      : formatQuantity(locale, unit, { low: f.low ?? 0, high: f.high ?? 0 });
  // the Kazakh dictionary puts the case ending the word needs: «3 млн тоннаға жуық» ({value:dat})
  return f.qualifier ? t(`qualifier.${f.qualifier}`, { value: q }) : q;
}

/** A goal's horizon in words ("medium term"), from the dataset, in the reader's language. */
export function horizonText(horizon: Localized | null | undefined, locale: Locale): string {
  return horizon ? horizon[locale] : '';
}

/**
 * When a figure applies, in words: a goal's deadline ("by Dec 2023") or horizon ("horizon: “medium
 * term”"), an actual's period ("Sep 2023"), or "year not stated".
 */
export function figureWhen(f: Figure, locale: Locale, t: Translate): string {
  if (f.kind === 'goal' || f.kind === 'forecast') {
    if (f.deadline) return t('figure.by', { deadline: formatPeriod(locale, f.deadline) });
    if (f.horizon) return t('figure.horizon', { horizon: horizonText(f.horizon, locale) });
  }
  return f.period ? formatPeriod(locale, f.period) : t('figure.undated');
}
