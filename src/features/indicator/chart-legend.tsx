import type { ChartModel } from '../../domain/chart-model';
import { useI18n } from '../../lib/i18n/i18n';

/** Says in words what each mark means; only the marks present on this chart are listed. */
export function ChartLegend({ model }: { model: ChartModel }) {
  const { t } = useI18n();
  const has = {
    primary: model.points.some((p) => p.tier === 'primary'),
    context: model.points.some((p) => p.tier === 'context'),
    range: model.points.some((p) => p.low !== null),
    approx: model.points.some((p) => p.approx || p.atLeast),
    partial: model.points.some((p) => p.partial),
    goal: model.goals.some((g) => g.deadlineX !== null),
    horizon: model.goals.some((g) => g.deadlineX === null),
    projection: model.projection.length > 1,
    forecast: model.forecasts.length > 0,
  };
  const items = (Object.keys(has) as (keyof typeof has)[]).filter((k) => has[k]);
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {items.map((k) => (
        <li key={k} className={`legend-${k}`}>
          <span className="swatch" aria-hidden="true" />
          {t(`legend.${k}`)}
        </li>
      ))}
    </ul>
  );
}
