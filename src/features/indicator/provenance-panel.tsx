import { CorrectionLine } from '../../components/correction-line';
import { ReportError } from '../../components/report-error';
import type { Dataset, Figure, Language } from '../../domain/dataset-schema';
import { inLanguage, translationFor } from '../../domain/localized';
import { formatDate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';

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
  // the quote as said, then its rendering in the page's language, then the others on request
  const quoteLang: Language = source?.language ?? 'ru';
  const mine = translationFor(figure, quoteLang, locale);
  const others = (['en', 'ru', 'kk'] as const)
    .filter((l) => l !== locale && l !== quoteLang)
    .flatMap((l) => {
      const text = figure.translation?.[l];
      return text ? [[l, text] as const] : [];
    });
  return (
    <aside className={`provenance tier-${source?.tier ?? 'context'}`} aria-live="polite" aria-labelledby="prov-title">
      <h3 id="prov-title">
        {t(`kind.${figure.kind}` as MessageKey)}: {formatFigure(figure, figure.unit, locale, t)}{' '}
        <span className="muted">({when})</span>
      </h3>
      <CorrectionLine figure={figure} />
      {source && (
        <p className={`tier-badge tier-${source.tier}`}>
          {source.tier === 'primary' ? t('source.primary') : t('source.context')}
        </p>
      )}
      {figure.quote ? (
        <figure className="quote">
          <blockquote lang={quoteLang}>«{figure.quote}»</blockquote>
          {mine && <figcaption lang={locale}>{mine}</figcaption>}
          {others.length > 0 && (
            <details className="other-translations">
              <summary>{t('prov.otherLanguages')}</summary>
              {others.map(([lang, text]) => (
                <p key={lang} lang={lang}>
                  <span className="muted">{t(`sources.lang.${lang}`)}:</span> {text}
                </p>
              ))}
            </details>
          )}
        </figure>
      ) : (
        <p className="muted">{t('prov.noQuote')}</p>
      )}
      {source && (
        <dl className="prov-facts">
          <dt>{t('prov.speaker')}</dt>
          <dd>
            {[inLanguage(source.speaker, locale), inLanguage(source.speakerRole, locale)].filter(Boolean).join(', ') ||
              t('prov.unknown')}
          </dd>
          <dt>{t('prov.event')}</dt>
          <dd>
            {source.event[locale]}
            {source.place ? `, ${source.place[locale]}` : ''}, {formatDate(locale, source.eventDate)}
          </dd>
          <dt>{t('prov.outlet')}</dt>
          <dd>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.outlet ?? source.url}
              </a>
            ) : (
              source.outlet
            )}
            {source.via ? `${source.outlet || source.url ? ', ' : ''}${source.via[locale]}` : ''}
            {source.published ? `, ${formatDate(locale, source.published)}` : ''}
            {source.document ? ` (${source.document})` : ''}
          </dd>
        </dl>
      )}
      {figure.scope && (
        <p className="note scope-note">
          <strong>{t(`scope.${figure.scope.relation}`)}</strong> {figure.scope.reason[locale]}
        </p>
      )}
      {figure.note && <p className="note">{figure.note[locale]}</p>}
      <p>
        <ReportError figure={figure} />
      </p>
    </aside>
  );
}
