import { useMemo } from 'react';
import { AppLink } from '../../components/app-link';
import type { Dataset, Figure } from '../../domain/dataset-schema';
import { speakerOrOutlet } from '../../domain/localized';
import { verdictHistory, type HistoryEvent } from '../../domain/verdict-history';
import { formatDate, formatPeriod } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, type Translate, usePageWords } from '../../lib/i18n/i18n';
import { updateSearch } from '../../lib/url-moves';
import { type Locale } from '../../lib/url-state';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';

/** What was said on the event's day, by whom: "Yerkin Tukumov states a goal of $23B, in the medium term". */
function causes(e: HistoryEvent, locale: Locale, t: Translate, w: Translate): string[] {
  if (e.deadlinePassed) return [w('verdicts.deadline', { deadline: formatPeriod(locale, e.deadlinePassed) })];
  const bySource = new Map<string, { who: string; phrases: string[] }>();
  // the goal first: it is what moves the verdict most
  const ordered = [...e.statements].sort((a, b) => Number(b.figure.kind === 'goal') - Number(a.figure.kind === 'goal'));
  for (const { figure, source } of ordered) {
    const phrase = statementPhrase(figure, e, locale, t, w);
    if (!phrase) continue;
    const entry = bySource.get(source.id) ?? { who: speakerOrOutlet(source, locale), phrases: [] };
    entry.phrases.push(phrase);
    bySource.set(source.id, entry);
  }
  return [...bySource.values()].map(({ who, phrases }) => `${who}: ${phrases.join('; ')}`);
}

function statementPhrase(f: Figure, e: HistoryEvent, locale: Locale, t: Translate, w: Translate): string | null {
  const value = formatFigure(f, f.unit, locale, t);
  if (f.kind === 'goal') {
    if (f.id !== e.goal?.id || !e.goalEvent) return null;
    return w(`verdicts.${e.goalEvent}` as MessageKey, { goal: value, when: figureWhen(f, locale, t) });
  }
  if ((f.kind === 'actual' || f.kind === 'capacity') && f.period)
    return w('verdicts.figure', { value, period: figureWhen(f, locale, t) });
  return null;
}

/**
 * The verdict through time: every change of verdict and of goal, dated by when it was said, with
 * the statement that caused it and a link to the page as it stood that day. A moved goalpost shows
 * as an event of its own.
 */
export function VerdictHistory({ dataset, indicatorId }: { dataset: Dataset; indicatorId: string }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const events = useMemo(() => verdictHistory(dataset, indicatorId), [dataset, indicatorId]);
  if (!events.length) return null;
  return (
    <section aria-labelledby="verdicts-title" className="verdict-history">
      <h3 id="verdicts-title">{w('verdicts.title')}</h3>
      <p className="muted">{w('verdicts.intro')}</p>
      <ol>
        {events.map((e) => (
          <li key={e.date}>
            <time dateTime={e.date}>{formatDate(locale, e.date)}</time>
            {causes(e, locale, t, w).map((c) => (
              <span key={c}> · {c}</span>
            ))}{' '}
            · <strong>{w('verdicts.verdict', { status: t(`status.${e.status}` as MessageKey) })}</strong>
            {e.date !== dataset.updated && (
              <>
                {' '}
                · <AppLink to={(a) => updateSearch(a, { asof: e.date })}>{w('verdicts.then')}</AppLink>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
