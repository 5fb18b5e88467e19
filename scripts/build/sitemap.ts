/**
 * Build step: `sitemap.xml`, every page of the build with its language alternates (the same
 * `hreflang` links as the pages' heads), and `robots.txt`, which points to it. Embeds are left out:
 * their canonical page is the indicator's. Addresses are absolute with VITE_PUBLIC_URL (which the
 * sitemap protocol and robots.txt want); without it they are relative to the app's folder, where
 * both files are, and the build says that crawlers need the public address.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Addresses } from './addresses';
import type { BuiltPage } from './pages';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: BuiltPage[], at: Addresses, lastmod: string): string {
  const entries = pages
    .filter((p) => p.kind !== 'embed')
    .map((p) => {
      const links = p.alternates.map(
        (a) => `    <xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(at.app(a.address))}"/>`,
      );
      return [
        `  <url>`,
        `    <loc>${xml(at.app(p.address))}</loc>`,
        `    <lastmod>${lastmod}</lastmod>`,
        ...links,
        `  </url>`,
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function writeSitemap(out: string, pages: BuiltPage[], at: Addresses, lastmod: string): number {
  writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages, at, lastmod));
  writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${at.app('sitemap.xml')}\n`);
  return pages.filter((p) => p.kind !== 'embed').length;
}
