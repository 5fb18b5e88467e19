/** JavaScript weights: per entry (through scripts/bundle-size.mjs) and for everything in dist/assets. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SUB_PATH } from '../../tests/browser/static-server';

export interface Sizes {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

interface EntrySizes {
  beforePaint: Sizes;
  interactive: Sizes;
}

interface BundleSize {
  entrySizes: (dist: string) => Record<'app', EntrySizes>;
  sizes: (dist: string, files: string[]) => Sizes;
}

// bundle-size.mjs is plain JavaScript shared with the budget check; its shape is typed here.
const bundleSize = (await import(new URL('../bundle-size.mjs', import.meta.url).href)) as BundleSize;

/**
 * Per entry (the app; embeds are the same entry), from Vite's manifest: the JavaScript before the first paint (the entry
 * module) and until interactive (plus the start module loaded right after the first paint).
 */
export const entryJs = (dist: string): Record<'app', EntrySizes> => bundleSize.entrySizes(dist);

/** Sizes of the files behind absolute URLs the browser requested from the served dist/. */
export function requestedJs(dist: string, urls: string[]): Sizes {
  const files = [...new Set(urls.map((u) => new URL(u).pathname))]
    .filter((p) => p.startsWith(SUB_PATH))
    .map((p) => p.slice(SUB_PATH.length))
    .sort();
  return bundleSize.sizes(dist, files);
}

/** Every .js file in dist/assets (all the app can ever load). */
export function allAssetsJs(dist: string): Sizes {
  const files = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .sort();
  return bundleSize.sizes(dist, files);
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
