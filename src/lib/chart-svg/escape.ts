// Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return).
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes a string for use as XML text or as a quoted attribute value: & < > " ' become entities and
 * characters XML cannot carry are dropped. Everything else (Cyrillic, Kazakh letters…) is kept as is.
 */
export function escapeXml(value: string): string {
  return value.replace(INVALID, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

export const escapeText = escapeXml;
export const escapeAttr = escapeXml;
