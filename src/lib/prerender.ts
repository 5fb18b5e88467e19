/** The app has rendered: remove the build-time prerendered view and show the live one. */
export function dropPrerender() {
  if (typeof document === 'undefined') return;
  document.getElementById('prerender')?.remove();
  document.documentElement.classList.remove('prerendered');
}
