/**
 * Every local address a built page makes, resolved the way its reader resolves it: links, scripts,
 * pictures and frames against the document's base (<base href> when there is one); Open Graph and
 * Twitter addresses against the page itself (crawlers ignore <base>); the embed code shown in a
 * page's text area, and oEmbed documents, against the app's folder.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const APP = 'http://app.invalid/';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? walk(full, rel) : [rel];
  });
}

export interface Reference {
  file: string;
  what: string;
  address: string;
  /** the app-relative path it points to */
  target: string;
}

/** The references of one page (`file` is its path in the build, e.g. view/x.en.html). */
export function pageReferences(file: string, html: string): Reference[] {
  const doc = new URL(file, APP);
  const baseHref = /<base\s+href="([^"]*)"/.exec(html)?.[1];
  const base = baseHref !== undefined ? new URL(decode(baseHref), doc) : doc;
  const out: Reference[] = [];
  const add = (what: string, raw: string, against: URL) => {
    const address = decode(raw).trim();
    if (!address || address.startsWith('#') || /^(data|blob|mailto|javascript|about):/i.test(address)) return;
    const url = new URL(address, against);
    if (url.origin !== new URL(APP).origin) return; // another site: not ours to check
    out.push({ file, what, address, target: decodeURIComponent(url.pathname.slice(1)) });
  };
  const withoutTextareas = html.replace(/<textarea[\s\S]*?<\/textarea>/g, '');
  for (const m of withoutTextareas.matchAll(/<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g))
    add(`<${m[1]} ${m[2]}>`, m[3]!, base);
  for (const m of html.matchAll(/<meta\s+(?:property|name)="((?:og|twitter):(?:image|url))"\s+content="([^"]*)"/g))
    add(`<meta ${m[1]}>`, m[2]!, doc);
  for (const m of html.matchAll(/<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]*)"/g))
    add('<meta refresh>', m[1]!, doc);
  // the embed code a reader copies: its addresses are relative to the app's folder, or absolute
  for (const m of html.matchAll(/<textarea[^>]*>([\s\S]*?)<\/textarea>/g))
    for (const s of decode(m[1]!).matchAll(/\s(?:src|href)="([^"]*)"/g)) add('embed code', s[1]!, new URL(APP));
  for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    const ld = JSON.parse(m[1]!) as Record<string, unknown>;
    if (typeof ld.url === 'string') add('JSON-LD url', ld.url, base);
    for (const d of (ld.distribution as { contentUrl: string }[] | undefined) ?? [])
      add('JSON-LD contentUrl', d.contentUrl, base);
  }
  return out;
}

/** The references of an oEmbed document (its addresses are relative to the app's folder). */
export function oembedReferences(file: string, json: string): Reference[] {
  const o = JSON.parse(json) as { html: string; thumbnail_url: string };
  return pageReferences(file, `<textarea>${o.html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</textarea>`).concat(
    pageReferences(file, `<base href="../"><img src="${o.thumbnail_url}">`).map((r) => ({
      ...r,
      what: 'thumbnail_url',
    })),
  );
}

/** A reference dangles when its target is not a file in the build (a folder means its index.html). */
export function dangling(root: string, refs: Reference[]): Reference[] {
  return refs.filter((r) => {
    const path = r.target === '' || r.target.endsWith('/') ? `${r.target}index.html` : r.target;
    const full = join(root, path);
    return !(existsSync(full) && statSync(full).isFile());
  });
}
