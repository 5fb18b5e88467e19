import type { Dataset } from '../../domain/dataset-schema';
import { figuresFor, sourceMap } from '../../domain/series';
import { useI18n } from '../../lib/i18n/i18n';
import { IndicatorCard } from './indicator-card';

export function OverviewPage({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n();
  const sources = sourceMap(dataset);
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
        {dataset.indicators.map((ind) => {
          const figs = figuresFor(dataset, ind.id);
          return figs ? <IndicatorCard key={ind.id} figs={figs} sources={sources} asOf={dataset.updated} /> : null;
        })}
      </div>
    </section>
  );
}
