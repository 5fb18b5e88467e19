/**
 * The desk's save, on the server side: the curator's draft merged into the working copy
 * (data/dataset.json) and its article into data/articles/, checked with everything `data:check`
 * checks, and written atomically: each file to a temporary name, the dataset read back and checked
 * again, then renamed into place. A save that fails at any step leaves both files as they were.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import * as prettier from 'prettier';
import { draftRecords, type Draft, type DraftProblem } from '../../src/domain/curate/draft';
import { draftProblems, placeProblem } from '../../src/domain/curate/draft-problems';
import { runDataCheck } from '../../src/domain/data-check';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { articlesDir, readSourceTexts } from '../data/read-sources';

export interface SaveRequest {
  draft: Draft;
  /** the article's text, exactly as the curator pasted or opened it */
  text: string;
}

export type SaveResult =
  { ok: true; summary: string; dataset: string; article: string } | { ok: false; problems: DraftProblem[] };

export interface DeskPaths {
  /** the folder data/ is in: the repository, or GOALPOST_DATA_ROOT */
  dataRoot: string;
  /** the shared sources folder */
  sourcesFolder: string;
}

const datasetFile = (p: DeskPaths) => join(p.dataRoot, 'data/dataset.json');

/** Whether a body is a save request at all (the desk sends one; anything else is refused). */
export function isSaveRequest(body: unknown): body is SaveRequest {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  const d = b.draft as Record<string, unknown> | undefined;
  return (
    typeof b.text === 'string' &&
    typeof d === 'object' &&
    d !== null &&
    typeof d.source === 'object' &&
    Array.isArray(d.figures) &&
    Array.isArray(d.indicators) &&
    typeof d.updated === 'string'
  );
}

/**
 * The working copy's text with the draft's records appended to its lists (and its date set), the
 * rest of the file exactly as it was: the curator's own formatting is kept, and a diff shows only
 * what the desk added. Prettier then formats the file as `npm run format` would.
 */
export async function mergedText(current: string, draft: Draft, path: string): Promise<string> {
  const records = draftRecords(draft);
  const options = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  let text = current;
  const append = (list: string, value: unknown) => {
    text = applyEdits(text, modify(text, [list, -1], value, { ...options, isArrayInsertion: true }));
  };
  append('sources', records.source);
  for (const r of records.indicators) append('indicators', r);
  for (const r of records.figures) append('figures', r);
  if (draft.updated.trim()) text = applyEdits(text, modify(text, ['updated'], draft.updated.trim(), options));
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...config, filepath: path });
}

/** Checks a draft against the working copy and every source document, without writing anything. */
export async function checkDraft(paths: DeskPaths, req: SaveRequest): Promise<SaveResult & { next?: string }> {
  const path = datasetFile(paths);
  const current = readFileSync(path, 'utf8');
  const parsed = parseDatasetText(current);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          where: 'dataset',
          field: '',
          message: `data/dataset.json does not pass data:check as it is (${parsed.problems.length} problems): fix it first`,
        },
      ],
    };
  const own = draftProblems(parsed.dataset, req.draft, req.text);
  if (own.length) return { ok: false, problems: own };

  let texts: Map<string, string> | null;
  try {
    texts = readSourceTexts(paths.sourcesFolder, paths.dataRoot);
  } catch (e) {
    return { ok: false, problems: [{ where: 'dataset', field: '', message: (e as Error).message }] };
  }
  if (!texts)
    return {
      ok: false,
      problems: [{ where: 'dataset', field: '', message: `the sources folder is not there: ${paths.sourcesFolder}` }],
    };
  const name = req.draft.source.document.trim();
  const existing = texts.get(name);
  if (existing !== undefined && existing !== req.text)
    return {
      ok: false,
      problems: [
        { where: 'source', field: 'document', message: `another text is already called ${name}: choose another name` },
      ],
    };
  texts.set(name, req.text);
  const next = await mergedText(current, req.draft, path);
  const check = runDataCheck({ datasetText: next, sources: texts });
  if (!check.ok) {
    const records = draftRecords(req.draft);
    return { ok: false, problems: check.problems.map((p) => placeProblem(p, req.draft, records)) };
  }
  return { ok: true, summary: check.summary, dataset: path, article: join(articlesDir(paths.dataRoot), name), next };
}

/** Checks, then writes the article and the dataset (write, check, rename); nothing changes on failure. */
export async function saveDraft(paths: DeskPaths, req: SaveRequest): Promise<SaveResult> {
  const checked = await checkDraft(paths, req);
  if (!checked.ok || checked.next === undefined) return checked;
  const { next, ...result } = checked;
  const dataset = result.dataset;
  const article = result.article;
  const stamp = `${process.pid}-${Date.now()}`;
  const tmpDataset = `${dataset}.${stamp}.tmp`;
  const tmpArticle = `${article}.${stamp}.tmp`;
  const articleIsNew = !existsSync(article);
  let articlePlaced = false;
  try {
    mkdirSync(articlesDir(paths.dataRoot), { recursive: true });
    if (articleIsNew) writeFileSync(tmpArticle, req.text, 'utf8');
    writeFileSync(tmpDataset, next, 'utf8');
    // read back what is on disk, and check it as data:check will
    const texts = readSourceTexts(paths.sourcesFolder, paths.dataRoot) ?? new Map<string, string>();
    texts.set(req.draft.source.document.trim(), articleIsNew ? readFileSync(tmpArticle, 'utf8') : req.text);
    const again = runDataCheck({ datasetText: readFileSync(tmpDataset, 'utf8'), sources: texts });
    if (!again.ok) throw new Error(`the written file does not pass data:check: ${again.summary}`);
    if (articleIsNew) {
      renameSync(tmpArticle, article);
      articlePlaced = true;
    }
    renameSync(tmpDataset, dataset);
    return result;
  } catch (e) {
    rmSync(tmpDataset, { force: true });
    rmSync(tmpArticle, { force: true });
    if (articlePlaced) rmSync(article, { force: true });
    return { ok: false, problems: [{ where: 'dataset', field: '', message: `not saved: ${(e as Error).message}` }] };
  }
}
