/** Advance widths of Noto Sans (the TrueType files the build's pictures are drawn with), per character. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { WIDTH_CHARS } from '../src/lib/chart-layout/width-chars';

const require = createRequire(import.meta.url);
const FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

function advances(file: string): number[] {
  const buf = readFileSync(file);
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const per = 1000 / font.unitsPerEm;
  return [...WIDTH_CHARS].map((ch) => {
    const glyph = font.charToGlyph(ch);
    // a character the font lacks is drawn by a fallback: measure it as a wide letter, never as nothing
    return glyph && glyph.index !== 0 ? Math.round(glyph.advanceWidth * per) : 700;
  });
}

export function glyphAdvances(): { regular: number[]; bold: number[] } {
  return { regular: advances(FILES.regular), bold: advances(FILES.bold) };
}
