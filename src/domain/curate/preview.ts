import {
  figureSchema,
  indicatorSchema,
  sourceSchema,
  type Dataset,
  type Figure,
  type Indicator,
  type Source,
} from '../dataset-schema';
import { indicatorView, type IndicatorView } from '../indicator-view';
import { draftRecords, type Draft } from './draft';

/**
 * The dataset as it will be once the draft is saved, for the desk's preview, while the draft is
 * still being written: a text not yet translated stands in as "…", so the chart and the verdict
 * can be seen before every field is filled. A figure whose numbers or dates do not pass their
 * schema yet is left out, with why. The verdicts come from the same `indicatorView` the site uses.
 */

const PLACEHOLDER = '…';

/** Fills every empty text of a record's three-language fields (and a quote's translation) with "…". */
function withPlaceholders(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && ('en' in v || 'ru' in v || 'kk' in v)) {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, string>).map(([l, t]) => [l, t && t.trim() ? t : PLACEHOLDER]),
      );
    } else out[k] = v === '' ? PLACEHOLDER : v;
  }
  return out;
}

export interface PreviewLeftOut {
  key: string;
  reason: string;
}

export interface DraftPreview {
  dataset: Dataset;
  /** the figures of the draft that are drawn */
  figures: Figure[];
  leftOut: PreviewLeftOut[];
}

export function previewDataset(dataset: Dataset, draft: Draft, readingDate: string): DraftPreview {
  const records = draftRecords(draft);
  const src = withPlaceholders(records.source);
  if (!src.eventDate || src.eventDate === PLACEHOLDER) src.eventDate = readingDate;
  if (!src.id || src.id === PLACEHOLDER) src.id = 'draft-source';
  const parsedSource = sourceSchema.safeParse({ ...src, document: src.document === PLACEHOLDER ? null : src.document });
  const source: Source = parsedSource.success
    ? parsedSource.data
    : {
        id: String(src.id),
        tier: 'primary',
        document: null,
        outlet: null,
        title: null,
        published: null,
        event: { en: PLACEHOLDER, ru: PLACEHOLDER, kk: PLACEHOLDER },
        eventDate: /^\d{4}-\d{2}-\d{2}$/.test(String(src.eventDate)) ? String(src.eventDate) : readingDate,
        place: null,
        speaker: null,
        speakerRole: null,
        language: draft.source.language,
      };
  const indicators: Indicator[] = [];
  for (const r of records.indicators) {
    const p = indicatorSchema.safeParse(withPlaceholders(r));
    if (p.success) indicators.push(p.data);
  }
  const known = new Set([...dataset.indicators, ...indicators].map((i) => i.id));
  const figures: Figure[] = [];
  const leftOut: PreviewLeftOut[] = [];
  records.figures.forEach((r, i) => {
    const key = draft.figures[i]!.key;
    const p = figureSchema.safeParse({ ...withPlaceholders(r), source: source.id });
    if (!r.indicator) leftOut.push({ key, reason: 'no indicator chosen' });
    else if (!p.success) {
      const issue = p.error.issues[0]!;
      leftOut.push({ key, reason: `${issue.path.join('.') || 'figure'}: ${issue.message}` });
    } else if (!known.has(p.data.indicator)) leftOut.push({ key, reason: 'no indicator chosen' });
    else figures.push(p.data);
  });
  return {
    dataset: {
      ...dataset,
      updated: /^\d{4}-\d{2}-\d{2}$/.test(draft.updated.trim()) ? draft.updated.trim() : dataset.updated,
      sources: [...dataset.sources, source],
      indicators: [...dataset.indicators, ...indicators],
      figures: [...dataset.figures, ...figures],
    },
    figures,
    leftOut,
  };
}

export interface VerdictChange {
  indicator: string;
  before: IndicatorView | null;
  after: IndicatorView;
  /** whether the draft adds figures to it (else only the dataset's date moved its verdict) */
  touched: boolean;
}

/**
 * Each indicator the draft adds figures to, before and after; and any other whose verdict moves
 * only because the dataset's date does (a deadline passing between the two dates).
 */
export function verdictChanges(before: Dataset, preview: DraftPreview): VerdictChange[] {
  const touched = new Set(preview.figures.map((f) => f.indicator));
  const out: VerdictChange[] = [];
  for (const ind of preview.dataset.indicators) {
    const after = indicatorView(preview.dataset, ind.id);
    if (!after) continue;
    const was = indicatorView(before, ind.id);
    if (touched.has(ind.id) || (was && was.assessment.status !== after.assessment.status))
      out.push({ indicator: ind.id, before: was, after, touched: touched.has(ind.id) });
  }
  return out;
}
