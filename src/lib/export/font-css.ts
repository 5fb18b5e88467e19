import cyr400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyr700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { FONT_FACES, fontFaceCss } from './font-faces';

/** The built addresses of the font files, by file name. */
const URLS: Record<string, string> = {
  'noto-sans-latin-400-normal.woff2': latin400,
  'noto-sans-cyrillic-400-normal.woff2': cyr400,
  'noto-sans-cyrillic-ext-400-normal.woff2': cyrExt400,
  'noto-sans-latin-700-normal.woff2': latin700,
  'noto-sans-cyrillic-700-normal.woff2': cyr700,
  'noto-sans-cyrillic-ext-700-normal.woff2': cyrExt700,
};

async function toDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

let cached: Promise<string> | null = null;

/**
 * @font-face rules for Noto Sans with the font files inlined as data URLs, so an exported SVG (and the
 * PNG drawn from it) looks the same on every machine, Kazakh letters included.
 */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(FONT_FACES.map(async (f) => [f.file, await toDataUrl(URLS[f.file]!)] as const))
    .then((pairs) => {
      const data = new Map(pairs);
      return fontFaceCss((f) => data.get(f.file)!);
    })
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
