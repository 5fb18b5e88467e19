import type { Figure, Unit } from '../domain/dataset-schema';
import { formatPeriod, formatQuantity } from '../lib/format';
import { useI18n, type Translate } from '../lib/i18n/i18n';
import { en, type MessageKey } from '../lib/i18n/en';
import type { Locale } from '../lib/url-state';

/** A figure's value as stated: ranges stay ranges, "about" and "over" stay in words. */
export function formatFigure(
  f: Pick<Figure, 'value' | 'low' | 'high' | 'approx' | 'atLeast'>,
  unit: Unit,
  locale: 'en' | 'ru' | 'kk',
  t: (k: 'figure.approx' | 'figure.atLeast') => string,
): string {
  const q =
    f.value !== null
      ? formatQuantity(locale, unit, f.value)
      : formatQuantity(locale, unit, { low: f.low ?? 0, high: f.high ?? 0 });
  if (f.atLeast) return `${t('figure.atLeast')} ${q}`;
  if (f.approx) return `${t('figure.approx')} ${q}`;
  return q;
}

export function FigureValue({ figure }: { figure: Figure }) {
  const { locale, t } = useI18n();
  return <span className="figure-value">{formatFigure(figure, figure.unit, locale, t)}</span>;
}

/** A dataset horizon ("medium term") in the reader's language; unknown wording is shown as written. */
export function horizonText(horizon: string | null | undefined, t: Translate): string {
  if (!horizon) return '';
  const key = `horizon.${horizon}`;
  return key in en ? t(key as MessageKey) : horizon;
}

/**
 * When a figure applies, in words: a goal's deadline ("by Dec 2023") or horizon ("horizon: “medium
 * term”"), an actual's period ("Sep 2023"), or "year not stated".
 */
export function figureWhen(f: Figure, locale: Locale, t: Translate): string {
  if (f.kind === 'goal' || f.kind === 'forecast') {
    if (f.deadline) return t('figure.by', { deadline: formatPeriod(locale, f.deadline) });
    if (f.horizon) return t('figure.horizon', { horizon: horizonText(f.horizon, t) });
  }
  return f.period ? formatPeriod(locale, f.period) : t('figure.undated');
}
