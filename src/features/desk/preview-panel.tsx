import { useMemo } from 'react';
import { ConditionalVerdict } from '../../components/goal-status';
import { StaticChart } from '../../components/static-chart';
import type { Draft } from '../../domain/curate/draft';
import { previewDataset, verdictChanges } from '../../domain/curate/preview';
import type { Dataset } from '../../domain/dataset-schema';
import type { GoalStatus } from '../../domain/goal-status';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { VERDICT_SYMBOL } from '../../lib/words/goal-words';
import { viewWords } from '../../lib/words/view-words';

function Verdict({ status }: { status: GoalStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status-${status} desk-verdict`}>
      <span aria-hidden="true">{VERDICT_SYMBOL[status]}</span> {t(`status.${status}` as MessageKey)}
    </span>
  );
}

/**
 * Before saving: each indicator the draft adds to, drawn with the new figures, and its verdict
 * before and after ("No date given → On track"), by the site's own domain code.
 */
export function PreviewPanel({
  dataset,
  draft,
  readingDate,
  labels,
}: {
  dataset: Dataset;
  draft: Draft;
  readingDate: string;
  /** figure key → "Figure 2" */
  labels: Map<string, string>;
}) {
  const { locale, t } = useI18n();
  const preview = useMemo(() => previewDataset(dataset, draft, readingDate), [dataset, draft, readingDate]);
  const changes = useMemo(() => verdictChanges(dataset, preview), [dataset, preview]);
  const names = new Map(preview.dataset.indicators.map((i) => [i.id, i.name.en]));
  return (
    <div className="desk-preview">
      {preview.leftOut.length > 0 && (
        <ul className="desk-left-out">
          {preview.leftOut.map((l) => (
            <li key={l.key}>
              {labels.get(l.key) ?? l.key} is not drawn yet: {l.reason}
            </li>
          ))}
        </ul>
      )}
      {changes.length === 0 && <p className="desk-empty">No figure is ready to draw yet.</p>}
      {changes.map((c) => {
        const added = preview.figures.filter((f) => f.indicator === c.indicator);
        const name = names.get(c.indicator) ?? c.indicator;
        return (
          <section key={c.indicator} className="desk-preview-item" aria-label={`Preview: ${name}`}>
            <h3>{name}</h3>
            <p className="desk-verdict-change" data-indicator={c.indicator}>
              {c.before ? <Verdict status={c.before.assessment.status} /> : <span>not in the record</span>}
              <span aria-label="becomes"> → </span>
              <Verdict status={c.after.assessment.status} />
              {!c.touched && <span className="desk-hint"> (only the dataset’s date moved it)</span>}
            </p>
            <ConditionalVerdict a={c.after.assessment} unit={c.after.figs.indicator.unit} />
            {c.touched && (
              <>
                <p className="desk-hint">
                  Drawn with {added.length} new figure{added.length === 1 ? '' : 's'}:{' '}
                  {added.map((f) => f.id).join(', ')}
                </p>
                <StaticChart
                  model={c.after.model}
                  width={560}
                  height={240}
                  label={`${name}, with the new figures`}
                  labels={viewWords({ view: c.after, locale, t }).labels}
                />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
