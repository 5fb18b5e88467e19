/**
 * Which dataset addresses a Goalpost page may load (`?data=`). Only the publisher's own data by
 * default: a path on the page's own origin inside the app's folder. Other origins only when the
 * publisher lists them at build time (`VITE_DATASET_ORIGINS`, see `allowedDatasetOrigins`). Anything
 * else is never fetched. Pure: the page's base address and the list are passed in.
 */

import { DEFAULT_DATASET_URL } from './dataset-url';

/** Longer values are not addresses anyone types or shares; they are refused unread. */
export const MAX_ADDRESS_LENGTH = 2000;

export type AddressCheck =
  { ok: true; url: string; published: boolean } | { ok: false; reason: 'malformed' | 'not-allowed' };

/**
 * Origins listed by the publisher, from a comma- or space-separated setting. Only `https:` origins
 * (or `http://localhost` and `http://127.0.0.1` for local testing) count; anything else in the list
 * is ignored, and `invalid` names it so the build can stop with a clear line.
 */
export function parseOriginList(setting: string | undefined): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const item of (setting ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL | null;
    try {
      url = new URL(item);
    } catch {
      url = null;
    }
    const local = url?.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
    const clean = url && url.origin === item.replace(/\/$/, '') && !url.username && !url.password;
    if (url && clean && (url.protocol === 'https:' || local)) origins.push(url.origin);
    else invalid.push(item);
  }
  return { origins: [...new Set(origins)], invalid };
}

/** Characters no dataset address needs and that are used to confuse parsers. */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\\\u0000-\u001f\u007f\u2028\u2029]|%2f|%5c|%2e%2e|%00/i;

/**
 * Checks a `?data=` value. `base` is the app's own folder (the document's base URI, e.g.
 * `https://news.example/graphics/goalpost/`). Returns the absolute address to fetch, and whether it
 * is the published dataset (`data/dataset.json` in that folder), or why it may not be fetched.
 */
export function checkDatasetAddress(raw: string, base: string, allowedOrigins: readonly string[]): AddressCheck {
  if (!raw.trim() || raw.length > MAX_ADDRESS_LENGTH || SUSPICIOUS.test(raw)) return { ok: false, reason: 'malformed' };
  let url: URL;
  let folder: URL;
  try {
    folder = new URL('./', base);
    url = new URL(raw, folder);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not-allowed' };
  if (url.username || url.password) return { ok: false, reason: 'not-allowed' };
  const published = new URL(DEFAULT_DATASET_URL, folder);
  if (url.origin === folder.origin) {
    // the URL parser has already resolved "." and ".." segments: what is left must stay in the folder
    if (!url.pathname.startsWith(folder.pathname)) return { ok: false, reason: 'not-allowed' };
    return { ok: true, url: url.href, published: url.href === published.href };
  }
  if (!allowedOrigins.includes(url.origin)) return { ok: false, reason: 'not-allowed' };
  return { ok: true, url: url.href, published: false };
}

/** The publisher's list, as built into the app (empty unless `VITE_DATASET_ORIGINS` was set). */
export function allowedDatasetOrigins(): string[] {
  const setting = (import.meta.env as Record<string, string | undefined>).VITE_DATASET_ORIGINS;
  return parseOriginList(setting).origins;
}
