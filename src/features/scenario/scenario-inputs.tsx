import { useEffect, useRef } from 'react';
import type { Indicator } from '../../domain/dataset-schema';
import { validateDeadlineInput, validateRateInput, rateToDisplay } from '../../domain/scenario';
import type { ScenarioSetup } from '../../domain/scenario-setup';
import { unitName } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import { MAX_SCENARIOS, type ScenarioUrl } from '../../lib/url-scenario';
import { figureWhen, formatFigure } from '../../lib/words/figure-words';
import { RateField } from './rate-field';
import { presetText } from './scenario-text';

interface Props {
  setup: ScenarioSetup;
  indicator: Indicator;
  url: ScenarioUrl;
  names: (i: number) => string;
  /** apply a change to the scenario part of the URL; `replace` while typing */
  change: (patch: Partial<ScenarioUrl>, replace?: boolean) => void;
}

/** Base, deadline, up to three scenarios and the historical pair: every input is in the URL. */
export function ScenarioInputs({ setup, indicator, url, names, change }: Props) {
  const { locale, t } = useI18n();
  const linear = setup.model === 'linear';
  const unitLabel = linear
    ? t('scenario.unitLinear', { unit: unitName(locale, indicator.unit) })
    : t('scenario.unitCompound');
  const baseYear = Math.floor(Number(setup.base.period?.slice(0, 4)));
  const option = (id: string) => {
    const f = setup.baseOptions.find((x) => x.id === id)!;
    return `${figureWhen(f, locale, t)}: ${formatFigure(f, f.unit, locale, t)}`;
  };
  const setRate = (i: number, rate: string) =>
    change({ scenarios: url.scenarios.map((s, j) => (j === i ? { ...s, rate } : s)) }, true);
  const setName = (i: number, name: string) =>
    change({ scenarios: url.scenarios.map((s, j) => (j === i ? { ...s, name } : s)) }, true);
  // Keyboard focus follows the change: to the new scenario's name, or back to "Add" after a removal
  // (the focused button has gone with its row).
  const list = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    const el =
      target === 'add'
        ? addButton.current
        : list.current?.querySelectorAll('.scenario-row')[target]?.querySelector<HTMLInputElement>('input');
    if (el) {
      focusNext.current = null;
      el.focus();
    }
  });
  const add = (rate: string, name = '') => {
    if (url.scenarios.length < MAX_SCENARIOS) focusNext.current = url.scenarios.length;
    change({ scenarios: [...url.scenarios, { rate, name }].slice(0, MAX_SCENARIOS) });
  };
  const remove = (i: number) => {
    focusNext.current = 'add';
    change({ scenarios: url.scenarios.filter((_, j) => j !== i) });
  };
  const historical = setup.historical?.rate;
  const needed = setup.required.fromBase;
  const full = url.scenarios.length >= MAX_SCENARIOS;
  const rateError = (text: string) => {
    const v = validateRateInput(text, setup.model, indicator.better, Number(setup.base.value ?? setup.base.high ?? 0));
    return v.ok ? null : v.reasonKey;
  };
  const deadlineError = (text: string) => {
    const v = validateDeadlineInput(text, baseYear);
    return v.ok ? null : v.reasonKey;
  };
  return (
    <div className="scenario-inputs">
      <label className="field">
        {t('scenario.base')}{' '}
        <select value={setup.base.id} onChange={(e) => change({ base: e.target.value })}>
          {setup.baseOptions.map((f) => (
            <option key={f.id} value={f.id}>
              {option(f.id)}
            </option>
          ))}
        </select>
      </label>
      {setup.assumed && (
        <fieldset className="deadline-fields">
          <legend>{t('scenario.assumedDeadline')}</legend>
          <RateField
            label={t('scenario.deadlineFrom')}
            value={String(setup.deadline.from)}
            unitLabel=""
            min={baseYear}
            max={baseYear + 30}
            step={1}
            validate={(text) => deadlineError(text) ?? (Number(text) > setup.deadline.to ? 'after-last' : null)}
            onCommit={(text) => change({ by: { from: Number(text), to: setup.deadline.to } }, true)}
          />
          <RateField
            label={t('scenario.deadlineTo')}
            value={String(setup.deadline.to)}
            unitLabel=""
            min={baseYear}
            max={baseYear + 30}
            step={1}
            validate={(text) => deadlineError(text) ?? (Number(text) < setup.deadline.from ? 'before-first' : null)}
            onCommit={(text) => change({ by: { from: setup.deadline.from, to: Number(text) } }, true)}
          />
        </fieldset>
      )}
      <fieldset className="scenario-list" ref={list}>
        <legend>{t('scenario.scenarios')}</legend>
        {url.scenarios.map((s, i) => (
          <div key={i} className={`scenario-row scenario-row-${i + 1}`}>
            <label className="field">
              {t('scenario.name', { n: i + 1 })}{' '}
              <input
                type="text"
                maxLength={40}
                value={s.name}
                placeholder={names(i)}
                onChange={(e) => setName(i, e.target.value)}
              />
            </label>
            <RateField
              label={t('scenario.rate', { name: s.name || names(i) })}
              value={s.rate}
              unitLabel={unitLabel}
              min={linear ? -20 : -20}
              max={linear ? 0 : 40}
              step={0.1}
              validate={rateError}
              onCommit={(text) => setRate(i, text)}
            />
            <button type="button" onClick={() => remove(i)}>
              {t('scenario.remove', { name: s.name || names(i) })}
            </button>
          </div>
        ))}
        <div className="presets">
          <button type="button" ref={addButton} disabled={full} onClick={() => add(linear ? '-1' : '5')}>
            {t('scenario.add')}
          </button>
          {historical && (
            <button
              type="button"
              disabled={full}
              onClick={() =>
                add(
                  presetText(rateToDisplay((historical[0] + historical[1]) / 2, setup.model)),
                  t('scenario.presetHistoricalName'),
                )
              }
            >
              {t('scenario.presetHistorical')}
            </button>
          )}
          {needed && (
            <button
              type="button"
              disabled={full}
              onClick={() =>
                add(
                  presetText(rateToDisplay(needed[0], setup.model)),
                  t('scenario.presetNeededName', { year: setup.deadline.to }),
                )
              }
            >
              {t('scenario.presetNeeded', { year: setup.deadline.to })}
            </button>
          )}
          {full && <span className="muted">{t('scenario.full')}</span>}
        </div>
      </fieldset>
      <fieldset className="historical-pair">
        <legend>{t('scenario.pair')}</legend>
        {(['ha', 'hb'] as const).map((k, i) => (
          <label key={k} className="field">
            {t(i ? 'scenario.pairTo' : 'scenario.pairFrom')}{' '}
            <select
              value={(i ? setup.historical?.b.id : setup.historical?.a.id) ?? ''}
              onChange={(e) =>
                change({
                  ha: i ? (setup.historical?.a.id ?? null) : e.target.value,
                  hb: i ? e.target.value : (setup.historical?.b.id ?? null),
                })
              }
            >
              {setup.baseOptions.map((f) => (
                <option key={f.id} value={f.id}>
                  {option(f.id)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
