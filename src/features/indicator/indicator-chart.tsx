import { createElement, startTransition, useEffect, useState, type ComponentType, type RefObject } from 'react';
import { FitSet } from '../../components/fit-set';
import { StaticChart } from '../../components/static-chart';
import type { IndicatorView } from '../../domain/indicator-view';
import { speakerOrOutlet } from '../../domain/localized';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { prerenderedChartWidth, useElementWidth } from '../../lib/use-element-width';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import type { ViewWords } from '../../lib/words/view-words';
import type { ViewProps } from './recharts-view';
import { useSelection } from './selection-store';

type View = ComponentType<ViewProps>;

/**
 * Loads the Recharts view once the reader first reaches for the chart (pointer, touch or keyboard
 * focus); null until then (or if it cannot load). Evaluating Recharts is one long task that no
 * scheduling can slice (docs/architecture.md): paid on load, it blocks a reader who only came to
 * read; paid on the first reach, it delays nothing they asked for. Until then the same layout is
 * drawn as plain SVG.
 */
function useRechartsView(wanted: boolean): { View: View } | null {
  const [view, setView] = useState<{ View: View } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('./recharts-view')
      // a transition: Recharts' first render is sliced instead of one long task
      .then((m) => live && startTransition(() => setView({ View: m.default })))
      // The plain SVG chart stays: it shows the same figures, without hover.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  return view;
}

/** When the chart itself had focus as Recharts arrived, focus moves on to its first point once drawn. */
function useFocusFirstPoint(ref: RefObject<HTMLDivElement | null>, live: boolean) {
  useEffect(() => {
    const box = ref.current;
    if (!live || !box || document.activeElement !== box) return;
    let frames = 0;
    let id = 0;
    const look = () => {
      const point = box.querySelector<SVGGElement>('[data-figure][role="button"]');
      if (point && document.activeElement === box) point.focus();
      else if (!point && frames++ < 120) id = requestAnimationFrame(look);
    };
    id = requestAnimationFrame(look);
    return () => cancelAnimationFrame(id);
  }, [ref, live]);
}

const HEIGHT = 340;

/**
 * The chart component: decides size, labels and interaction; Recharts (loaded lazily) only draws.
 * The same model is drawn as plain SVG at once, and Recharts replaces it when it has loaded, so the
 * first chart never waits for the charting library (a Suspense fallback would be held back).
 */
interface Props {
  view: IndicatorView;
  /** the view's words (viewWords): the chart's title is its text alternative */
  words: ViewWords;
}

export function IndicatorChart({ view, words }: Props) {
  const { locale, t } = useI18n();
  const [wanted, setWanted] = useState(false);
  const recharts = useRechartsView(wanted);
  const [ref, width] = useElementWidth<HTMLDivElement>(640, prerenderedChartWidth);
  useFocusFirstPoint(ref, recharts !== null);
  const wake = () => setWanted(true);
  const selectedId = useSelection((s) => s.selectedId);
  const select = useSelection((s) => s.select);
  const { model, byId, sources } = view;
  const { formatY } = words;
  const title = words.alt;
  const pointLabel = (id: string) => {
    const f = byId.get(id);
    if (!f) return id;
    const src = sources.get(f.source);
    const when = figureWhen(f, locale, t);
    const tier = src?.tier === 'primary' ? t('source.primary') : t('source.context');
    // a corrected figure says so on the chart too, as it does in the table and its source panel
    const corrected = f.correction?.date
      ? ` (${t('correction.mark', { date: formatDate(locale, f.correction.date) })})`
      : '';
    return `${formatFigure(f, f.unit, locale, t)}, ${when}. ${tier}: ${speakerOrOutlet(src, locale)}${corrected}`;
  };
  const labels = words.labels;
  // the page's column is at most 800 px wide (one column under 52rem, beside the sources panel above)
  const fallback = (
    <FitSet
      width={width}
      max={800}
      draw={(w) => (
        <StaticChart model={model} width={w} height={HEIGHT} label={title} formatY={formatY} labels={labels} />
      )}
    />
  );
  return (
    <div
      className="chart"
      ref={ref}
      role="group"
      aria-label={title}
      // in the tab order while static, so a keyboard reader reaches it; once live its points are, and
      // it keeps focus (-1) until it hands it to the first point
      tabIndex={recharts ? -1 : 0}
      data-live={recharts ? 'true' : 'false'}
      onPointerEnter={wake}
      onPointerDown={wake}
      onTouchStart={wake}
      onFocus={wake}
    >
      {recharts
        ? createElement(recharts.View, {
            model,
            options: { width, height: HEIGHT, formatY, ...labels },
            selectedId,
            onSelect: select,
            pointLabel,
          })
        : fallback}
    </div>
  );
}
