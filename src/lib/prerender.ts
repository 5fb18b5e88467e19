import { restore, snapshot } from './take-over';

/**
 * The app has rendered: remove the build-time prerendered view and show the live one, carrying over
 * what the reader did on the prerendered view (focus, fields, open details, buttons pressed).
 */
export function dropPrerender() {
  if (typeof document === 'undefined') return;
  const pre = document.getElementById('prerender');
  const shown = document.documentElement.classList.contains('prerendered');
  const snap = pre && shown ? snapshot(pre) : null;
  pre?.remove();
  document.documentElement.classList.remove('prerendered');
  const live = document.getElementById('root');
  if (snap && live) restore(snap, live);
}
