import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { DraftProblem } from '../../domain/curate/draft';
import { draftProblems } from '../../domain/curate/draft-problems';
import { readArticle } from '../../domain/curate/read-article';
import type { Dataset } from '../../domain/dataset-schema';
import { ArticleSection } from './article-section';
import { ArticleText } from './article-text';
import { CandidateList } from './candidate-list';
import { fetchWorkingCopy, sendDraft } from './desk-api';
import {
  accept,
  addBlankFigure,
  addIndicator,
  draftOf,
  fillSourceNames,
  markSaved,
  reject,
  removeFigure,
  removeIndicator,
  setActive,
  setReading,
  setServerProblems,
  setUpdated,
  startOver,
  undecide,
  updateFigure,
  updateIndicator,
  useDesk,
} from './desk-store';
import { problemsOf } from './fields';
import { FigureForm } from './figure-form';
import { IndicatorForm } from './indicator-form';
import { PreviewPanel } from './preview-panel';
import { focusField, SaveProblems } from './save-problems';
import { SourceForm } from './source-form';

const DESK_STATE = ['desk-state'] as const;

/** The curator's desk: a new article, read into figures, checked, previewed and saved into the working copy. */
export function DeskApp() {
  const query = useQuery({ queryKey: DESK_STATE, queryFn: fetchWorkingCopy, retry: false });
  return (
    <div className="desk">
      <header className="desk-header">
        <h1>Goalpost — the curator’s desk</h1>
        {query.data && (
          <p className="desk-hint">
            Working copy: data/dataset.json, {query.data.dataset.figures.length} figures,{' '}
            {query.data.dataset.indicators.length} indicators, {query.data.dataset.sources.length} sources, dated{' '}
            {query.data.dataset.updated}.
          </p>
        )}
      </header>
      {query.isPending && <p>Loading the working copy…</p>}
      {query.isError && (
        <div className="desk-error" role="alert">
          <p>{query.error.message}</p>
          <p>Your draft is kept in this browser; nothing is lost.</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      )}
      {query.data && <Desk dataset={query.data.dataset} documents={query.data.documents} />}
    </div>
  );
}

