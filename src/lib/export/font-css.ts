import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyr400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyr700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';

/** Unicode ranges of the fontsource subsets (Kazakh letters such as Қ, Ң, Ә live in cyrillic-ext). */
const FACES = [
  {
    url: latin400,
    weight: 400,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2215',
  },
  { url: cyr400, weight: 400, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { url: cyrExt400, weight: 400, range: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  {
    url: latin700,
    weight: 700,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2215',
  },
  { url: cyr700, weight: 700, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { url: cyrExt700, weight: 700, range: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
];

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
  cached ??= Promise.all(
    FACES.map(
      async (f) =>
        `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${f.weight};src:url(${await toDataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`,
    ),
  )
    .then((rules) => rules.join(''))
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
