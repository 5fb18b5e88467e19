/**
 * Addresses the build writes. With VITE_PUBLIC_URL every address is absolute (what link previews,
 * oEmbed consumers, sitemaps and citation managers need). Without it, none is made up: an address
 * on a page is relative to that page's own file (pages carry no <base>, so a reader, a browser and a
 * crawler all resolve it to the same file), and one in a document that is not a page (oEmbed, the
 * sitemap) is relative to the app's folder.
 */
import { fromPage } from '../../src/lib/page-address';

export interface Addresses {
  /** an app-relative address as written on the page whose file is `file` */
  on: (file: string) => (address: string) => string;
  /** an app-relative address in a document read against the app's folder (oEmbed, sitemap) */
  app: (address: string) => string;
  absolute: boolean;
}

export function addresses(base: URL | null): Addresses {
  if (base) {
    const abs = (address: string) => new URL(address || './', base).href;
    return { on: () => abs, app: abs, absolute: true };
  }
  return { on: (file) => (address) => fromPage(file, address), app: (address) => address || './', absolute: false };
}

export const oembedPath = (id: string, lang: string) => `oembed/${id}.${lang}.json`;
