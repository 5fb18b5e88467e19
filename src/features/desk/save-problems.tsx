import type { DraftProblem } from '../../domain/curate/draft';

/** Moves the focus to a field of a record of the draft (after React has drawn it). */
export function focusField(where: string, field: string) {
  requestAnimationFrame(() => {
    const scope =
      where === 'source'
        ? document.getElementById('desk-source')
        : where.startsWith('figure:')
          ? document.querySelector(`[data-figure="${where.slice(7)}"]`)
          : where.startsWith('indicator:')
            ? document.querySelector(`[data-indicator-form="${where.slice(10)}"]`)
            : null;
    const target =
      scope?.querySelector<HTMLElement>(`[data-field="${field}"]`) ??
      scope?.querySelector<HTMLElement>(`[data-field^="${field}."]`) ??
      scope?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      scope?.querySelector<HTMLElement>('input, select, textarea') ??
      document.getElementById('desk-save-problems');
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  });
}

/** What stops the save, each a link to the field at fault (or "in order" when nothing does). */
export function SaveProblems({
  problems,
  figureLabels,
  indicatorLabels,
}: {
  problems: DraftProblem[];
  figureLabels: Map<string, string>;
  indicatorLabels: Map<string, string>;
}) {
  const recordLabel = (where: string) =>
    where === 'source'
      ? 'Source'
      : where.startsWith('figure:')
        ? (figureLabels.get(where.slice(7)) ?? 'A figure')
        : where.startsWith('indicator:')
          ? (indicatorLabels.get(where.slice(10)) ?? 'A new indicator')
          : 'Dataset';
  return problems.length > 0 ? (
    <div id="desk-save-problems" tabIndex={-1} className="desk-save-problems">
      <p>
        {problems.length} thing{problems.length === 1 ? '' : 's'} to fix before saving:
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <button type="button" className="desk-link" onClick={() => focusField(p.where, p.field)}>
              {recordLabel(p.where)}
              {p.field ? ` › ${p.field}` : ''}
            </button>
            : {p.message}
          </li>
        ))}
      </ul>
    </div>
  ) : (
    <p className="desk-complete">Everything the checks can see here is in order.</p>
  );
}
