/**
 * A location's path split into the app's folder and the page in it: `/goalpost/view/x.en.html` is
 * `/goalpost/` and `view/x.en.html`. The app may be published under any folder; its pages are the
 * only files one folder down, so the folder is what comes before `view/` or `embed/`.
 */
export function splitPathname(pathname: string): { root: string; page: string } {
  const m = /^(.*\/)((?:view|embed)\/[^/]*)$/.exec(pathname);
  if (m) return { root: m[1]!, page: m[2]! };
  const slash = pathname.lastIndexOf('/');
  return { root: pathname.slice(0, slash + 1) || '/', page: pathname.slice(slash + 1) };
}

/**
 * The app's folder as a path from the host's root, e.g. `/graphics/goalpost/` (`./` at build time,
 * where there is no window). Read from the location's path, which names the page below it: pages
 * carry no <base>, so every address the app makes is resolved from here, not from the page.
 */
export const appFolder = (): string =>
  typeof window === 'undefined' ? './' : splitPathname(window.location.pathname).root;

/** The app's folder as an absolute address (null at build time). */
export const appRoot = (): URL | null =>
  typeof window === 'undefined' ? null : new URL(appFolder(), window.location.origin);

/** An address relative to the app's folder, resolved: absolute in the browser, as given at build time. */
export const fromAppRoot = (relative: string): string => {
  const root = appRoot();
  return root ? new URL(relative || './', root).href : relative || './';
};
