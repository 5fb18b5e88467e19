import type { Dataset } from '../../domain/dataset-schema';
import type { GoalStatus } from '../../domain/goal-status';
import { DEFAULT_VIEW_OPTIONS, indicatorView } from '../../domain/indicator-view';
import { latestActual, sourceMap, type IndicatorFigures } from '../../domain/series';
import { speakerOrOutlet } from '../../domain/localized';
import { AppLink } from '../../components/app-link';
import { formatFigure } from '../../components/figure-value';
import { formatPeriod } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { openIndicator } from '../../lib/url-state';
import { IndicatorCard } from './indicator-card';

/**
 * The order a policy watcher reads in: verdicts the figures support first (the worst first), then the
 * conditional ones (goals with no year), then goals the figures cannot judge yet.
 */
export const VERDICT_ORDER: readonly GoalStatus[] = [
  'missed',
  'behind',
  'on-track',
  'met',
  'no-date',
  'no-figure-since-deadline',
  'not-enough',
];

export function OverviewPage({ dataset }: { dataset: Dataset }) {
  const { locale, t } = useI18n();
  const sources = sourceMap(dataset);
  const all = dataset.indicators.flatMap((ind) => {
    const view = indicatorView(dataset, ind.id, DEFAULT_VIEW_OPTIONS, sources);
    return view ? [{ view, figs: view.figs, status: view.assessment.status }] : [];
  });
  const withGoal = all
    .filter((x) => x.status !== 'no-goal')
    .sort((a, b) => VERDICT_ORDER.indexOf(a.status) - VERDICT_ORDER.indexOf(b.status));
  const noGoal = all.filter((x) => x.status === 'no-goal').map((x) => x.figs);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p className="muted">
        {t('overview.count', {
          indicators: dataset.indicators.length,
          figures: dataset.figures.length,
          sources: dataset.sources.length,
        })}
      </p>
      <div className="cards">
        {withGoal.map(({ view }) => (
          <IndicatorCard key={view.figs.indicator.id} view={view} />
        ))}
      </div>
      {withGoal.some((x) => x.status === 'no-date') && (
        <p className="reading-note muted">{t('overview.readingNote')}</p>
      )}
      {noGoal.length > 0 && (
        <section aria-labelledby="no-goal-title" className="no-goal">
          <h3 id="no-goal-title">{t('overview.noGoalTitle')}</h3>
          <NoGoalTable list={noGoal} sources={sources} caption={t('overview.noGoalCaption')} locale={locale} />
        </section>
      )}
    </section>
  );
}

function NoGoalTable({
  list,
  sources,
  caption,
  locale,
}: {
  list: IndicatorFigures[];
  sources: ReturnType<typeof sourceMap>;
  caption: string;
  locale: 'en' | 'ru' | 'kk';
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col">{t('card.latest')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((figs) => {
            const latest = latestActual(figs, sources);
            return (
              <tr key={figs.indicator.id}>
                <th scope="row">
                  <AppLink to={(s) => openIndicator(s, figs.indicator.id)}>{figs.indicator.name[locale]}</AppLink>
                </th>
                <td>
                  {latest
                    ? `${formatFigure(latest, latest.unit, locale, t)} (${formatPeriod(locale, latest.period ?? '')})`
                    : t('card.noActual')}
                </td>
                <td>{latest ? speakerOrOutlet(sources.get(latest.source), locale) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
