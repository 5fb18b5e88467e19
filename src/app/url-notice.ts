import type { Notice } from '../components/url-notices';
import type { DatasetSource } from '../lib/dataset-source';
import type { UrlNotice } from '../lib/url-state';

/** At most 60 characters, never splitting a character made of two UTF-16 units. */
export function shorten(s: string): string {
  const chars = [...s];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : s;
}

/** The notices of a link, with the one for a refused dataset address (never fetched) added. */
export function linkNotices(notices: UrlNotice[], source: DatasetSource): Notice[] {
  const out = notices.map(toNotice);
  if (source.refused !== null) out.push({ key: 'notice.data-refused', vars: { value: shorten(source.refused) } });
  return out;
}

/** A parser notice as the message the reader sees; the values are shown back as text, shortened. */
export function toNotice(n: UrlNotice): Notice {
  return { key: `notice.${n.reason}`, vars: { param: shorten(n.param), value: shorten(n.value) } };
}
