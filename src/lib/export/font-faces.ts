/**
 * Noto Sans as the pictures embed it: the fontsource subsets (Kazakh letters such as Қ, Ң, Ә live in
 * cyrillic-ext) with their Unicode ranges. Pure: the browser (font-css.ts) and the build
 * (scripts/build/pictures.ts) each supply the files' bytes as data URLs.
 */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2215';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

export interface FontFace {
  /** file name in @fontsource/noto-sans/files/ */
  file: string;
  weight: 400 | 700;
  range: string;
}

export const FONT_FACES: readonly FontFace[] = ([400, 700] as const).flatMap((weight) => [
  { file: `noto-sans-latin-${weight}-normal.woff2`, weight, range: LATIN },
  { file: `noto-sans-cyrillic-${weight}-normal.woff2`, weight, range: CYRILLIC },
  { file: `noto-sans-cyrillic-ext-${weight}-normal.woff2`, weight, range: CYRILLIC_EXT },
]);

/** @font-face rules for the faces, given each file's data: URL. */
export function fontFaceCss(dataUrl: (face: FontFace) => string): string {
  return FONT_FACES.map(
    (f) =>
      `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${f.weight};src:url(${dataUrl(f)}) format('woff2');unicode-range:${f.range};}`,
  ).join('');
}
