/**
 * The floor page: the app's indicator chart as a static SVG in plain HTML with the app's CSS
 * and no JavaScript at all. Every page's time is read against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUB_PATH } from '../../tests/browser/static-server';

export function floorHtml(dist: string, svg: string, width: number): string {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const css = [...index.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => `<link rel="stylesheet" href="${SUB_PATH}${m[1]!.replace(/^\.\//, '')}">`,
  );
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Goalpost floor: one static chart, no JavaScript</title>',
    ...css,
    '</head><body><main>',
    `<div class="chart" style="max-width:${Math.round(width) || 640}px">${svg}</div>`,
    '</main></body></html>',
  ].join('\n');
}

/**
 * A page's own HTML with its app left out: its module script and module preloads. boot.js stays, so
 * the prerendered view shows as it does on the real page. Served beside the page, this measures what
 * the browser alone spends on the page's markup and styles.
 */
export function withoutApp(html: string): string {
  const out = html
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (out === html || /<script type="module"/.test(out))
    throw new Error(
      "withoutApp: the page's module script was not found where expected; has the build's markup changed?",
    );
  return out;
}

/**
 * A page's HTML with the app left out (withoutApp) and every piece of text, the charts' included, in
 * one font: the system's, 16 px, regular, upright. Served beside the page, it isolates what the page's
 * typography costs the browser: in Chromium on Linux each size, weight and style of a family is a
 * font it resolves, with a round trip to the browser process, before its first layout.
 */
export function inOneFont(html: string): string {
  const out = withoutApp(html).replace(
    '</head>',
    '<style>*{font-family:system-ui,sans-serif!important;font-size:16px!important;font-weight:400!important;font-style:normal!important}</style></head>',
  );
  if (!out.includes('font-size:16px!important'))
    throw new Error("inOneFont: the page's </head> was not found; has the build's markup changed?");
  return out;
}
