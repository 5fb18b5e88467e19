const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SharePageInput {
  lang: string;
  title: string;
  description: string;
  /** the permalink page (view/<id>.<lang>.html?…): absolute when a public URL is configured, else relative to this page */
  appUrl: string;
  /** address of the social-card snapshot */
  imageUrl: string;
  imageAlt: string;
  width: number;
  height: number;
}

/**
 * A tiny static page per indicator and language whose Open Graph and Twitter tags preview the right
 * chart when its link is pasted, and which sends a reader on to the live view (no script needed).
 */
export function sharePageHtml(p: SharePageInput): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${esc(value)}">`;
  return `<!doctype html>
<html lang="${esc(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} — Goalpost</title>
${meta('name', 'description', p.description)}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', 'Goalpost')}
${meta('property', 'og:title', `${p.title} — Goalpost`)}
${meta('property', 'og:url', p.appUrl)}
${meta('property', 'og:description', p.description)}
${meta('property', 'og:image', p.imageUrl)}
${meta('property', 'og:image:width', String(p.width))}
${meta('property', 'og:image:height', String(p.height))}
${meta('property', 'og:image:alt', p.imageAlt)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', `${p.title} — Goalpost`)}
${meta('name', 'twitter:description', p.description)}
${meta('name', 'twitter:image', p.imageUrl)}
${meta('name', 'twitter:image:alt', p.imageAlt)}
<link rel="canonical" href="${esc(p.appUrl)}">
<meta http-equiv="refresh" content="0; url=${esc(p.appUrl)}">
</head>
<body>
<p><a href="${esc(p.appUrl)}">${esc(p.title)} — Goalpost</a></p>
<img src="${esc(p.imageUrl)}" alt="${esc(p.imageAlt)}" width="${p.width}" height="${p.height}" style="max-width:100%;height:auto">
</body>
</html>
`;
}
