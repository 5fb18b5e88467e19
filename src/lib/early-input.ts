/**
 * A prerendered page (build time, shown by boot.js when it is the view the URL asks for) is complete
 * HTML: its chart, figures, links and native controls (details, popovers, form fields) work with no
 * script. So the app starts there only when the reader first reaches for it (a pointer down, a key, a
 * touch, focus, or the pointer over a control or the chart), not on load: a reader who only reads
 * never pays for React on the main thread. A click on a button before the app is live is held
 * here and pressed again on the live page (src/lib/take-over.ts); typed values, open details and
 * focus are carried over the same way.
 */

import { FIT_MAX, FIT_MIN, SHOWN_WIDTH_ATTR } from './fit-widths';

/**
 * Elements whose hover means the reader is about to use the app (the chart turns interactive); not
 * `<main tabindex="-1">` (focusable only as the skip link's target), or any pointer over the text would do.
 */
const REACHING = '.chart, button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const STARTERS = ['pointerdown', 'keydown', 'touchstart', 'focusin', 'pointerover'] as const;

const held: Element[] = [];

/** The buttons pressed on the prerendered view before the app was live, oldest first; empties the list. */
export function takeHeldClicks(): Element[] {
  return held.splice(0);
}

function inPrerender(target: EventTarget | null): Element | null {
  return target instanceof Element && target.closest('#prerender') ? target : null;
}

/**
 * Calls `start` once, on the reader's first interaction with the document. Meanwhile a press of a
 * prerendered button (other than a native popover toggle) is held for the live page, and a form on
 * the prerendered view is never submitted (it would reload the page).
 */
export function startOnFirstInteraction(start: () => void, doc: Document = document): () => void {
  let started = false;
  const go = (e?: Event) => {
    if (e?.type === 'pointerover' && !(e.target instanceof Element && e.target.closest(REACHING))) return;
    if (started) return;
    started = true;
    for (const type of STARTERS) doc.removeEventListener(type, go, true);
    start();
  };
  for (const type of STARTERS) doc.addEventListener(type, go, { capture: true, passive: true });
  doc.addEventListener(
    'click',
    (e) => {
      const button = inPrerender(e.target)?.closest('button');
      if (!button || button.hasAttribute('popovertarget')) return;
      e.preventDefault();
      held.push(button);
    },
    true,
  );
  doc.addEventListener(
    'submit',
    (e) => {
      if (inPrerender(e.target)) e.preventDefault();
    },
    true,
  );
  return () => go();
}

/**
 * Calls `onMisfit` when a prerendered chart on screen is drawn far from the width it was built for.
 * Each is SVG built at one width and scaled to its box (the build draws several, src/lib/fit-widths.ts);
 * where none fits, as a 640 px chart would not on a 343 px phone (12 px labels at 6 px), the app starts
 * at once and draws the chart for the real width. A ResizeObserver reports each box after layout (no
 * layout forced here), and again when the window is resized; charts not shown (width 0) do not count.
 * Where one chart is on screen, the width it is shown at is noted on `#prerender` (SHOWN_WIDTH_ATTR),
 * for the live page to draw its chart at.
 */
export function watchPrerenderFit(onMisfit: () => void, doc: Document = document): void {
  if (typeof ResizeObserver === 'undefined') return;
  const widths = new Map<Element, number>();
  const ro = new ResizeObserver((entries) => {
    for (const e of entries) widths.set(e.target, e.contentRect.width);
    // a view with one chart on screen (an indicator page, an embed; not the overview's cards)
    const onScreen = [...widths.values()].filter((w) => w > 0);
    if (onScreen.length === 1)
      doc.getElementById('prerender')?.setAttribute(SHOWN_WIDTH_ATTR, String(Math.round(onScreen[0]!)));
    for (const e of entries) {
      const built = (e.target as SVGSVGElement).viewBox?.baseVal?.width ?? 0;
      const shown = e.contentRect.width;
      if (built > 0 && shown > 0 && (shown < built * FIT_MIN || shown > built * FIT_MAX)) {
        ro.disconnect();
        onMisfit();
        return;
      }
    }
  });
  for (const svg of doc.querySelectorAll('#prerender svg.static-chart')) ro.observe(svg);
}
