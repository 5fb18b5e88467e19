/**
 * What a rebuild may take from the last one: pages and pictures kept under the SHA-256 of all they
 * are made from. Every key starts with the build's fingerprint (the code that draws: src/,
 * scripts/build/, the lock file, and the app's own built page, which names its hashed scripts), so a
 * change of code draws everything again, and a change of data draws again only what it reaches: an
 * indicator's pages and pictures are keyed by its part of the dataset (dataset-parts.ts).
 *
 * The cache is `.build/build-cache/` (GOALPOST_BUILD_CACHE moves it; `off` turns it off); entries are
 * written whole and renamed, so a build stopped midway leaves none half-written.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Where the build keeps what a rebuild may reuse (null: nothing kept). */
export function buildCacheDir(root: string): string | null {
  const setting = process.env.GOALPOST_BUILD_CACHE?.trim();
  if (setting === 'off') return null;
  return setting ? setting : join(root, '.build/build-cache');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The build's fingerprint: the code that draws pages and pictures, and the app's built page. */
export function buildFingerprint(root: string, template: string): string {
  const hash = createHash('sha256').update(template);
  for (const file of [
    ...filesUnder(join(root, 'src')),
    ...filesUnder(join(root, 'scripts/build')),
    join(root, 'package-lock.json'),
  ])
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export class BuildCache {
  /** entries reused, and drawn again, by kind */
  readonly counts = new Map<string, { reused: number; drawn: number }>();

  constructor(
    readonly dir: string | null,
    private readonly fingerprint: string,
  ) {}

  key(...inputs: string[]): string {
    const hash = createHash('sha256').update(this.fingerprint);
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex');
  }

  /** Counts from another thread's share of the same build. */
  add(kind: string, c: { reused: number; drawn: number }): void {
    const mine = this.counts.get(kind) ?? { reused: 0, drawn: 0 };
    this.counts.set(kind, { reused: mine.reused + c.reused, drawn: mine.drawn + c.drawn });
  }

  private count(kind: string, reused: boolean) {
    const c = this.counts.get(kind) ?? { reused: 0, drawn: 0 };
    if (reused) c.reused++;
    else c.drawn++;
    this.counts.set(kind, c);
  }

  /** Copies a kept text (a page's HTML) to `target`; false when there is none. */
  copyText(kind: string, key: string, target: string): boolean {
    const path = this.dir && join(this.dir, kind, `${key}.txt`);
    const hit = path !== null && existsSync(path);
    this.count(kind, hit);
    if (hit) copyFileSync(path, target);
    return hit;
  }

  keepText(kind: string, key: string, text: string): void {
    if (!this.dir) return;
    mkdirSync(join(this.dir, kind), { recursive: true });
    atomicWrite(join(this.dir, kind, `${key}.txt`), text);
  }

  /** Files kept together (an indicator's pictures in one language) and what was noted of them, or null. */
  files<T>(kind: string, key: string): { note: T; copyTo: (index: number, target: string) => void } | null {
    const dir = this.dir && join(this.dir, kind, key);
    const hit = dir !== null && existsSync(join(dir, 'note.json'));
    this.count(kind, hit);
    if (!hit) return null;
    return {
      note: JSON.parse(readFileSync(join(dir, 'note.json'), 'utf8')) as T,
      copyTo: (index, target) => copyFileSync(join(dir, String(index)), target),
    };
  }

  keepFiles(kind: string, key: string, note: unknown, sources: string[]): void {
    if (!this.dir) return;
    const final = join(this.dir, kind, key);
    if (existsSync(join(final, 'note.json'))) return;
    const part = `${final}.${process.pid}.tmp`;
    mkdirSync(part, { recursive: true });
    sources.forEach((source, i) => copyFileSync(source, join(part, String(i))));
    writeFileSync(join(part, 'note.json'), JSON.stringify(note));
    try {
      renameSync(part, final);
    } catch {
      // another build kept the same entry first: theirs is the same
    }
  }

  summary(kind: string): string {
    const c = this.counts.get(kind) ?? { reused: 0, drawn: 0 };
    return `${c.drawn} drawn, ${c.reused} unchanged`;
  }
}

function atomicWrite(path: string, text: string) {
  const part = `${path}.${process.pid}.tmp`;
  writeFileSync(part, text);
  renameSync(part, path);
}
