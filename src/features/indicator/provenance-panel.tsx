import type { Dataset, Figure } from '../../domain/dataset-schema';
import { figureWhen, formatFigure } from '../../components/figure-value';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/en';

/** Where one number came from: the figure, the quote in its language, translation, speaker, event, outlet. */
export function ProvenancePanel({ dataset, figure }: { dataset: Dataset; figure: Figure | null }) {
  const { locale, t } = useI18n();
  if (!figure) {
    return (
      <aside className="provenance empty" aria-live="polite">
        <p className="muted">{t('prov.hint')}</p>
      </aside>
    );
  }
  const source = dataset.sources.find((s) => s.id === figure.source);
  const when = figureWhen(figure, locale, t);
  return (
    <aside className={`provenance tier-${source?.tier ?? 'context'}`} aria-live="polite" aria-labelledby="prov-title">
      <h3 id="prov-title">
        {t(`kind.${figure.kind}` as MessageKey)}: {formatFigure(figure, figure.unit, locale, t)}{' '}
        <span className="muted">({when})</span>
      </h3>
      {source && (
        <p className={`tier-badge tier-${source.tier}`}>
          {source.tier === 'primary' ? t('source.primary') : t('source.context')}
        </p>
      )}
      {figure.quote ? (
        <figure className="quote">
          <blockquote lang={source?.language ?? undefined}>«{figure.quote}»</blockquote>
          {figure.translation && <figcaption lang="en">{figure.translation}</figcaption>}
        </figure>
      ) : (
        <p className="muted">{t('prov.noQuote')}</p>
      )}
      {source && (
        <dl className="prov-facts">
          <dt>{t('prov.speaker')}</dt>
          <dd>{[source.speaker, source.speakerRole].filter(Boolean).join(', ') || t('prov.unknown')}</dd>
          <dt>{t('prov.event')}</dt>
          <dd>
            {source.event}
            {source.place ? `, ${source.place}` : ''}, {formatDate(locale, source.eventDate)}
          </dd>
          <dt>{t('prov.outlet')}</dt>
          <dd>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.outlet}
              </a>
            ) : (
              source.outlet
            )}
            {source.published ? `, ${formatDate(locale, source.published)}` : ''}
            {source.document ? ` (${source.document})` : ''}
          </dd>
        </dl>
      )}
      {figure.note && <p className="note">{figure.note}</p>}
    </aside>
  );
}
