import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReleaseIndex } from '../../scripts/data/releases';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { diffReleases, releaseProblemText, stampRelease, type ReleaseIndex } from '../../src/domain/releases';
import { figure, repoRoot, sourcesDir } from './dataset-fixture';

const index = JSON.parse(readFileSync(join(repoRoot, 'data/releases/index.json'), 'utf8')) as ReleaseIndex;
const releaseText = (file: string) => readFileSync(join(repoRoot, 'data/releases', file), 'utf8');
function load(text: string): Dataset {
  const parsed = parseDatasetText(text);
  if (!parsed.ok) throw new Error(`does not load: ${parsed.problems.length} problems`);
  return parsed.dataset;
}
const release = (id: number) => load(releaseText(`${id}.json`));
const copy = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d)) as Dataset;

describe('the committed releases', () => {
  it('are numbered in order, dated in order, and each is the file its hash names (a release is never edited)', () => {
    expect(index.releases.map((r) => r.id)).toEqual(index.releases.map((_, i) => i + 1));
    const dates = index.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    for (const r of index.releases) {
      expect(createHash('sha256').update(releaseText(r.file)).digest('hex'), `data/releases/${r.file}`).toBe(r.sha256);
      expect(load(releaseText(r.file)).updated).toBe(r.date);
      for (const lang of ['en', 'ru', 'kk'] as const) expect(r.note[lang].length).toBeGreaterThan(10);
    }
  });

  it('are never modified or deleted once committed (git history)', (ctx) => {
    const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' });
    if (git.status !== 0) return ctx.skip(); // not a git checkout: the hashes above still hold the files
    const touched = execFileSync(
      'git',
      ['log', '--diff-filter=MDR', '--format=%h %s', '--', 'data/releases/[0-9]*.json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(touched.trim(), 'commits that changed or removed a release').toBe('');
  });

  it('the working copy is the last release: what the build publishes has been released', () => {
    const last = index.releases.at(-1)!;
    expect(readFileSync(join(repoRoot, 'data/dataset.json'), 'utf8'), 'run npm run data:release').toBe(
      releaseText(last.file),
    );
  });

  it('record the first publication (v1) and the corrections of the second, each with its reason', () => {
    const { changes, problems } = diffReleases(release(1), release(2));
    expect(problems).toEqual([]);
    const corrected = changes.filter((c) => c.kind === 'corrected');
    expect(corrected.map((c) => c.id).sort()).toEqual(
      [
        'ca-intra-trade-2023-09-nurtleu',
        'ca-intra-trade-change-akorda',
        'ca-intra-trade-change-nurtleu',
        'china-europe-transit-2020',
        'kz-ca-trade-change-2016-2021',
        'kz-ots-trade-2025-baq',
        'titr-cargo-2023',
        'titr-cargo-forecast-2030-world-bank',
      ].sort(),
    );
    for (const c of corrected) for (const lang of ['en', 'ru', 'kk'] as const) expect(c.reason?.[lang]).toBeTruthy();
    const almost = corrected.find((c) => c.id === 'titr-cargo-2023')!;
    expect(almost.fields.find((f) => f.field === 'qualifier')).toEqual({
      field: 'qualifier',
      old: 'about',
      new: 'almost',
    });
    const span = corrected.find((c) => c.id === 'china-europe-transit-2020')!;
    expect(span.fields.filter((f) => f.field.startsWith('period'))).toEqual([
      { field: 'period', old: '2020', new: '2020-12' },
      { field: 'periodKind', old: 'year', new: 'as-of' },
    ]);
    // nothing added or taken away between the two: the rest is wording (translations, notes)
    expect(changes.filter((c) => c.kind === 'added' || c.kind === 'retracted')).toEqual([]);
    expect(changes.filter((c) => c.kind === 'edited').length).toBeGreaterThan(20);
    // release 2 carries each correction's date and what the figure was
    expect(figure(release(2), 'titr-cargo-2023').f.correction).toMatchObject({
      date: '2026-12-01',
      was: { qualifier: 'about' },
    });
  });
});

describe('changes between releases are named, never silent', () => {
  const base = stampRelease(release(2), null, '2026-12-01');

  it('refuses a figure whose facts changed with no new correction note, naming the record and the field', () => {
    const next = copy(base);
    figure(next, 'kz-ots-trade-2019').f.value = 7.9;
    figure(next, 'kz-transit-2023').f.period = '2023-10';
    const { problems } = diffReleases(base, next);
    expect(problems.map(releaseProblemText)).toEqual([
      'figures (kz-ots-trade-2019): value: changed without a correction note: write "correction": { "note": { "en", "ru", "kk" } } on the figure saying why',
      'figures (kz-transit-2023): period: changed without a correction note: write "correction": { "note": { "en", "ru", "kk" } } on the figure saying why',
    ]);
    // an earlier correction's note does not cover a new change
    const again = copy(base);
    figure(again, 'titr-cargo-2023').f.value = 2.9;
    expect(diffReleases(base, again).problems.map((p) => p.field)).toEqual(['value']);
  });

  it('refuses a figure that vanished or changed its id, a record deleted, and an undone retraction', () => {
    const next = copy(base);
    figure(next, 'kz-ots-trade-2019').f.id = 'kz-ots-trade-2019b';
    next.figures = next.figures.filter((f) => f.id !== 'kz-transit-2023');
    next.sources = next.sources.filter((s) => s.id !== 'c-baq-2026-02-20');
    const { problems, changes } = diffReleases(base, next);
    expect(problems.map((p) => `${p.record} ${p.field}`)).toEqual([
      'figures (kz-ots-trade-2019) id',
      'figures (kz-transit-2023) id',
      'sources (c-baq-2026-02-20) id',
    ]);
    expect(changes.find((c) => c.id === 'kz-ots-trade-2019b')?.kind).toBe('added');
  });

  it('records a correction with its fields and reason, a retraction with its reason, wording as an edit', () => {
    const next = copy(base);
    const why = { en: 'The report says 7.9.', ru: 'В сообщении — 7,9.', kk: 'Хабарламада — 7,9.' };
    Object.assign(figure(next, 'kz-ots-trade-2019').f, { value: 7.9, correction: { note: why } });
    figure(next, 'kz-transit-2023').f.retracted = { note: why };
    figure(next, 'kz-ots-trade-2010').f.note = { en: 'Reworded.', ru: 'Иначе.', kk: 'Басқаша.' };
    const { changes, problems } = diffReleases(base, next);
    expect(problems).toEqual([]);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'corrected',
          id: 'kz-ots-trade-2019',
          indicator: 'kz-ots-trade',
          fields: [{ field: 'value', old: 7.8, new: 7.9 }],
          reason: why,
        }),
        expect.objectContaining({ kind: 'retracted', id: 'kz-transit-2023', reason: why }),
        expect.objectContaining({ kind: 'edited', id: 'kz-ots-trade-2010', reason: null }),
      ]),
    );
    const stamped = stampRelease(next, base, '2026-12-10');
    expect(figure(stamped, 'kz-ots-trade-2019').f.correction).toEqual({
      note: why,
      date: '2026-12-10',
      was: { value: 7.8 },
    });
    expect(figure(stamped, 'kz-transit-2023').f.retracted).toEqual({ note: why, date: '2026-12-10' });
    // an old correction keeps its date when nothing new is said about it
    expect(figure(stamped, 'titr-cargo-2023').f.correction?.date).toBe('2026-12-01');
    expect(stamped.updated).toBe('2026-12-10');
  });
});

