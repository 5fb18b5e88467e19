import { lazy, Suspense } from 'react';
import type { Dataset, Figure, Unit } from '../../domain/dataset-schema';
import type { ChartModel } from '../../domain/chart-model';
import { StaticChart } from '../../components/static-chart';
import { figureWhen, formatFigure, horizonText } from '../../components/figure-value';
import { formatQuantity } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { useElementWidth } from '../../lib/use-element-width';
import { useSelection } from './selection-store';

const RechartsView = lazy(() => import('./recharts-view'));

const HEIGHT = 340;

/**
 * The chart component: decides size, labels and interaction; Recharts (loaded lazily) only draws.
 * Until Recharts arrives, the same model is drawn as plain SVG.
 */
interface Props {
  dataset: Dataset;
  model: ChartModel;
  title: string;
  unit: Unit;
  figures: Map<string, Figure>;
}

export function IndicatorChart({ dataset, model, title, unit, figures }: Props) {
  const { locale, t } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const selectedId = useSelection((s) => s.selectedId);
  const select = useSelection((s) => s.select);
  const formatY = (v: number) => formatQuantity(locale, unit, v);
  const pointLabel = (id: string) => {
    const f = figures.get(id);
    if (!f) return id;
    const src = dataset.sources.find((s) => s.id === f.source);
    const when = figureWhen(f, locale, t);
    const tier = src?.tier === 'primary' ? t('source.primary') : t('source.context');
    return `${formatFigure(f, f.unit, locale, t)}, ${when}. ${tier}: ${src?.speaker ?? src?.outlet ?? ''}`;
  };
  const goalLabel = (id: string) => {
    const f = figures.get(id);
    return f ? `${formatFigure(f, f.unit, locale, t)} · ${horizonText(f.horizon, t)}` : id;
  };
  const fallback = <StaticChart model={model} width={width} height={HEIGHT} label={title} formatY={formatY} />;
  return (
    <div className="chart" ref={ref} role="group" aria-label={title}>
      <Suspense fallback={fallback}>
        <RechartsView
          model={model}
          width={width}
          height={HEIGHT}
          selectedId={selectedId}
          onSelect={select}
          pointLabel={pointLabel}
          formatY={formatY}
          goalLabel={goalLabel}
        />
      </Suspense>
    </div>
  );
}
