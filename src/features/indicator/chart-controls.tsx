import { useState } from 'react';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { setRange, toggleSeries } from '../../lib/url-moves';
import { MAX_YEAR, MIN_YEAR, type Series, type UrlState } from '../../lib/url-state';
import { changeUrl } from '../../lib/use-url-state';

const TOGGLES: Series[] = ['context', 'goals', 'projection'];

/** Series shown and the time range: both live in the URL, so a shared link shows the same chart. */
export function ChartControls({ state, dataFrom, dataTo }: { state: UrlState; dataFrom: number; dataTo: number }) {
  const { t } = useI18n();
  return (
    <div className="chart-controls">
      <fieldset>
        <legend>{t('controls.series')}</legend>
        {TOGGLES.map((s) => (
          <label key={s} className={`toggle toggle-${s}`}>
            <input
              type="checkbox"
              checked={!state.hide.includes(s)}
              onChange={() => changeUrl((q) => toggleSeries(q, s))}
            />{' '}
            {t(`controls.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <RangeFields key={`${state.from}-${state.to}`} state={state} dataFrom={dataFrom} dataTo={dataTo} />
    </div>
  );
}

function RangeFields({ state, dataFrom, dataTo }: { state: UrlState; dataFrom: number; dataTo: number }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(state.from === null ? '' : String(state.from));
  const [to, setTo] = useState(state.to === null ? '' : String(state.to));
  const [error, setError] = useState<string | null>(null);
  const parse = (s: string) => (s.trim() === '' ? null : /^\d{4}$/.test(s.trim()) ? Number(s) : NaN);
  const apply = () => {
    const f = parse(from);
    const tt = parse(to);
    const bad = (n: number | null) => n !== null && (Number.isNaN(n) || n < MIN_YEAR || n > MAX_YEAR);
    if (bad(f) || bad(tt)) return setError(t('controls.badYear', { min: MIN_YEAR, max: MAX_YEAR }));
    if (f !== null && tt !== null && f >= tt) return setError(t('controls.badOrder'));
    setError(null);
    changeUrl((q) => setRange(q, f, tt));
  };
  return (
    <form
      className="range-fields"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <fieldset>
        <legend>{t('controls.range')}</legend>
        <YearInput
          label={t('controls.from')}
          value={from}
          placeholder={dataFrom}
          onChange={setFrom}
          invalid={!!error}
        />{' '}
        <YearInput label={t('controls.to')} value={to} placeholder={dataTo} onChange={setTo} invalid={!!error} />{' '}
        <button type="submit">{t('controls.apply')}</button>{' '}
        {(state.from !== null || state.to !== null) && (
          <button type="button" onClick={() => changeUrl((q) => setRange(q, null, null))}>
            {t('controls.reset')}
          </button>
        )}
        {error && (
          <p id="range-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}

/** One year field of the range: typed text is kept as typed; the error below describes it. */
function YearInput(p: {
  label: string;
  value: string;
  placeholder: number;
  invalid: boolean;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {p.label}{' '}
      <input
        inputMode="numeric"
        size={5}
        value={p.value}
        placeholder={String(p.placeholder)}
        onChange={(e) => p.onChange(e.target.value)}
        aria-invalid={p.invalid ? true : undefined}
        aria-describedby={p.invalid ? 'range-error' : undefined}
      />
    </label>
  );
}
