import { createContext, useContext, type ReactNode } from 'react';
import { fitWidthsUpTo } from '../lib/fit-widths';

const Prerendering = createContext(false);
/** Set by the build's render (src/app/prerender-entry.tsx): charts are drawn at every fitting width. */
export const PrerenderFit = Prerendering.Provider;

/**
 * A static chart at the width of its box; in the build's render, one per width in `fitWidthsUpTo(max)`,
 * each shown by CSS only in the box widths it fits (src/lib/fit-widths.ts). The last one drawn is
 * also shown in any wider box (`data-last`), so a box wider than planned still shows a chart.
 */
export function FitSet({ width, max, draw }: { width: number; max: number; draw: (width: number) => ReactNode }) {
  const prerendering = useContext(Prerendering);
  if (!prerendering) return draw(width);
  const widths = fitWidthsUpTo(max);
  return (
    <div className="fit-set">
      {widths.map((w, i) => (
        <div key={w} className="fit" data-fit={w} data-last={i === widths.length - 1 ? '' : undefined}>
          {draw(w)}
        </div>
      ))}
    </div>
  );
}
