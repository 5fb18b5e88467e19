import { memo, useState } from 'react';
import { AppLink } from '../../components/app-link';
import type { Dataset } from '../../domain/dataset-schema';
import { DEFAULT_VIEW_OPTIONS, indicatorView, type IndicatorView } from '../../domain/indicator-view';
import { speakerOrOutlet } from '../../domain/localized';
import type { OverviewRow } from '../../domain/overview';
import { latestActual, type sourceMap, type IndicatorFigures } from '../../domain/series';
import { formatPeriod } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { openIndicator } from '../../lib/url-moves';
import { formatFigure } from '../../lib/words/figure-words';
import { VERDICT_ORDER } from '../../lib/words/goal-words';
import { IndicatorCard } from './indicator-card';

/** How many cards a list shows before "Show all": a long list stays quick to draw and to read. */
export const CARDS_SHOWN = 24;

/** Each indicator's view, computed when its card is first drawn (not for those the filters leave out). */
const views = new WeakMap<Dataset, Map<string, IndicatorView | null>>();
export function viewFor(dataset: Dataset, sources: ReturnType<typeof sourceMap>, id: string): IndicatorView | null {
  let cache = views.get(dataset);
  if (!cache) views.set(dataset, (cache = new Map()));
  if (!cache.has(id)) cache.set(id, indicatorView(dataset, id, DEFAULT_VIEW_OPTIONS, sources));
  return cache.get(id) ?? null;
}

/**
 * One list of indicators: the goals as cards, worst verdict first (the first {@link CARDS_SHOWN},
 * then "Show all"), and the indicators with no goal in a table.
 */
export const OverviewList = memo(function OverviewList({
  rows,
  dataset,
  sources,
  headingLevel = 3,
}: {
  rows: readonly OverviewRow[];
  dataset: Dataset;
  sources: ReturnType<typeof sourceMap>;
  headingLevel?: 3 | 4;
}) {
  const viewOf = (id: string) => viewFor(dataset, sources, id);
  const { locale, t } = useI18n();
  const [all, setAll] = useState(false);
  const withGoal = rows
    .filter((r) => r.status !== 'no-goal')
    .sort((a, b) => VERDICT_ORDER.indexOf(a.status) - VERDICT_ORDER.indexOf(b.status));
  const cards = all ? withGoal : withGoal.slice(0, CARDS_SHOWN);
  const noGoal = rows.filter((r) => r.status === 'no-goal').flatMap((r) => viewOf(r.indicator.id)?.figs ?? []);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {cards.length > 0 && (
        <div className="cards">
          {cards.map((r) => {
            const view = viewOf(r.indicator.id);
            return view ? <IndicatorCard key={r.indicator.id} view={view} headingLevel={headingLevel} /> : null;
          })}
        </div>
      )}
      {cards.length < withGoal.length && (
        <button type="button" className="show-all" onClick={() => setAll(true)}>
          {t('overview.showAll')} ({withGoal.length})
        </button>
      )}
      {withGoal.some((x) => x.status === 'no-date') && (
        <p className="reading-note muted">{t('overview.readingNote')}</p>
      )}
      {noGoal.length > 0 && (
        <section aria-label={t('overview.noGoalTitle')} className="no-goal">
          <Heading>{t('overview.noGoalTitle')}</Heading>
          <NoGoalTable list={noGoal} sources={sources} caption={t('overview.noGoalCaption')} locale={locale} />
        </section>
      )}
    </>
  );
});

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
