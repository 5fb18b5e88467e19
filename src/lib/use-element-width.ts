import { startTransition, useEffect, useRef, useState } from 'react';

/** The width of an element, kept up to date with ResizeObserver; `fallback` until measured. */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
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
