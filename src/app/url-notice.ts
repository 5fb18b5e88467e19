import type { UrlNotice } from '../lib/url-state';
import type { Notice } from '../components/url-notices';

/** At most 60 characters, never splitting a character made of two UTF-16 units. */
export function shorten(s: string): string {
  const chars = [...s];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : s;
}

/** A parser notice as the message the reader sees; the values are shown back as text, shortened. */
export function toNotice(n: UrlNotice): Notice {
  return { key: `notice.${n.reason}`, vars: { param: shorten(n.param), value: shorten(n.value) } };
}
