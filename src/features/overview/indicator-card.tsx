import { memo } from 'react';
import { AppLink } from '../../components/app-link';
import { FigureValue } from '../../components/figure-value';
import { GoalMoves } from '../../components/goal-moves';
import { ConditionalVerdict, PaceList, ProgressLine } from '../../components/goal-status';
import { StaticChart } from '../../components/static-chart';
import { VerdictLine } from '../../components/verdict-line';
import type { IndicatorView } from '../../domain/indicator-view';
import { eventShort, speakerOrOutlet } from '../../domain/localized';
import { latestActual } from '../../domain/series';
import { formatPeriod } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { openIndicator } from '../../lib/url-moves';
import { chartLabels } from '../../lib/words/chart-labels';
import { figureWhen } from '../../lib/words/figure-words';

/**
 * One indicator at a glance: latest figure, goal, status, pace, a small chart, and its source. A card
 * whose view is the same is not drawn again when the search or a filter changes the list around it.
 */
export const IndicatorCard = memo(function IndicatorCard({
  view,
  headingLevel = 3,
}: {
  view: IndicatorView;
  headingLevel?: 3 | 4;
}) {
  const { locale, t } = useI18n();
  const { figs, sources, model, assessment: a } = view;
  const { indicator } = figs;
  const latest = latestActual(figs, sources);
  const goal = a.goal;
  const latestSource = latest ? sources.get(latest.source) : undefined;
  const headingId = `card-${indicator.id}`;
  const name = indicator.name[locale];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className={`card status-card-${a.status}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <AppLink to={(s) => openIndicator(s, indicator.id)}>{name}</AppLink>
      </Heading>
      <VerdictLine a={a} />
      {goal && latest && <ProgressLine a={a} unit={indicator.unit} />}
      <ConditionalVerdict a={a} unit={indicator.unit} />
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
        {goal && (
          <div>
            <dt>{t('card.goal')}</dt>
            <dd>
              <FigureValue figure={goal} /> <span className="muted">{figureWhen(goal, locale, t)}</span>
              <GoalMoves goals={figs.goals} unit={indicator.unit} />
            </dd>
          </div>
        )}
      </dl>
      {goal && latest && <PaceList a={a} unit={indicator.unit} />}
      {/* a card with a single figure shows its verdict and progress only: one point is not a chart */}
      {figs.dated.length > 1 && (
        <StaticChart
          model={model}
          width={320}
          height={150}
          label={t('card.chart', { name })}
          compact
          labels={chartLabels({ model, figures: view.byId, sources, locale, t, compact: true })}
        />
      )}
      {latestSource && (
        <p className={`source-line tier-${latestSource.tier}`}>
          {latestSource.tier === 'primary' ? t('source.primary') : t('source.context')}:{' '}
          {speakerOrOutlet(latestSource, locale)}, {eventShort(latestSource, locale)}
        </p>
      )}
    </article>
  );
});
