import { useEffect, useMemo, useRef } from 'react';
import type { Candidate } from '../../domain/curate/read-article';
import { articleSpans } from '../../domain/curate/text';
import type { Decision } from './desk-store';

interface Segment {
  start: number;
  end: number;
  /** the candidate whose number this is */
  number: number | null;
  /** whether it is inside some candidate's quote */
  quoted: boolean;
  /** whether it is the article (not the page's furniture) */
  article: boolean;
}

/** The text cut where any quote, number or furniture begins or ends. */
export function segmentsOf(text: string, candidates: readonly Candidate[]): Segment[] {
  const spans = articleSpans(text);
  const cuts = new Set<number>([0, text.length]);
  for (const c of candidates) [c.start, c.end, c.number.start, c.number.end].forEach((x) => cuts.add(x));
  for (const s of spans) [s.start, s.end].forEach((x) => cuts.add(x));
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const n = candidates.findIndex((c) => c.number.start <= start && c.number.end >= end);
    out.push({
      start,
      end,
      number: n >= 0 ? n : null,
      quoted: candidates.some((c) => c.start <= start && c.end >= end),
      article: spans.some((s) => s.start <= start && s.end >= end),
    });
  }
  return out;
}

/**
 * The article as given, every candidate's number marked (coloured by its decision, the selected
 * one outlined), its sentence underlined, and the page's furniture, which the reading skips, greyed.
 */
export function ArticleText({
  text,
  candidates,
  decisions,
  active,
  onSelect,
}: {
  text: string;
  candidates: readonly Candidate[];
  decisions: Record<number, Decision>;
  active: number | null;
  onSelect: (index: number) => void;
}) {
  const segments = useMemo(() => segmentsOf(text, candidates), [text, candidates]);
  const box = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (active === null) return;
    const mark = box.current?.querySelector(`[data-candidate="${active}"]`);
    mark?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <pre className="desk-article" ref={box} tabIndex={0} aria-label="The article, with the figures read marked">
      {segments.map((s) => {
        const part = text.slice(s.start, s.end);
        const cls = [s.quoted ? 'desk-quoted' : '', s.article ? '' : 'desk-furniture'].filter(Boolean).join(' ');
        if (s.number !== null) {
          const n = s.number;
          return (
            <mark
              key={s.start}
              data-candidate={n}
              className={`desk-number ${decisions[n] ?? 'pending'}${n === active ? ' active' : ''}`}
              onClick={() => onSelect(n)}
              title={`Candidate ${n + 1}: ${decisions[n] ?? 'not decided'}`}
            >
              {part}
            </mark>
          );
        }
        return cls ? (
          <span key={s.start} className={cls}>
            {part}
          </span>
        ) : (
          part
        );
      })}
    </pre>
  );
}
