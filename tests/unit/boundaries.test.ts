import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './dataset-fixture';

// The layer rules of .dependency-cruiser.cjs, run by the real tool on small trees with one planted
// violation each: a rule that cannot fail protects nothing.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cruise(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-deps-'));
  dirs.push(dir);
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' } }),
  );
  const clean = {
    'src/domain/model.ts': 'export const x = 1;',
    'src/lib/format.ts': "import { x } from '../domain/model';\nexport const f = () => x;",
    'src/components/card.tsx': "import { f } from '../lib/format';\nexport const C = () => f();",
    'src/features/a/page.tsx': "import { C } from '../../components/card';\nexport const P = () => C();",
    'src/features/b/page.tsx': "import { x } from '../../domain/model';\nexport const Q = () => x;",
    'src/app/app.tsx':
      "import { P } from '../features/a/page';\nimport { Q } from '../features/b/page';\nexport const A = () => [P(), Q()];",
    'src/app/prerender-entry.tsx': "import { A } from './app';\nexport const render = () => A();",
    'scripts/build.ts':
      "import { f } from '../src/lib/format';\nimport type * as E from '../src/app/prerender-entry';\nexport const b = (e: typeof E) => [f(), e];",
  };
  for (const [path, text] of Object.entries({ ...clean, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      'scripts',
      '--config',
      join(repoRoot, '.dependency-cruiser.cjs'),
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('layer boundaries (dependency-cruiser)', () => {
  it('passes a tree that keeps the layers', { timeout: 30_000 }, () => {
    const r = cruise({});
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.status).toBe(0);
  });

  it.each([
    [
      'feature-to-other-feature',
      { 'src/features/b/page.tsx': "import { P } from '../../features/a/page';\nexport const Q = () => P();" },
    ],
    ['domain-is-pure', { 'src/domain/model.ts': "import { useState } from 'react';\nexport const x = useState;" }],
    [
      'lib-below-components',
      { 'src/lib/format.ts': "import { C } from '../components/card';\nexport const f = () => C;" },
    ],
    [
      'components-below-features',
      { 'src/components/card.tsx': "import { Q } from '../features/b/page';\nexport const C = () => Q;" },
    ],
    ['feature-to-app', { 'src/features/b/page.tsx': "import { A } from '../../app/app';\nexport const Q = () => A;" }],
    [
      'layout-draws-nothing',
      {
        'src/lib/chart-layout/layout.ts': "import { f } from '../format';\nexport const l = () => f();",
      },
    ],
    [
      'build-draws-from-lib',
      { 'scripts/pictures.ts': "import { C } from '../src/components/card';\nexport const p = () => C();" },
    ],
    [
      'no-cycles',
      {
        'src/lib/p.ts': "import { q } from './q';\nexport const p = () => q;",
        'src/lib/q.ts': "import { p } from './p';\nexport const q = () => p;",
      },
    ],
  ])('fails on a planted %s violation', { timeout: 30_000 }, (rule, files) => {
    const r = cruise(files);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain(`error ${rule}:`);
  });
});
