import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of primary source texts: `--sources`, else $GOALPOST_SOURCES, else ../shared/sources. */
export function sourcesDir(root: string, given?: string): string {
  if (given) return resolve(given);
  return process.env.GOALPOST_SOURCES ? resolve(process.env.GOALPOST_SOURCES) : resolve(root, '../shared/sources');
}

/** The source texts by file name, or null when the folder is not there. */
export function readSources(dir: string): Map<string, string> | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) texts.set(name, readFileSync(path, 'utf8'));
  }
  return texts;
}
