import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of primary source texts: `--sources`, else $GOALPOST_SOURCES, else ../shared/sources. */
export function sourcesDir(root: string, given?: string): string {
  if (given) return resolve(given);
  return process.env.GOALPOST_SOURCES ? resolve(process.env.GOALPOST_SOURCES) : resolve(root, '../shared/sources');
}

/** The articles the curator's desk added: `data/articles/` of the data root (the repository, or a copy). */
export function articlesDir(dataRoot: string): string {
  return join(dataRoot, 'data/articles');
}

/** The texts of a folder by file name, or null when the folder is not there. */
export function readSources(dir: string): Map<string, string> | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) texts.set(name, readFileSync(path, 'utf8'));
  }
  return texts;
}

/**
 * Every primary document by file name: the shared sources folder and the articles the desk added
 * (data/articles/). Null when the sources folder is not there; an article named like a shared
 * source is an error (a quote must say which text it is in).
 */
export function readSourceTexts(sourcesFolder: string, dataRoot: string): Map<string, string> | null {
  const shared = readSources(sourcesFolder);
  if (!shared) return null;
  for (const [name, text] of readSources(articlesDir(dataRoot)) ?? []) {
    if (!name.endsWith('.txt')) continue;
    if (shared.has(name))
      throw new Error(`data/articles/${name} has the name of a file in ${sourcesFolder}: rename the article`);
    shared.set(name, text);
  }
  return shared;
}
