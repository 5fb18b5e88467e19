import { ReportError } from '../../components/report-error';
import type { Dataset, Figure } from '../../domain/dataset-schema';
import { speakerOrOutlet } from '../../domain/localized';
import { formatDate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import { useSelection } from './selection-store';

/** The chart's data as a table: its text alternative, with every figure's source one click away. */
export function FiguresTable({ dataset, figures, caption }: { dataset: Dataset; figures: Figure[]; caption: string }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const select = useSelection((s) => s.select);
  const selectedId = useSelection((s) => s.selectedId);
  const when = (f: Figure) => figureWhen(f, locale, t);
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.figure')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const src = dataset.sources.find((s) => s.id === f.source);
            return (
              <tr
                key={f.id}
                className={`tier-${src?.tier ?? 'context'}`}
                aria-selected={f.id === selectedId || undefined}
              >
                <th scope="row">{when(f)}</th>
                <td>
                  {formatFigure(f, f.unit, locale, t)}
                  {f.correction?.date && (
                    <span className="corrected-mark">
                      {' '}
                      · {w('correction.mark', { date: formatDate(locale, f.correction.date) })}
                    </span>
                  )}
                </td>
                <td>{t(`kind.${f.kind}` as MessageKey)}</td>
                <td>
                  {/* The visible words start the button's name (WCAG 2.5.3, label in name); the rest says what it does. */}
                  <button type="button" className="link-button" onClick={() => select(f.id)}>
                    {src?.tier === 'primary' ? t('source.primary') : t('source.context')}:{' '}
                    {speakerOrOutlet(src, locale)}
                    <span className="visually-hidden">
                      {' '}
                      ({t('table.showSource', { figure: formatFigure(f, f.unit, locale, t) })})
                    </span>
                  </button>{' '}
                  <ReportError figure={f} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
