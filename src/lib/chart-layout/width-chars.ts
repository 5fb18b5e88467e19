const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/**
 * The characters whose Noto Sans widths are tabled (noto-widths.ts): printable ASCII, the Russian
 * alphabet, the Kazakh letters, and the punctuation and signs the app writes. Others measure as a
 * wide letter.
 */
export const WIDTH_CHARS = [
  ...range(0x20, 0x7e),
  ...range(0x410, 0x44f),
  ...'ЁёӘәҒғҚқҢңӨөҰұҮүҺһІі',
  ...'\u00a0\u2009\u202f–—‘’“”«»…·•−×≈→←↗↘✓✕₸€№°',
].join('');
