import type { Dataset, Figure } from '../../domain/dataset-schema';
import { speakerOrOutlet } from '../../domain/localized';
import { goalMove } from '../../domain/series';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import { useSelection } from './selection-store';

/** Every time a goal for this indicator was stated, oldest first, so a moved goalpost shows. */
export function GoalHistory({ dataset, goals }: { dataset: Dataset; goals: Figure[] }) {
  const { locale, t } = useI18n();
  const select = useSelection((s) => s.select);
  if (!goals.length) return <p className="muted">{t('card.noGoal')}</p>;
  const moved = new Set(goals.map((g) => g.value)).size > 1;
  return (
    <>
      {moved && <p className="moved">{t('history.moved')}</p>}
      <ol className="goal-history">
        {goals.map((g, i) => {
          const src = dataset.sources.find((s) => s.id === g.source);
          const prev = goals[i - 1];
          const move = prev ? goalMove(prev, g) : null;
          return (
            <li key={g.id} className={`tier-${src?.tier ?? 'context'}`}>
              <strong>{formatFigure(g, g.unit, locale, t)}</strong> {figureWhen(g, locale, t)}
              {move && prev && (
                <span className={`badge move-${move}`}>
                  {move === 'same'
                    ? t('history.same')
                    : t(move === 'raised' ? 'history.raised' : 'history.lowered', {
                        from: formatFigure(prev, prev.unit, locale, t),
                      })}
                </span>
              )}
              <br />
              <span className="muted">
                {t('history.stated', {
                  date: src ? formatDate(locale, src.eventDate) : '?',
                  who: speakerOrOutlet(src, locale),
                })}{' '}
                · {src?.tier === 'primary' ? t('source.primary') : t('source.context')}
              </span>{' '}
              <button type="button" className="link-button" onClick={() => select(g.id)}>
                {t('history.quote')}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
