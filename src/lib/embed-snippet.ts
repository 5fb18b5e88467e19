/** Sizes for pictures: an article column and social cards (Open Graph / Twitter large image). */
export const EXPORT_SIZES = {
  column: { width: 640, height: 420 },
  wide: { width: 960, height: 540 },
  social: { width: 1200, height: 630 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/** Height an embed gets before (or without) the resizer script: enough for the whole chart. */
export const DEFAULT_EMBED_HEIGHT = 720;

/** Where the build writes a chart's picture, relative to the app's folder. */
export const snapshotPath = (indicator: string, lang: string, size: ExportSize, ext: 'png' | 'svg') =>
  `snapshots/${indicator}.${lang}.${size}.${ext}`;

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetInput {
  /** absolute address of the embed (with embed=1 and the view written out) */
  embedUrl: string;
  /** absolute address of embed.js */
  scriptUrl: string;
  /** absolute address of the static picture for <noscript> */
  imageUrl: string;
  title: string;
  alt: string;
}

/**
 * The HTML a journalist pastes: a full-width lazy iframe with a title and a default height that shows
 * the whole chart, the optional resizer script, and a <noscript> picture with alt text.
 */
export function embedSnippet({ embedUrl, scriptUrl, imageUrl, title, alt }: SnippetInput): string {
  return [
    `<iframe src="${attr(embedUrl)}" title="${attr(title)}" loading="lazy" width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0;display:block" data-goalpost-embed></iframe>`,
    `<script async src="${attr(scriptUrl)}"></script>`,
    `<noscript><img src="${attr(imageUrl)}" alt="${attr(alt)}" width="640" style="max-width:100%;height:auto"></noscript>`,
  ].join('\n');
}

/** The embed code's colour choices: light by default (a host article is white unless its publisher says not). */
export const EMBED_THEMES = ['light', 'dark', 'system'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * The addresses an embed code points to, relative to the app's folder: the embed (`embed`, from
 * url-state's embedAddress: an indicator's page prerendered for it and its language, so its chart
 * paints with no script, or the scenario explorer's page in embed mode), the resizer script, and the
 * build's column picture for <noscript>.
 */
export function embedAddresses(indicator: string, lang: string, embed: string) {
  return {
    embed,
    script: 'embed.js',
    image: snapshotPath(indicator, lang, 'column', 'png'),
  };
}
