import type { Figure } from '../domain/dataset-schema';
import { formatDate } from '../lib/format';
import { useI18n, usePageWords } from '../lib/i18n/i18n';
import { correctionWords } from '../lib/words/correction-words';

/**
 * Where a corrected (or retracted) figure is shown, it says so: "Corrected on 1 December 2026: was
 * about 3 mn t (2023), now almost 3 mn t (2023). The speaker said…". The date is when Goalpost
 * corrected it, not when it was said.
 */
export function CorrectionLine({ figure }: { figure: Figure }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const c = figure.retracted ?? figure.correction;
  if (!c) return null;
  const label = figure.retracted ? 'correction.retracted' : 'correction.label';
  const words = figure.retracted ? null : correctionWords(figure, locale, t, w);
  return (
    <p className="note correction-note">
      <strong>
        {c.date
          ? w(label, { date: formatDate(locale, c.date) })
          : w(figure.retracted ? 'correction.retractedUndated' : 'correction.undated')}
      </strong>
      {words ? `: ${words}.` : '.'} {c.note[locale]}
    </p>
  );
}
