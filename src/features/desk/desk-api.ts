import type { Draft, DraftProblem } from '../../domain/curate/draft';
import type { Dataset } from '../../domain/dataset-schema';
import { parseDatasetText } from '../../domain/parse-dataset';

/** The desk's dev-server routes (scripts/desk/desk-plugin.ts). */

export interface WorkingCopy {
  dataset: Dataset;
  /** every document name already taken (the shared sources and data/articles/) */
  documents: string[];
}

export async function fetchWorkingCopy(): Promise<WorkingCopy> {
  let res: Response;
  try {
    res = await fetch('/__desk/state', { cache: 'no-store' });
  } catch {
    throw new Error('The dev server does not answer. The desk works under `npm start` only.');
  }
  if (res.status === 404)
    throw new Error('This server has no desk: open the desk from `npm start` (the published build has none).');
  const body = (await res.json().catch(() => null)) as {
    dataset?: string;
    documents?: string[];
    error?: string;
  } | null;
  if (!res.ok || !body?.dataset) throw new Error(body?.error ?? `The dev server answered ${res.status}.`);
  const parsed = parseDatasetText(body.dataset);
  if (!parsed.ok)
    throw new Error(
      `data/dataset.json does not pass its checks (${parsed.problems.length} problems): run npm run data:check and fix it first.`,
    );
  return { dataset: parsed.dataset, documents: body.documents ?? [] };
}

export type SaveAnswer = { ok: true; summary: string } | { ok: false; problems: DraftProblem[] };

/** Sends the draft to be checked (`check`) or checked and written (`save`); a failure is an answer, not a throw. */
export async function sendDraft(route: 'check' | 'save', draft: Draft, text: string): Promise<SaveAnswer> {
  let res: Response;
  try {
    res = await fetch(`/__desk/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft, text }),
    });
  } catch {
    return {
      ok: false,
      problems: [{ where: 'dataset', field: '', message: 'The dev server does not answer: nothing was saved.' }],
    };
  }
  const body = (await res.json().catch(() => null)) as SaveAnswer | null;
  if (!body || typeof body.ok !== 'boolean')
    return {
      ok: false,
      problems: [{ where: 'dataset', field: '', message: `The dev server answered ${res.status}: nothing was saved.` }],
    };
  return body;
}
