// The part of opentype.js the width-table generator uses (the package ships no types).
declare module 'opentype.js' {
  interface Glyph {
    index: number;
    advanceWidth: number;
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(ch: string): Glyph | null;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
