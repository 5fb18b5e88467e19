import type * as TakeOver from './take-over';

/**
 * The code that carries what the reader did on a prerendered view over to the live page
 * (src/lib/take-over.ts): loaded, in a chunk of its own, only when a prerendered view is shown. If
 * it cannot load, the live page still replaces the prerendered one, without the carry-over.
 */
export const takeOverModule: Promise<typeof TakeOver | null> | null =
  typeof document !== 'undefined' && document.documentElement.classList.contains('prerendered')
    ? import('./take-over').catch(() => null)
    : null;

/**
 * The app has rendered: remove the build-time prerendered view and show the live one, carrying over
 * what the reader did on the prerendered view (focus, fields, open details, buttons pressed) when
 * `takeOver` (the loaded takeOverModule) is given.
 */
export function dropPrerender(takeOver?: typeof TakeOver | null) {
  if (typeof document === 'undefined') return;
  const pre = document.getElementById('prerender');
  const shown = document.documentElement.classList.contains('prerendered');
  const snap = pre && shown && takeOver ? takeOver.snapshot(pre) : null;
  pre?.remove();
  document.documentElement.classList.remove('prerendered');
  const live = document.getElementById('root');
  if (snap && live) takeOver!.restore(snap, live);
}
