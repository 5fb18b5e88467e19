/**
 * The <head> tags of a published page: description, canonical address, Open Graph and Twitter
 * cards with the chart's picture and its alt text, language alternates, the oEmbed discovery link,
 * and JSON-LD blocks. Pure string building for the build step.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonLdScript = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

const OG_LOCALE = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ' } as const;

export interface HeadInput {
  lang: 'en' | 'ru' | 'kk';
  title: string;
  description: string;
  /** the page's own address for <meta> (og:url): absolute, or relative to the page */
  url: string;
  /** the page's own address for <link rel="canonical">: absolute, or relative to the document's base */
  canonical: string;
  /** the social-card picture */
  image?: { url: string; alt: string; width: number; height: number };
  /** the same page in the other languages */
  alternates?: { lang: string; url: string }[];
  oembed?: { url: string; title: string };
  /** the Atom feed of changes in the page's language */
  feed?: { url: string; title: string };
  jsonLd?: unknown[];
}

export function headTags(p: HeadInput): string {
  const meta = (attr: 'name' | 'property', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${esc(String(value))}" />`;
  const tags = [
    meta('name', 'description', p.description),
    `<link rel="canonical" href="${esc(p.canonical)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Goalpost'),
    meta('property', 'og:locale', OG_LOCALE[p.lang]),
    meta('property', 'og:title', p.title),
    meta('property', 'og:description', p.description),
    meta('property', 'og:url', p.url),
  ];
  if (p.image)
    tags.push(
      meta('property', 'og:image', p.image.url),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', p.image.width),
      meta('property', 'og:image:height', p.image.height),
      meta('property', 'og:image:alt', p.image.alt),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:title', p.title),
      meta('name', 'twitter:description', p.description),
      meta('name', 'twitter:image', p.image.url),
      meta('name', 'twitter:image:alt', p.image.alt),
    );
  for (const a of p.alternates ?? [])
    tags.push(`<link rel="alternate" hreflang="${esc(a.lang)}" href="${esc(a.url)}" />`);
  if (p.oembed)
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${esc(p.oembed.url)}" title="${esc(p.oembed.title)}" />`,
    );
  if (p.feed)
    tags.push(
      `<link rel="alternate" type="application/atom+xml" href="${esc(p.feed.url)}" title="${esc(p.feed.title)}" />`,
    );
  for (const block of p.jsonLd ?? []) tags.push(jsonLdScript(block));
  return tags.map((t) => `    ${t}\n`).join('');
}