describe('npm run data:release', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'goalpost-release-'));
    cpSync(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/data-release.ts', '--sources', sourcesDir, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GOALPOST_DATA_ROOT: dir },
      timeout: 60_000,
    });
  const working = () => load(readFileSync(join(dir, 'data/dataset.json'), 'utf8'));
  const write = (d: Dataset) => writeFileSync(join(dir, 'data/dataset.json'), JSON.stringify(d, null, 2));

  it('publishes a correction as the next release, stamped, and refuses an unnamed one with one line', () => {
    const before = readFileSync(join(dir, 'data/dataset.json'), 'utf8');
    const ds = working();
    figure(ds, 'kz-ots-trade-2025-baq').f.value = 12;
    write(ds);
    const refused = run('--date', '2026-12-07');
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(
      'figures (kz-ots-trade-2025-baq): value: changed without a correction note: write "correction": { "note": { "en", "ru", "kk" } } on the figure saying why',
    );
    const published = readReleaseIndex(dir).releases;
    const next = published.length + 1;
    expect(existsSync(join(dir, `data/releases/${next}.json`))).toBe(false);

    figure(ds, 'kz-ots-trade-2025-baq').f.correction = {
      note: {
        en: 'BAQ.KZ corrected its report.',
        ru: 'BAQ.KZ исправил сообщение.',
        kk: 'BAQ.KZ хабарламасын түзетті.',
      },
    };
    write(ds);
    const ok = run('--date', '2026-12-07');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`release ${next} (2026-12-07)`);
    expect(ok.stdout).toContain('Corrected: 1 figure.');
    const idx = JSON.parse(readFileSync(join(dir, 'data/releases/index.json'), 'utf8')) as ReleaseIndex;
    expect(idx.releases.map((r) => r.id)).toEqual([...published.map((r) => r.id), next]);
    expect(idx.releases.at(-1)!.note.ru).toBe('Исправлено: 1 цифра.');
    const written = readFileSync(join(dir, `data/releases/${next}.json`), 'utf8');
    expect(createHash('sha256').update(written).digest('hex')).toBe(idx.releases.at(-1)!.sha256);
    expect(readFileSync(join(dir, 'data/dataset.json'), 'utf8')).toBe(written);
    expect(figure(working(), 'kz-ots-trade-2025-baq').f.correction).toMatchObject({
      date: '2026-12-07',
      was: { value: 11.9 },
    });
    expect(before).not.toBe(written);

    const again = run('--date', '2026-12-08');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`nothing changed since release ${next} (2026-12-07)`);
  }, 120_000);
});
