import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './dataset-fixture';

const dir = mkdtempSync(join(tmpdir(), 'goalpost-build-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(out: string, cache: string, threads = 1): string {
  return execFileSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      GOALPOST_DATA_ROOT: dir,
      GOALPOST_OUT: join(dir, out),
      GOALPOST_BUILD_CACHE: cache,
      GOALPOST_PRERENDER_THREADS: String(threads),
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function files(root: string): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else all.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return all;
}

describe('a rebuild takes from the last build only what did not change', () => {
  it('after one figure changed, draws only its indicator’s pages and pictures again, and builds exactly what a build from scratch builds on two threads', () => {
    cpSync(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
    const cache = join(dir, 'cache');
    build('first', cache);
    const path = join(dir, 'data/dataset.json');
    const ds = JSON.parse(readFileSync(path, 'utf8')) as { figures: { id: string; value: number | null }[] };
    ds.figures.find((f) => f.id === 'kz-ots-trade-2022')!.value = 13.1;
    writeFileSync(path, JSON.stringify(ds, null, 2));

    const log = build('again', cache);
    // one indicator: its page, its embed and its scenario page, in three languages; its pictures in three
    expect(log).toMatch(/indicators' pages: 9 drawn, \d+ unchanged/);
    expect(log).toMatch(/indicators' pictures: 3 drawn, \d+ unchanged/);
    // from scratch, its pages shared out to two prerendering threads
    expect(build('scratch', 'off', 2)).toMatch(/pages on 2 threads/);
    const again = files(join(dir, 'again'));
    const scratch = files(join(dir, 'scratch'));
    expect([...again.keys()].sort()).toEqual([...scratch.keys()].sort());
    const differ = [...scratch].filter(([file, bytes]) => !again.get(file)!.equals(bytes)).map(([file]) => file);
    expect(differ).toEqual([]);
    // and the change is in them
    expect(readFileSync(join(dir, 'again/view/kz-ots-trade.en.html'), 'utf8')).toContain('13.1');
  }, 180_000);
});
