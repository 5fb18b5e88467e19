import type { Figure } from '../domain/dataset-schema';
import { useI18n } from '../lib/i18n/i18n';
import { formatFigure } from '../lib/words/figure-words';

export function FigureValue({ figure }: { figure: Figure }) {
  const { locale, t } = useI18n();
  return <span className="figure-value">{formatFigure(figure, figure.unit, locale, t)}</span>;
}
