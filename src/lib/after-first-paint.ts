/**
 * Runs `start` once the browser has painted: a frame, then a task after it. A failed start (the
 * chunk did not load) is shown in place of a blank page.
 */
export function afterFirstPaint(start: () => Promise<unknown>) {
  const run = () =>
    start().catch((e: unknown) => {
      const root = document.getElementById('root');
      document.documentElement.classList.remove('prerendered');
      if (root) {
        root.setAttribute('role', 'alert');
        root.textContent = `Goalpost could not start: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
      }
    });
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}
