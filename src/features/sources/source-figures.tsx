import { AppLink } from '../../components/app-link';
import type { Figure, Indicator } from '../../domain/dataset-schema';
import { useI18n } from '../../lib/i18n/i18n';
import { openIndicator } from '../../lib/url-moves';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';

/** The figures taken from one source, each linking to its indicator's page. */
export function SourceFigures({
  figures,
  indicators,
  headingId,
}: {
  figures: Figure[];
  indicators: Map<string, Indicator>;
  headingId: string;
}) {
  const { locale, t } = useI18n();
  const when = (f: Figure) => figureWhen(f, locale, t);
  if (figures.length === 0) return <p className="muted">{t('sources.noFigures')}</p>;
  return (
    <>
      <h5 id={headingId}>{t('sources.figures')}</h5>
      <ul aria-labelledby={headingId}>
        {figures.map((f) => {
          const indicator = indicators.get(f.indicator);
          const kind = t(`sources.kind.${f.kind}`);
          const direction = f.direction ? ` (${t(`sources.direction.${f.direction}`)})` : '';
          return (
            <li key={f.id}>
              <span className="figure-value">{formatFigure(f, f.unit, locale, t)}</span>
              {direction} · {kind} · {when(f)} ·{' '}
              <AppLink to={(s) => openIndicator(s, f.indicator)}>{indicator?.name[locale] ?? f.indicator}</AppLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}
