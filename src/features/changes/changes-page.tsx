import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppLink } from '../../components/app-link';
import { useHere } from '../../components/page-here';
import { correctionsEmail } from '../../components/report-error';
import type { Dataset, Figure } from '../../domain/dataset-schema';
import { eventShort, speakerOrOutlet } from '../../domain/localized';
import type { ReleaseLogEntry } from '../../domain/release-log';
import { changesQueryOptions } from '../../lib/changes-query';
import { formatDate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { openIndicator, openOverview, updateSearch } from '../../lib/url-moves';
import { correctionWords } from '../../lib/words/correction-words';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import { CorrectionsPolicy } from './corrections-policy';

/** "What changed", live: the log comes from data/changes.json. */
export function ChangesPage({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n();
  const query = useQuery(changesQueryOptions());
  return (
    <ChangesView dataset={dataset} entries={query.data ?? null}>
      {!query.data && !query.isError && (
        <p role="status" className="loading">
          {t('loading.page')}
        </p>
      )}
      {query.isError && (
        <p role="alert" className="panel-error">
          {query.error.message}
        </p>
      )}
    </ChangesView>
  );
}

/** "What changed": every release, newest first, with what it changed and what that did to the verdicts. */
export function ChangesView({
  dataset,
  entries,
  children,
}: {
  dataset: Dataset;
  entries: ReleaseLogEntry[] | null;
  children?: ReactNode;
}) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const here = useHere();
  return (
    <section aria-labelledby="changes-title" className="changes-page">
      <h2 id="changes-title">{w('changes.title')}</h2>
      <p>{w('changes.intro')}</p>
      <p>
        <a href={here.href(`feed.${locale}.xml`)} type="application/atom+xml">
          {t('footer.feed')} (Atom)
        </a>
      </p>
      {children}
      {entries?.map((e) => (
        <ReleaseSection key={e.id} entry={e} dataset={dataset} />
      ))}
      <CorrectionsPolicy email={correctionsEmail()} />
    </section>
  );
}

function ReleaseSection({ entry, dataset }: { entry: ReleaseLogEntry; dataset: Dataset }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const here = useHere();
  const indicatorName = (id: string) => dataset.indicators.find((i) => i.id === id)?.name[locale] ?? id;
  const link = (id: string) => (
    <AppLink to={(a) => updateSearch(openIndicator(a, id), { release: null, asof: null })}>{indicatorName(id)}</AppLink>
  );
  const said = (f: Figure) => `${formatFigure(f, f.unit, locale, t)} (${figureWhen(f, locale, t)})`;
  const status = (s: string) => t(`status.${s}` as MessageKey);
  const of = (kind: string, record: string) => entry.changes.filter((c) => c.kind === kind && c.record === record);
  const addedFigures = of('added', 'figure').filter((c) => c.figureKind !== 'goal');
  const corrected = entry.changes.filter((c) => c.kind === 'corrected');
  const retracted = of('retracted', 'figure');
  const edited = entry.changes.filter((c) => c.kind === 'edited').length;
  const byIndicator = new Map<string, Figure[]>();
  for (const c of addedFigures) {
    const f = entry.figures[c.id];
    if (f) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
  }
  const heading = `release-${entry.id}`;
  return (
    <section aria-labelledby={heading} className="release">
      <h3 id={heading}>{w('changes.release', { id: entry.id, date: formatDate(locale, entry.date) })}</h3>
      <p>{entry.note[locale]}</p>
      <p className="muted">
        {t('overview.count', entry.totals)} ·{' '}
        <AppLink to={(a) => updateSearch(openOverview(a), { release: entry.id, asof: null })}>
          {w('changes.open')}
        </AppLink>{' '}
        · <a href={here.href(`data/releases/${entry.id}.json`)}>{w('changes.json')}</a>
      </p>
      {entry.verdicts.length > 0 && (
        <>
          <h4>{w('changes.verdicts')}</h4>
          <ul>
            {entry.verdicts.map((v) => (
              <li key={v.indicator}>
                {link(v.indicator)}:{' '}
                {v.from ? `${status(v.from)} → ${status(v.to)}` : w('changes.first', { to: status(v.to) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.goals.length > 0 && (
        <>
          <h4>{w('changes.goals')}</h4>
          <ul>
            {entry.goals.map((g) => (
              <li key={g.indicator}>
                {link(g.indicator)}:{' '}
                {g.from ? `${said(g.from)} → ${said(g.to)}` : w('changes.goalNew', { to: said(g.to) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {corrected.length > 0 && (
        <>
          <h4>{w('changes.corrected')}</h4>
          <ul>
            {corrected.map((c) => {
              const f = c.record === 'figure' ? entry.figures[c.id] : undefined;
              const words = f ? correctionWords(f, locale, t, w) : null;
              return (
                <li key={c.id} id={`correction-${c.id}`}>
                  {f ? link(f.indicator) : c.id}
                  {f ? `: ${said(f)}` : ''}. {words ? `${words[0]!.toUpperCase()}${words.slice(1)}. ` : ''}
                  {c.reason?.[locale]}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {retracted.length > 0 && (
        <>
          <h4>{w('changes.retracted')}</h4>
          <ul>
            {retracted.map((c) => {
              const f = entry.figures[c.id];
              return (
                <li key={c.id}>
                  {f ? link(f.indicator) : c.id}
                  {f ? `: ${said(f)}` : ''}. {c.reason?.[locale]}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {of('added', 'source').length > 0 && (
        <Collapsible title={w('changes.sources')} count={of('added', 'source').length}>
          {of('added', 'source').map((c) => {
            const s = dataset.sources.find((x) => x.id === c.id);
            return (
              <li key={c.id}>
                {s
                  ? `${speakerOrOutlet(s, locale)}, ${eventShort(s, locale)}, ${formatDate(locale, s.eventDate)}`
                  : c.id}
              </li>
            );
          })}
        </Collapsible>
      )}
      {byIndicator.size > 0 && (
        <Collapsible title={w('changes.figures')} count={addedFigures.length}>
          {[...byIndicator].map(([id, figs]) => (
            <li key={id}>
              {link(id)}: {figs.map(said).join('; ')}
            </li>
          ))}
        </Collapsible>
      )}
      {edited > 0 && <p className="muted">{w('changes.edited', { count: edited })}</p>}
    </section>
  );
}

/** A list under its heading, folded away when it is long (the first release adds every figure). */
function Collapsible({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count <= 8)
    return (
      <>
        <h4>{title}</h4>
        <ul>{children}</ul>
      </>
    );
  return (
    <details>
      <summary>
        <h4>
          {title}: {count}
        </h4>
      </summary>
      <ul>{children}</ul>
    </details>
  );
}
