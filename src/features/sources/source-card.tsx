import type { ReactNode } from 'react';
import type { Figure, Indicator, Source } from '../../domain/dataset-schema';
import { outletText } from '../../domain/localized';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { SourceFigures } from './source-figures';
import { CARD_STYLE, TierBadge } from './tier-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Where the text is: the file name of a primary article, the address of a context report. */
function Location({ source }: { source: Source }) {
  const { t } = useI18n();
  if (source.tier === 'primary' && source.document) {
    return (
      <Fact label={t('sources.document')}>
        <code>{source.document}</code>
      </Fact>
    );
  }
  return (
    <Fact label={t('sources.address')}>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {t('sources.openReport', { site: hostOf(source.url) })}
        </a>
      ) : (
        t('sources.noAddress')
      )}
    </Fact>
  );
}

export function SourceCard({
  source,
  figures,
  indicators,
}: {
  source: Source;
  figures: Figure[];
  indicators: Map<string, Indicator>;
}) {
  const { locale, t } = useI18n();
  const headingId = `source-${source.id}`;
  const speaker = source.speaker
    ? source.speakerRole
      ? t('source.said', { speaker: source.speaker[locale], role: source.speakerRole[locale] })
      : source.speaker[locale]
    : t('sources.notStated');
  return (
    <article
      className={`card source-card source-${source.tier}`}
      aria-labelledby={headingId}
      style={CARD_STYLE[source.tier]}
    >
      <TierBadge tier={source.tier} />
      <h4 id={headingId}>{source.title ? source.title[locale] : outletText(source, locale)}</h4>
      {source.title && source.language !== locale && (
        <p className="muted original-title">
          {t('sources.originalTitle')}: <span lang={source.language}>{source.title[source.language]}</span>
        </p>
      )}
      <dl className="card-facts">
        <Fact label={t('sources.outlet')}>{outletText(source, locale)}</Fact>
        <Fact label={t('sources.published')}>
          {source.published ? formatDate(locale, source.published) : t('sources.noDate')}
        </Fact>
        <Fact label={t('sources.event')}>{source.event[locale]}</Fact>
        <Fact label={t('sources.eventDate')}>{formatDate(locale, source.eventDate)}</Fact>
        <Fact label={t('sources.place')}>{source.place ? source.place[locale] : t('sources.notStated')}</Fact>
        <Fact label={t('sources.speaker')}>{speaker}</Fact>
        <Fact label={t('sources.language')}>{t(`sources.lang.${source.language}`)}</Fact>
        <Location source={source} />
        {source.note && <Fact label={t('sources.note')}>{source.note[locale]}</Fact>}
      </dl>
      <SourceFigures figures={figures} indicators={indicators} headingId={`${headingId}-figures`} />
    </article>
  );
}
