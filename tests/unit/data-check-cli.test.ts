import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure, realDataset, repoRoot, sourcesDir } from './dataset-fixture';

/** `npx tsx scripts/data-check.ts …` from the repository root. Slow (a few seconds), so only two. */
function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('npm run data:check', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'goalpost-data-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 and names the broken record', () => {
    const ds = realDataset();
    figure(ds, 'kz-ots-trade-2019').f.value = 7.9;
    const file = join(dir, 'dataset.json');
    writeFileSync(file, JSON.stringify(ds, null, 2));
    const run = runCli(['--data', file, '--sources', sourcesDir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^figures\[\d+\] \(kz-ots-trade-2019\) › value: /m);
    expect(run.stdout).toContain('data:check: 1 problem');
  }, 60_000);

  it('exits 2 when the sources folder (from GOALPOST_SOURCES) is missing', () => {
    const run = runCli([], { GOALPOST_SOURCES: join(dir, 'no-such-folder') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sources folder not found');
  }, 60_000);
});
