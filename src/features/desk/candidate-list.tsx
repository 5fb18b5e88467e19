import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Candidate } from '../../domain/curate/read-article';
import type { Dataset } from '../../domain/dataset-schema';
import type { Decision } from './desk-store';

/** "about 7 bn USD", "19–23 days", "3 x": the candidate's number as the dataset would record it. */
export function candidateValue(c: Pick<Candidate, 'value' | 'low' | 'high' | 'unit' | 'qualifier'>): string {
  const n = c.value !== null ? String(c.value) : `${c.low}–${c.high}`;
  return `${c.qualifier ? `${c.qualifier} ` : ''}${n} ${c.unit}`;
}

/** When: "2024", "Jan–Sep 2024" as a period string, "by 2030", "in the medium term", or "undated". */
export function candidateWhen(c: Candidate): string {
  if (c.deadline) return `by ${c.deadline}`;
  if (c.horizon) return `“${c.horizon}”`;
  if (c.period) return `${c.period} (${c.periodKind})`;
  return 'no period';
}

const DECISION_WORD: Record<Decision | 'pending', string> = {
  accepted: 'accepted',
  rejected: 'rejected',
  pending: 'not decided',
};

/**
 * The candidates, keyboard first: ↑/↓ (or j/k) move, A accepts, E accepts and opens the figure's
 * form, R rejects, U takes a decision back. Every action is also a button.
 */
export function CandidateList({
  dataset,
  candidates,
  decisions,
  active,
  onSelect,
  onAccept,
  onEdit,
  onReject,
  onUndo,
}: {
  dataset: Dataset;
  candidates: readonly Candidate[];
  decisions: Record<number, Decision>;
  active: number | null;
  onSelect: (i: number) => void;
  onAccept: (i: number) => void;
  onEdit: (i: number) => void;
  onReject: (i: number) => void;
  onUndo: (i: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const names = new Map(dataset.indicators.map((i) => [i.id, i.name.en]));
  // the selected item has the focus while the focus is in the list (a click in the text moves it)
  useEffect(() => {
    if (active === null || !list.current?.contains(document.activeElement)) return;
    const item = list.current.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (item && item !== document.activeElement && !item.contains(document.activeElement)) item.focus();
  }, [active]);

  const onKey = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.target instanceof HTMLElement && e.target.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' '))
      return;
    if (active === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    const go = (i: number) => {
      e.preventDefault();
      const next = Math.max(0, Math.min(candidates.length - 1, i));
      onSelect(next);
      list.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
    };
    if (key === 'arrowdown' || key === 'j') go(active + 1);
    else if (key === 'arrowup' || key === 'k') go(active - 1);
    else if (key === 'home') go(0);
    else if (key === 'end') go(candidates.length - 1);
    else if (key === 'a') {
      e.preventDefault();
      onAccept(active);
      if (active < candidates.length - 1) go(active + 1);
    } else if (key === 'r' || key === 'x') {
      e.preventDefault();
      onReject(active);
      if (active < candidates.length - 1) go(active + 1);
    } else if (key === 'e' || key === 'enter') {
      e.preventDefault();
      onEdit(active);
    } else if (key === 'u') {
      e.preventDefault();
      onUndo(active);
    }
  };

  if (!candidates.length) return <p className="desk-empty">The reading found no figure in this text.</p>;
  const counts = { accepted: 0, rejected: 0, pending: 0 };
  candidates.forEach((_, i) => counts[decisions[i] ?? 'pending']++);
  return (
    <div className="desk-candidates">
      <p className="desk-hint" id="desk-keys">
        {candidates.length} candidates: {counts.accepted} accepted, {counts.rejected} rejected, {counts.pending} not
        decided. Keys: ↑ ↓ move · A accept · E edit · R reject · U undo
      </p>
      <ol ref={list} onKeyDown={onKey} aria-label="Candidates" aria-describedby="desk-keys">
        {candidates.map((c, i) => {
          const decision = decisions[i] ?? 'pending';
          const label = `${c.kind}, ${candidateValue(c)}, ${candidateWhen(c)}: ${DECISION_WORD[decision]}`;
          return (
            <li
              key={i}
              data-index={i}
              className={`desk-candidate ${decision}${i === active ? ' active' : ''}`}
              tabIndex={i === (active ?? 0) ? 0 : -1}
              aria-label={label}
              aria-current={i === active ? 'true' : undefined}
              onFocus={(e) => e.target === e.currentTarget && i !== active && onSelect(i)}
              onClick={() => i !== active && onSelect(i)}
            >
              <span className="desk-candidate-head">
                <span className="desk-kind">{c.kind}</span> <strong>{candidateValue(c)}</strong>{' '}
                <span className="desk-when">{candidateWhen(c)}</span>
                {c.direction && <span className="desk-when"> · {c.direction}</span>}
              </span>
              <span className="desk-series">
                {c.indicator ? `→ ${names.get(c.indicator) ?? c.indicator}` : `new series? “${c.proposal ?? ''}”`}
              </span>
              <span className="desk-decision">{DECISION_WORD[decision]}</span>
              <span className="desk-actions">
                <button type="button" tabIndex={-1} onClick={() => onAccept(i)} disabled={decision === 'accepted'}>
                  Accept
                </button>
                <button type="button" tabIndex={-1} onClick={() => onEdit(i)}>
                  Edit
                </button>
                <button type="button" tabIndex={-1} onClick={() => onReject(i)} disabled={decision === 'rejected'}>
                  Reject
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
