import type { Indicator } from '../../domain/dataset-schema';
import { endOfYear } from '../../domain/scenario';
import type { ScenarioSetup } from '../../domain/scenario-setup';
import { formatQuantity, formatRate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { formatFigure, figureWhen } from '../../lib/words/figure-words';
import { rateBand, yearText } from './scenario-text';

/** The answers in words: what each scenario leads to, the pace needed, the pace so far. */
export function ScenarioResults({
  setup,
  indicator,
  names,
}: {
  setup: ScenarioSetup;
  indicator: Indicator;
  names: (i: number) => string;
}) {
  const { locale, t } = useI18n();
  const unit = indicator.unit;
  const goalText = formatQuantity(locale, unit, setup.target);
  const by =
    setup.deadline.from === setup.deadline.to
      ? String(setup.deadline.to)
      : `${setup.deadline.from}–${setup.deadline.to}`;
  const baseText = `${formatFigure(setup.base, unit, locale, t)} (${figureWhen(setup.base, locale, t)})`;
  const latestText = `${formatFigure(setup.latest, unit, locale, t)} (${figureWhen(setup.latest, locale, t)})`;
  return (
    <section className="scenario-results" aria-labelledby="results-title" aria-live="polite">
      <h3 id="results-title">{t('scenario.results')}</h3>
      <ul>
        <li>
          {t('scenario.neededFromBase', { base: baseText, goal: goalText, by })}{' '}
          <strong>{rateBand(setup.required.fromBase, setup.model, unit, locale, t)}</strong>
        </li>
        {setup.latest.id !== setup.base.id && (
          <li>
            {t('scenario.neededFromLatest', { base: latestText, goal: goalText, by })}{' '}
            <strong>{rateBand(setup.required.fromLatest, setup.model, unit, locale, t)}</strong>
          </li>
        )}
        {setup.historical && (
          <li>
            {t('scenario.historical', {
              a: figureWhen(setup.historical.a, locale, t),
              b: figureWhen(setup.historical.b, locale, t),
            })}{' '}
            <strong>{rateBand(setup.historical.rate, setup.model, unit, locale, t)}</strong>
          </li>
        )}
        {setup.rows.map((r) => {
          const name = r.name || names(r.index);
          if (!r.result || r.rate === null) return null;
          // the rate exactly as typed, in the reader's number format
          const rate = t('pace.perYear', { rate: formatRate(locale, r.rate, setup.model, unit, true) });
          const reached = r.result.reachedYear;
          const inTime = reached !== null && reached <= endOfYear(setup.deadline.to) + 1e-9;
          return (
            <li key={r.index} className={`scenario-result scenario-result-${r.index + 1}`}>
              <strong>{name}</strong> ({rate}):{' '}
              {reached !== null
                ? t(inTime ? 'scenario.reachedInTime' : 'scenario.reachedLate', {
                    goal: goalText,
                    year: yearText(locale, reached),
                    by,
                  })
                : t('scenario.notWithin', { goal: goalText, years: r.result.notWithin ?? 0 })}
              {r.result.reachedRange &&
                ` ${t('scenario.reachedRange', { a: yearText(locale, r.result.reachedRange[0]), b: yearText(locale, r.result.reachedRange[1]) })}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
