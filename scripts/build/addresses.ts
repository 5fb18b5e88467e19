/**
 * Addresses the build writes. With VITE_PUBLIC_URL every address is absolute (what link previews,
 * oEmbed consumers and citation managers need). Without it, none is made up: links the browser
 * follows are relative to the app's folder (pages one folder down set <base href="../">), and
 * addresses in <meta> tags, which crawlers resolve against the page itself, are relative to the page.
 */
export interface Addresses {
  /** for <link>, <a>, <img> and the app's own files: relative to the app's folder, or absolute */
  app: (path: string) => string;
  /** for <meta content> on a page `depth` folders below the app's folder */
  meta: (path: string, depth: number) => string;
  absolute: boolean;
}

export function addresses(base: URL | null): Addresses {
  if (base) {
    const abs = (path: string) => new URL(path || './', base).href;
    return { app: abs, meta: abs, absolute: true };
  }
  return {
    app: (path) => path || './',
    meta: (path, depth) => `${'../'.repeat(depth)}${path}` || './',
    absolute: false,
  };
}

export const indicatorQuery = (id: string, lang: string) => `?view=indicator&indicator=${id}&lang=${lang}`;
export const permalinkPath = (id: string, lang: string) => `view/${id}.${lang}.html${indicatorQuery(id, lang)}`;
export const sourcesPath = (lang: string) => `view/sources.${lang}.html?view=sources&lang=${lang}`;
export const oembedPath = (id: string, lang: string) => `oembed/${id}.${lang}.json`;
