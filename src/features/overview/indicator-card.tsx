import type { Source } from '../../domain/dataset-schema';
import { currentGoal, latestActual, type IndicatorFigures } from '../../domain/series';
import { FigureValue } from '../../components/figure-value';
import { formatPeriod } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';

export function IndicatorCard({ figs, sources }: { figs: IndicatorFigures; sources: Map<string, Source> }) {
  const { locale, t } = useI18n();
  const { indicator } = figs;
  const latest = latestActual(figs, sources);
  const goal = currentGoal(figs);
  const latestSource = latest ? sources.get(latest.source) : undefined;
  const headingId = `card-${indicator.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name[locale]}</h3>
      <dl className="card-facts">
        <div>
          <dt>{t('card.latest')}</dt>
          <dd>
            {latest ? (
              <>
                <FigureValue figure={latest} />{' '}
                <span className="muted">({formatPeriod(locale, latest.period ?? '')})</span>
              </>
            ) : (
              t('card.noActual')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('card.goal')}</dt>
          <dd>
            {goal ? (
              <>
                <FigureValue figure={goal} />{' '}
                <span className="muted">
                  {goal.deadline
                    ? t('figure.by', { deadline: formatPeriod(locale, goal.deadline) })
                    : t('figure.horizon', { horizon: goal.horizon ?? '' })}
                </span>
              </>
            ) : (
              t('card.noGoal')
            )}
          </dd>
        </div>
      </dl>
      {latestSource && (
        <p className={`source-line tier-${latestSource.tier}`}>
          {latestSource.tier === 'primary' ? t('source.primary') : t('source.context')}:{' '}
          {latestSource.speaker ?? latestSource.outlet}, {latestSource.event}
        </p>
      )}
    </article>
  );
}
