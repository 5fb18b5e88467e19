/**
 * Citations of a chart or of the dataset, in plain text (the reader's language and its citation
 * habits: GOST-style «…» // … for Russian and Kazakh) and BibTeX (biblatex's @online, which keeps
 * the address and the access date).
 */
import type { Locale } from './url-state';

export interface CitationInput {
  /** what is cited: a chart's title, or the dataset's */
  title: string;
  /** the dataset's date (its version) as YYYY-MM-DD */
  version: string;
  /** the permalink: absolute where the public address is known */
  url: string;
  /** the day the reader read it, YYYY-MM-DD */
  accessed: string;
  /** a stable key part, e.g. the indicator id */
  key: string;
  /** the release cited (its number); `version` is then its date and `url` its pinned view */
  release?: number;
  locale: Locale;
}

/** Braces, backslashes and TeX's special characters escaped, so any title survives BibTeX. */
export function escapeBibtex(text: string): string {
  const named: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text.replace(/[\\{}%&#_$~^]/g, (ch) => named[ch] ?? `\\${ch}`);
}

const LANGUAGE = { en: 'english', ru: 'russian', kk: 'kazakh' } as const;

export function bibtex(c: CitationInput): string {
  const key = `goalpost-${c.key}-${c.release ? `release-${c.release}` : c.version}`.replace(/[^A-Za-z0-9-]/g, '-');
  const fields: [string, string][] = [
    ['title', escapeBibtex(c.title)],
    // braces keep Goalpost a corporate author, not a person named "Goalpost"
    ['author', '{Goalpost}'],
    ['organization', 'Goalpost'],
    ['date', c.version],
    ['version', c.release ? String(c.release) : c.version],
    ['url', c.url],
    ['urldate', c.accessed],
    ['langid', LANGUAGE[c.locale]],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@online{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}
