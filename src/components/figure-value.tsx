import type { Figure, Unit } from '../domain/dataset-schema';
import { formatQuantity } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';

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
