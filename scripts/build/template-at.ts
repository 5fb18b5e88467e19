/**
 * The app's HTML template (index.html) for a page `depth` folders below the app's folder: its own
 * relative addresses (scripts, styles, boot.js, the dataset) are rewritten to climb back up, since
 * pages carry no <base>. Absolute addresses, fragments and data: URLs stay as they are.
 */
export function templateAt(html: string, depth: number): string {
  if (depth === 0) return html;
  const up = '../'.repeat(depth);
  return html.replace(/\b(href|src)="(?![a-z][a-z0-9+.-]*:|\/|#)(?:\.\/)?([^"]*)"/gi, `$1="${up}$2"`);
}
