import { useLayoutEffect } from 'react';
import { dropPrerender } from '../lib/prerender';

/**
 * Mounted beside a page's content, inside its Suspense boundary: the prerendered view goes in the
 * same commit that puts the live page on screen, never earlier (a reader would otherwise see the
 * prerendered page give way to "Loading the page…" while the page's chunk arrives).
 */
export function HandOff() {
  useLayoutEffect(() => dropPrerender(), []);
  return null;
}
