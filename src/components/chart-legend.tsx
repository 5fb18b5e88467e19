import { legendKeys, type ChartModel, type LegendKey } from '../domain/chart-model';
import { useI18n } from '../lib/i18n/i18n';

/** Says in words what each mark means; only the marks present on this chart are listed. */
export function ChartLegend({
  model,
  labels = {},
}: {
  model: ChartModel;
  labels?: Partial<Record<LegendKey, string>>;
}) {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {legendKeys(model).map((k) => (
        <li key={k} className={`legend-${k}`}>
          <span className="swatch" aria-hidden="true" />
          {labels[k] ?? t(`legend.${k}`)}
        </li>
      ))}
    </ul>
  );
}
