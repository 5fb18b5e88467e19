/**
 * Every page of the app, in every language, has an address that is a file of the build: the path
 * names the page (view, indicator, language), the query holds only the view's options. Addresses
 * here are relative to the app's folder (where index.html is); pages sit in it or one folder down.
 *
 * | page                 | address                                   |
 * | -------------------- | ----------------------------------------- |
 * | front door           | `` (index.html: the overview, in the reader's language) |
 * | overview             | `view/overview.<lang>.html`               |
 * | indicator            | `view/<indicator>.<lang>.html`            |
 * | scenario explorer    | `view/<indicator>.scenario.<lang>.html`   |
 * | sources              | `view/sources.<lang>.html`                |
 * | what changed         | `view/changes.<lang>.html`                |
 * | embed of an indicator| `embed/<indicator>.<lang>.html`           |
 */

export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

export const VIEWS = ['overview', 'indicator', 'scenario', 'sources', 'changes'] as const;
export type View = (typeof VIEWS)[number];

/** Indicator ids that would name another page's file (view/overview.en.html, view/sources.en.html). */
export const RESERVED_IDS = ['overview', 'sources', 'changes'] as const;

export const INDICATOR_ID = /^[a-z0-9-]{1,80}$/;

export interface Page {
  view: View;
  /** the indicator of an indicator or scenario page */
  indicator: string | null;
  lang: Locale;
  embed: boolean;
}

/** What a path says of its page; `lang: null` only for the front door, where the reader's language decides. */
export type PathPage = Omit<Page, 'lang'> & { lang: Locale | null };

/** The page's address relative to the app's folder. */
export function pagePath(p: Page): string {
  if (p.embed && p.view === 'indicator' && p.indicator) return `embed/${p.indicator}.${p.lang}.html`;
  if (p.view === 'sources' || p.view === 'changes') return `view/${p.view}.${p.lang}.html`;
  if (p.view === 'indicator' && p.indicator) return `view/${p.indicator}.${p.lang}.html`;
  if (p.view === 'scenario' && p.indicator) return `view/${p.indicator}.scenario.${p.lang}.html`;
  return `view/overview.${p.lang}.html`;
}

const PAGE_FILE = /^(view|embed)\/([a-z0-9-]{1,80})(\.scenario)?\.(en|ru|kk)\.html$/;

/** The page a path (relative to the app's folder) names, or null when it names none. */
export function readPagePath(path: string): PathPage | null {
  if (path === '' || path === 'index.html') return { view: 'overview', indicator: null, lang: null, embed: false };
  const m = PAGE_FILE.exec(path);
  if (!m || (m[1] === 'embed' && m[3])) return null;
  const [, folder, name, scenario, lang] = m as unknown as [string, string, string, string | undefined, Locale];
  if (folder === 'view' && !scenario && (name === 'overview' || name === 'sources' || name === 'changes'))
    return { view: name, indicator: null, lang, embed: false };
  return { view: scenario ? 'scenario' : 'indicator', indicator: name, lang, embed: folder === 'embed' };
}

/** How many folders below the app's folder a page's file sits (0 or 1). */
export const pageDepth = (path: string) => path.split('?')[0]!.split('/').length - 1;

/** An app-relative address as seen from a page's own folder (the build writes no <base>). */
export function fromPage(pageFile: string, address: string): string {
  const up = '../'.repeat(pageDepth(pageFile));
  return `${up}${address}` || './';
}
