/**
 * The message an embed posts to its host page whenever its content height changes:
 * `{ type: 'goalpost:resize', height: <CSS pixels, integer>, url: <the embed's address> }`.
 * `public/embed.js` on the host listens for it and sets the iframe's height.
 */
export const RESIZE_MESSAGE = 'goalpost:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
  url: string;
}

/** Posts the document's height after the next layout and on every change; returns a function that stops it. */
export function postHeightToParent(target: Window = window.parent): () => void {
  if (typeof window === 'undefined' || target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height, url: window.location.href };
    target.postMessage(message, '*');
  };
  if (typeof ResizeObserver === 'undefined') {
    post();
    return () => {};
  }
  // A ResizeObserver reports the size once when it starts observing, after the browser's own layout,
  // so the first height is read then: read at once, it would force that layout in the caller's task
  // (on a prerendered embed, the entry module's evaluation).
  const ro = new ResizeObserver(post);
  ro.observe(document.documentElement);
  return () => ro.disconnect();
}
