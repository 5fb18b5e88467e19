import { BOLD, REGULAR } from './noto-widths';
import { WIDTH_CHARS } from './width-chars';

/**
 * Text measure for laying out SVG text without a DOM, in the font the charts and pictures are drawn
 * in: Noto Sans advance widths (regular and bold), generated from the font by scripts/font-widths.ts.
 * A character outside the table measures as a wide letter, so unknown text errs on the roomy side.
 */
function table(encoded: string): Map<string, number> {
  const chars = [...WIDTH_CHARS];
  return new Map(chars.map((ch, i) => [ch, parseInt(encoded.slice(i * 2, i * 2 + 2), 36) / 1000]));
}

let widths: { regular: Map<string, number>; bold: Map<string, number> } | null = null;
const UNKNOWN = 0.7;

/** Width in pixels of `text` at `size` px in Noto Sans. */
export function textWidth(text: string, size: number, bold = false): number {
  widths ??= { regular: table(REGULAR), bold: table(BOLD) };
  const w = bold ? widths.bold : widths.regular;
  let em = 0;
  for (const ch of text) em += w.get(ch) ?? UNKNOWN;
  return em * size;
}

/** Cuts `text` to fit `maxWidth`, ending with an ellipsis when something was cut. */
export function truncate(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Splits a word longer than a line (a URL, say) into pieces that fit. */
function breakWord(word: string, maxWidth: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && textWidth(cur + ch, size, bold) > maxWidth) {
      pieces.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Wraps `text` at spaces into lines of at most `maxWidth` pixels (long words are broken), keeping at
 * most `maxLines` lines; when text is left over, the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    const pieces = textWidth(word, size, bold) > maxWidth ? breakWord(word, maxWidth, size, bold) : [word];
    for (const piece of pieces) {
      const next = cur ? `${cur} ${piece}` : piece;
      if (cur && textWidth(next, size, bold) > maxWidth) {
        lines.push(cur);
        cur = piece;
      } else cur = next;
    }
  }
  if (cur) lines.push(cur);
  const limit = Math.max(1, maxLines);
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  kept[limit - 1] = truncate(`${kept[limit - 1] ?? ''}…`, maxWidth, size, bold).replace(/…+$/, '…');
  return kept;
}
