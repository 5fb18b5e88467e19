import { describe, expect, it } from 'vitest';
import { glyphAdvances } from '../../scripts/font-advances';
import { BOLD, REGULAR } from '../../src/lib/chart-layout/noto-widths';
import { textWidth, wrapText } from '../../src/lib/chart-layout/text-measure';
import { WIDTH_CHARS } from '../../src/lib/chart-layout/width-chars';

describe('text measured in the font that draws it', () => {
  it('the width table is the embedded Noto Sans’s own (regenerate with npx tsx scripts/font-widths.ts)', () => {
    const { regular, bold } = glyphAdvances();
    const decode = (s: string) =>
      Array.from({ length: s.length / 2 }, (_, i) => parseInt(s.slice(i * 2, i * 2 + 2), 36));
    expect(decode(REGULAR)).toEqual(regular);
    expect(decode(BOLD)).toEqual(bold);
    expect(regular).toHaveLength([...WIDTH_CHARS].length);
  });

  it('measures Kazakh letters, bold wider than regular, and unknown characters never as nothing', () => {
    expect(textWidth('Қазақстан', 20)).toBeGreaterThan(textWidth('Казахстан', 20) * 0.95);
    expect(textWidth('Goalpost', 20, true)).toBeGreaterThan(textWidth('Goalpost', 20));
    expect(textWidth('漢', 20)).toBeGreaterThan(10);
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10));
  });

  it('wraps at spaces into lines that fit, keeping every word when the lines allow', () => {
    const text = 'Sources: Kassym-Jomart Tokayev, informal summit of the Turkic Council, 31 Mar 2021; 1 context source';
    const lines = wrapText(text, 300, 12, 6);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(300);
  });
});
