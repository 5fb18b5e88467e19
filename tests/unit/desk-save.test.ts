import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSourceTexts } from '../../scripts/data/read-sources';
import { checkDraft, isSaveRequest, mergedText, saveDraft } from '../../scripts/desk/save';
import { figureFromCandidate, noTexts, type Draft } from '../../src/domain/curate/draft';
import { readArticle } from '../../src/domain/curate/read-article';
import { runDataCheck } from '../../src/domain/data-check';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { repoRoot, sourcesDir } from './dataset-fixture';

/**
 * The desk's save on the server: into a copy of data/, the article into data/articles/, the dataset
 * written, checked and renamed into place; a refused save leaves every file as it was.
 */

const article = readFileSync(join(repoRoot, 'tests/fixtures/curate/desk-article.ru.txt'), 'utf8');
let root: string;
const paths = () => ({ dataRoot: root, sourcesFolder: sourcesDir });
const datasetFile = () => join(root, 'data/dataset.json');

function draft(): Draft {
  const parsed = parseDatasetText(readFileSync(datasetFile(), 'utf8'));
  if (!parsed.ok) throw new Error('does not load');
  const taken = new Set(parsed.dataset.figures.map((f) => f.id));
  const candidates = readArticle({
    text: article,
    lang: 'ru',
    date: '2026-03-10',
    indicators: parsed.dataset.indicators,
  });
  const figures = candidates.map((c, i) => figureFromCandidate(c, i, `f${i}`, 'ru', taken));
  figures[0]!.translation = { en: 'Last year 64 thousand TEU were carried', ru: '', kk: 'Өткен жылы 64 мың TEU' };
  figures[1]!.translation = { en: 'to 100 thousand TEU by 2028', ru: '', kk: '2028 жылға қарай 100 мың TEU' };
  return {
    source: {
      id: 's-test-wire-2026-03-10',
      document: '2026-03-10-test-wire.txt',
      url: 'https://example.org/news/1',
      outlet: 'Test Wire',
      title: noTexts(),
      published: '2026-03-10',
      event: { en: 'Briefing', ru: 'Брифинг', kk: 'Брифинг' },
      eventDate: '2026-03-10',
      place: noTexts(),
      speaker: noTexts(),
      speakerRole: noTexts(),
      language: 'ru',
    },
    indicators: [],
    figures,
    updated: '2026-03-10',
  };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'goalpost-desk-save-'));
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('saving the desk’s draft', () => {
  it('writes the article and the dataset, which then passes data:check; the rest of the file is as it was', async () => {
    const before = readFileSync(datasetFile(), 'utf8');
    const result = await saveDraft(paths(), { draft: draft(), text: article });
    expect(result).toMatchObject({
      ok: true,
      summary: expect.stringMatching(/^data:check: 53 figures, 11 indicators, 19 sources — OK$/),
    });
    expect(readFileSync(join(root, 'data/articles/2026-03-10-test-wire.txt'), 'utf8')).toBe(article);
    const after = readFileSync(datasetFile(), 'utf8');
    const check = runDataCheck({ datasetText: after, sources: readSourceTexts(sourcesDir, root)! });
    expect(check.ok, check.summary).toBe(true);
    // only the date changed, and records were added at the ends of their lists: every line of the
    // old file is still there, in order
    const oldLines = before.split('\n').filter((l) => !l.includes('"updated"'));
    const newLines = after.split('\n');
    let at = 0;
    for (const line of oldLines) {
      const found = newLines.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    expect(after).toContain('"updated": "2026-03-10"');
    // no temporary file left behind
    expect(readdirSync(join(root, 'data')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a draft the checks refuse, and leaves every file as it was', async () => {
    const before = readFileSync(datasetFile(), 'utf8');
    const bad = draft();
    bad.figures[0]!.quote = `${bad.figures[0]!.quote}!`;
    const result = await saveDraft(paths(), { draft: bad, text: article });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ where: 'figure:f0', field: 'quote' });
    expect(readFileSync(datasetFile(), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'data/articles'))).toBe(false);
  });

  it('refuses an article named like another text, and one whose checks only the server can run', async () => {
    const before = readFileSync(datasetFile(), 'utf8');
    const clash = draft();
    clash.source.document = '000_47275f1646ad4bae.txt';
    const result = await checkDraft(paths(), { draft: clash, text: article });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          where: 'source',
          field: 'document',
          message: 'another text is already called 000_47275f1646ad4bae.txt: choose another name',
        },
      ],
    });
    // a working copy that does not pass its checks is not saved over
    const good = draft();
    writeFileSync(datasetFile(), before.replace('"schemaVersion": 2', '"schemaVersion": "two"'));
    const broken = await saveDraft(paths(), { draft: good, text: article });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems[0]!.message).toMatch(/^data\/dataset\.json does not pass data:check as it is/);
  });

  it('a second save of the same draft is refused by the ids it already wrote', async () => {
    expect((await saveDraft(paths(), { draft: draft(), text: article })).ok).toBe(true);
    const saved = readFileSync(datasetFile(), 'utf8');
    const again = await saveDraft(paths(), { draft: draft(), text: article });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problems.map((p) => p.message)).toContain('duplicate id "s-test-wire-2026-03-10"');
    expect(readFileSync(datasetFile(), 'utf8')).toBe(saved);
  });

  it('takes only a desk request', async () => {
    expect(isSaveRequest({ draft: draft(), text: article })).toBe(true);
    expect(isSaveRequest({ text: article })).toBe(false);
    expect(isSaveRequest({ draft: { ...draft(), figures: 'all' }, text: article })).toBe(false);
    expect(isSaveRequest(null)).toBe(false);
  });

  it('formats the merged file as npm run format would', async () => {
    const text = await mergedText(readFileSync(datasetFile(), 'utf8'), draft(), datasetFile());
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(datasetFile())) ?? {};
    expect(await prettier.check(text, { ...config, filepath: datasetFile() })).toBe(true);
  });
});
