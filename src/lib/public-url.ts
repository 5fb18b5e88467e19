/**
 * Where the app is published, for links printed in pictures, embed code and share pages. Set
 * `VITE_PUBLIC_URL` (e.g. https://news.example/graphics/goalpost/) when building for publication;
 * without it, links point to wherever the app is running.
 */
export function publicBase(): URL {
  const configured = import.meta.env.VITE_PUBLIC_URL as string | undefined;
  // the document's base: prerendered pages one folder down set <base href="../">
  const here = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  if (configured) {
    try {
      return new URL(configured.endsWith('/') ? configured : `${configured}/`);
    } catch {
      // a malformed setting falls back to the running address
    }
  }
  const url = new URL(here);
  url.search = '';
  url.hash = '';
  return url;
}

/** An absolute address for a query string or a file relative to the app's folder. */
export const publicUrl = (relative: string) => new URL(relative || '?', publicBase()).href;
