import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../domain/dataset-schema';
import type { GoalStatus } from '../../domain/goal-status';
import { isFiltered, matches, NO_FILTER, overviewRows, tally, type OverviewFilter } from '../../domain/overview';
import { sourceMap } from '../../domain/series';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { setOverview } from '../../lib/url-moves';
import { VERDICTS } from '../../lib/url-state';
import { changeUrl } from '../../lib/use-url-state';
import { VERDICT_SYMBOL } from '../../lib/words/goal-words';
import { OverviewList } from './overview-list';

// the filters and the grouped list load after the page: the first screen needs neither
const tools = () => import('./overview-tools');
const OverviewFilters = lazy(() => tools().then((m) => ({ default: m.OverviewFilters })));
const OverviewGroups = lazy(() => tools().then((m) => ({ default: m.OverviewGroups })));

export function OverviewPage({ dataset, filter = NO_FILTER }: { dataset: Dataset; filter?: OverviewFilter }) {
  const { t } = useI18n();
  const sources = useMemo(() => sourceMap(dataset), [dataset]);
  const rows = useMemo(() => overviewRows(dataset, sources), [dataset, sources]);
  // the search box and the address follow each key at once; the list and the tally follow when the
  // browser is free (a keystroke is never held up by the cards it changes)
  const deferred = useDeferredValue(filter);
  const counts = useMemo(() => tally(rows, deferred), [rows, deferred]);
  const shown = useMemo(() => rows.filter((r) => matches(r, deferred)), [rows, deferred]);
  const narrowed = isFiltered(deferred);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p className="muted">
        {t('overview.count', {
          indicators: dataset.indicators.length,
          figures: dataset.figures.length,
          sources: dataset.sources.length,
        })}
      </p>
      <div className="overview-find">
        <SearchBox q={filter.q} />
        <Tally counts={counts} filter={filter} />
        <Suspense fallback={null}>
          <OverviewFilters rows={rows} filter={filter} dataset={dataset} />
        </Suspense>
      </div>
      <p className="overview-showing muted" role="status">
        {narrowed ? t('overview.showing', { shown: shown.length, total: rows.length }) : ''}
      </p>
      {shown.length === 0 ? (
        <div className="overview-none">
          <p>{t('overview.noMatch')}</p>
          <button type="button" onClick={() => changeUrl((a) => setOverview(a, { ...NO_FILTER, group: filter.group }))}>
            {t('overview.showAll')}
          </button>
        </div>
      ) : deferred.group === 'none' ? (
        <OverviewList rows={shown} dataset={dataset} sources={sources} />
      ) : (
        <Suspense fallback={<OverviewList rows={shown} dataset={dataset} sources={sources} />}>
          <OverviewGroups
            rows={shown}
            group={deferred.group}
            list={(rows, headingLevel) => (
              <OverviewList rows={rows} dataset={dataset} sources={sources} headingLevel={headingLevel} />
            )}
          />
        </Suspense>
      )}
    </section>
  );
}

/**
 * The search box: what the reader types stays as typed; the address (and the list) follow it when
 * the typing pauses, one history entry for the whole search.
 */
function SearchBox({ q }: { q: string | null }) {
  const { t } = useI18n();
  const [text, setText] = useState(q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // back, forward or "show all" change the address: the box follows, unless it already says the same
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (text.replace(/\s+/g, ' ').trim() !== (q ?? '')) setText(q ?? '');
  }
  return (
    <div className="overview-search" role="search">
      <label htmlFor="overview-q">{t('overview.find')}</label>
      <input
        id="overview-q"
        type="search"
        value={text}
        maxLength={80}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.replace(/\s+/g, ' ').trim() || null;
          // the address (and with it the list) follows when the typing pauses: a key costs only the box
          clearTimeout(timer.current);
          timer.current = setTimeout(() => changeUrl((a) => setOverview(a, { q: next }), { replace: true }), 120);
        }}
      />
    </div>
  );
}

/** "✕ Missed 1 · ↘ Behind 2 · …": the answer at a glance, and the verdict filter. */
function Tally({ counts, filter }: { counts: Map<GoalStatus, number>; filter: OverviewFilter }) {
  const { t } = useI18n();
  const toggle = (s: GoalStatus) => {
    const verdict = filter.verdict.includes(s) ? filter.verdict.filter((v) => v !== s) : [...filter.verdict, s];
    changeUrl((a) => setOverview(a, { verdict }));
  };
  return (
    <ul className="tally" aria-label={t('overview.tally')}>
      {VERDICTS.filter((s) => counts.get(s)).map((s) => (
        <li key={s}>
          <button
            type="button"
            className={`tally-item status status-${s}`}
            aria-pressed={filter.verdict.includes(s)}
            onClick={() => toggle(s)}
          >
            <span aria-hidden="true">{VERDICT_SYMBOL[s]}</span> {t(`status.${s}` as MessageKey)}{' '}
            <span className="tally-count">{counts.get(s)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
