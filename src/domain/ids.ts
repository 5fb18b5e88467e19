/** Ids made from names: the curator's new records, the overview's speakers. */

/** Latin letters, digits and hyphens for an id: "Kazinform" → "kazinform". */
export function slug(s: string, max = 40): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** `base`, else `base-2`, `base-3`, … : the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
