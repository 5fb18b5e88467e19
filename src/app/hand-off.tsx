import { use, useLayoutEffect } from 'react';
import { dropPrerender, takeOverModule } from '../lib/prerender';

/**
 * Mounted beside a page's content, inside its Suspense boundary: the prerendered view goes in the
 * same commit that puts the live page on screen, never earlier (a reader would otherwise see the
 * prerendered page give way to "Loading the page…" while the page's chunk arrives). Where a
 * prerendered view is shown, the commit also waits for the code that carries over what the reader
 * did on it (it suspends until that chunk is in).
 */
export function HandOff() {
  const takeOver = takeOverModule ? use(takeOverModule) : null;
  useLayoutEffect(() => dropPrerender(takeOver), [takeOver]);
  return null;
}
