/**
 * Approximate text measure for laying out SVG text without a DOM: widths per character class, as a
 * share of the font size, measured on DejaVu Sans (the widest of the fallback fonts), so text set in
 * Noto Sans fits with room to spare.
 */
const NARROW = new Set([...'iljtfrI.,:;!|\'"()[]·ії']);
const WIDE = new Set([...'mwMW@%ШЩЖМЫЮФшщжмыюф—']);

function charWidth(ch: string): number {
  if (ch === ' ') return 0.32;
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.95;
  if (/\d/.test(ch)) return 0.64;
  const upper = ch !== ch.toLowerCase();
  if (/[\u0400-\u04ff]/.test(ch)) return upper ? 0.77 : 0.67;
  return upper ? 0.7 : 0.63;
}

/** Estimated width in pixels of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * size * (bold ? 1.13 : 1);
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
