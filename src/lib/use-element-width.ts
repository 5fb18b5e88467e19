import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { SHOWN_WIDTH_ATTR } from './fit-widths';

/**
 * The width the prerendered view still on screen shows its chart at, or undefined: noted by its
 * ResizeObserver (src/lib/early-input.ts), so reading it costs no layout. Read while the live page
 * renders, before it replaces that view, the live chart is drawn at the reader's width from its first
 * frame, not at a stand-in that is then redrawn (its labels scaled for a frame or more).
 */
export function prerenderedChartWidth(): number | undefined {
  // the build's own render has no document
  if (typeof document === 'undefined') return undefined;
  const w = Number(document.getElementById('prerender')?.getAttribute(SHOWN_WIDTH_ATTR));
  return w > 0 ? w : undefined;
}

/**
 * The width of an element, kept up to date with ResizeObserver. The first width is `seed()` when it
 * gives one (the live page taking over from a prerendered view: no layout forced in that commit, the
 * first reach's longest task; docs/benchmarks.md); else it is measured in the commit that shows the
 * element, so its first frame is drawn at its width, not at `fallback` and then redrawn. `fallback`
 * stays where nothing can be measured (no layout, as in jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number, seed?: () => number | undefined) {
  const ref = useRef<T>(null);
  const [seeded] = useState(() => seed?.());
  const [width, setWidth] = useState(seeded ?? fallback);
  useLayoutEffect(() => {
    if (seeded !== undefined) return;
    const w = ref.current?.getBoundingClientRect().width;
    if (w && w > 0) setWidth(Math.round(w));
  }, [seeded]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // a new width redraws what depends on it in a transition: in slices, never as one long task
      if (w && w > 0) startTransition(() => setWidth(Math.round(w)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
