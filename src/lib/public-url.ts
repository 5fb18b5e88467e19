import { appRoot } from './app-folder';

/**
 * Where the app is published, for links printed in pictures, embed code, share pages and citations.
 * Set `VITE_PUBLIC_URL` (e.g. https://news.example/graphics/goalpost/) when building for publication;
 * without it, links are relative to wherever the app is running (and none is printed in pictures).
 */

/** The publisher's setting as an address ending in "/"; throws one clear line when it is not one. */
export function parsePublicUrl(value: string | undefined): URL | null {
  const raw = value?.trim();
  if (!raw) return null;
  let url: URL | null;
  try {
    url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash)
    throw new Error(
      `VITE_PUBLIC_URL: "${raw}" is not an absolute address such as https://news.example/graphics/goalpost/`,
    );
  return url;
}

/** The configured public address, or null: only then is an address printed in a picture. */
export function configuredPublicBase(): URL | null {
  try {
    return parsePublicUrl(import.meta.env.VITE_PUBLIC_URL as string | undefined);
  } catch {
    return null; // the build refuses a malformed setting; a dev server falls back to the running address
  }
}

/** The app's folder: the configured address, else the one the page is served from. */
export function publicBase(): URL | null {
  return configuredPublicBase() ?? appRoot();
}

/**
 * An address for a query string or a file relative to the app's folder: absolute when the public
 * address is known (configured, or the page's own), else left relative (the build writes no
 * made-up host into its pages).
 */
export function publicUrl(relative: string): string {
  const base = publicBase();
  return base ? new URL(relative || '?', base).href : relative || './';
}