function Desk({ dataset, documents }: { dataset: Dataset; documents: string[] }) {
  const state = useDesk();
  const client = useQueryClient();
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = draftOf(state);
  const { source, reading, text } = state;
  const readingDate = source.eventDate || source.published;

  const { figures, indicators, updated, serverProblems } = state;
  const problems: DraftProblem[] = useMemo(() => {
    const own = draftProblems(dataset, { source, figures, indicators, updated }, text);
    // the server's findings stay beside their fields until the checks here see the same field
    return [...own, ...serverProblems.filter((p) => !own.some((o) => o.where === p.where && o.field === p.field))];
  }, [dataset, source, figures, indicators, updated, text, serverProblems]);

  const figureLabels = new Map(state.figures.map((f, i) => [f.key, `Figure ${i + 1}`]));
  const indicatorLabels = new Map(state.indicators.map((i) => [i.key, `New indicator ${i.id}`]));

  const read = () => {
    if (!text.trim()) return setReadProblem('Paste the article or open its file first.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(readingDate))
      return setReadProblem('Enter the event date (YYYY-MM-DD) first: “last year” and “this year” count from it.');
    setReadProblem(null);
    fillSourceNames(dataset, documents);
    setReading({
      candidates: readArticle({ text, lang: source.language, date: readingDate, indicators: dataset.indicators }),
      text,
      lang: source.language,
      date: readingDate,
    });
  };

  const edit = (i: number) => {
    accept(dataset, i);
    const key = useDesk.getState().figures.find((f) => f.candidate === i)?.key;
    if (key) focusField(`figure:${key}`, 'id');
  };

  const addByHand = () => {
    const selection = window.getSelection()?.toString().trim() ?? '';
    const quote = selection && text.includes(selection) ? selection : '';
    const key = addBlankFigure(quote);
    focusField(`figure:${key}`, 'indicator');
  };

  const save = async () => {
    const own = draftProblems(dataset, draft, text);
    if (own.length) {
      setServerProblems([]);
      const first = own[0]!;
      focusField(first.where, first.field);
      return;
    }
    setBusy(true);
    const answer = await sendDraft('save', draft, text);
    setBusy(false);
    if (answer.ok) {
      markSaved({ summary: answer.summary, source: source.id, figures: state.figures.map((f) => f.id) });
      await client.invalidateQueries({ queryKey: DESK_STATE });
      requestAnimationFrame(() => document.getElementById('desk-saved')?.focus());
    } else {
      setServerProblems(answer.problems);
      const first = answer.problems[0];
      if (first) focusField(first.where, first.field);
    }
  };

  const stale = reading && (reading.text !== text || reading.lang !== source.language || reading.date !== readingDate);
  const sourceProblems = problemsOf(problems, 'source');

  return (
    <main className="desk-main">
      {state.saved && (
        <div className="desk-saved" id="desk-saved" tabIndex={-1} role="status">
          <p>
            <strong>Saved.</strong> {state.saved.summary}. Source {state.saved.source}; figures{' '}
            {state.saved.figures.join(', ')}.
          </p>
          <p>
            Next: <code>npm run data:release</code> publishes them as a dated release; the site under{' '}
            <code>npm start</code> shows them on reload.
          </p>
        </div>
      )}

      <ArticleSection
        language={source.language}
        text={text}
        problem={sourceProblems.has('text')}
        onProblem={setReadProblem}
      />

      <section aria-labelledby="desk-s2" className="desk-section" id="desk-source">
        <h2 id="desk-s2">2. Its source</h2>
        <SourceForm dataset={dataset} source={source} problems={sourceProblems} />
        <div className="desk-row">
          <button type="button" className="desk-primary" onClick={read}>
            {reading ? 'Read the article again' : 'Read the article'}
          </button>
          {readProblem && (
            <p className="desk-problem" role="alert">
              {readProblem}
            </p>
          )}
          {stale && (
            <p className="desk-problem" role="status">
              The text, its language or its date changed since it was read: read it again (decisions start over).
            </p>
          )}
        </div>
      </section>

      {reading && (
        <section aria-labelledby="desk-s3" className="desk-section">
          <h2 id="desk-s3">3. The figures read</h2>
          <div className="desk-columns">
            <ArticleText
              text={reading.text}
              candidates={reading.candidates}
              decisions={state.decisions}
              active={state.active}
              onSelect={setActive}
            />
            <CandidateList
              dataset={dataset}
              candidates={reading.candidates}
              decisions={state.decisions}
              active={state.active}
              onSelect={setActive}
              onAccept={(i) => accept(dataset, i)}
              onEdit={edit}
              onReject={reject}
              onUndo={undecide}
            />
          </div>
          <button type="button" onClick={addByHand}>
            Add a figure the reading missed (select its sentence in the text first)
          </button>
        </section>
      )}

      {(state.figures.length > 0 || state.indicators.length > 0) && (
        <section aria-labelledby="desk-s4" className="desk-section">
          <h2 id="desk-s4">4. Figures to add</h2>
          {state.figures.map((f, i) => (
            <FigureForm
              key={f.key}
              dataset={dataset}
              figure={f}
              index={i}
              language={source.language}
              indicators={state.indicators}
              problems={problemsOf(problems, `figure:${f.key}`)}
              proposal={f.candidate !== null ? (reading?.candidates[f.candidate]?.proposal ?? null) : null}
              onChange={(patch) => updateFigure(dataset, f.key, patch)}
              onRemove={() => removeFigure(f.key)}
              onNewIndicator={() => {
                addIndicator(
                  dataset,
                  f.key,
                  f.candidate !== null ? (reading?.candidates[f.candidate]?.proposal ?? '') : '',
                );
                const ind = useDesk.getState().indicators.at(-1);
                if (ind) focusField(`indicator:${ind.key}`, 'id');
              }}
            />
          ))}
          {state.indicators.map((ind) => (
            <div key={ind.key} data-indicator-form={ind.key}>
              <IndicatorForm
                indicator={ind}
                problems={problemsOf(problems, `indicator:${ind.key}`)}
                onChange={(patch) => updateIndicator(ind.key, patch)}
                onRemove={() => removeIndicator(ind.key)}
              />
            </div>
          ))}
        </section>
      )}

      {state.figures.length > 0 && (
        <section aria-labelledby="desk-s5" className="desk-section">
          <h2 id="desk-s5">5. Preview</h2>
          <PreviewPanel dataset={dataset} draft={draft} readingDate={readingDate} labels={figureLabels} />
        </section>
      )}

      <section aria-labelledby="desk-s6" className="desk-section">
        <h2 id="desk-s6">6. Save</h2>
        <div className="desk-row">
          <div className="desk-field">
            <label htmlFor="desk-updated">Dataset date (verdicts are judged as of it)</label>
            <input id="desk-updated" value={state.updated} onChange={(e) => setUpdated(e.target.value)} />
          </div>
        </div>
        <SaveProblems problems={problems} figureLabels={figureLabels} indicatorLabels={indicatorLabels} />
        <div className="desk-row">
          <button type="button" className="desk-primary" onClick={() => void save()} disabled={busy}>
            {busy ? 'Saving…' : 'Save to data/dataset.json'}
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Start over? The draft (article, source and figures) is cleared.')) startOver();
            }}
          >
            Start over
          </button>
        </div>
      </section>
    </main>
  );
}
