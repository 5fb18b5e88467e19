import { useId, useState } from 'react';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';

interface Props {
  label: string;
  /** the value in the URL: the last valid one */
  value: string;
  unitLabel: string;
  min: number;
  max: number;
  step: number;
  /** returns a reason key when the text is not acceptable */
  validate: (text: string) => string | null;
  onCommit: (text: string) => void;
}

/**
 * A slider and a number field bound to one value. Typed values are kept exactly as typed; a bad value
 * gets a message next to the field and is not committed, so the chart keeps the last valid scenario.
 */
export function RateField({ label, value, unitLabel, min, max, step, validate, onCommit }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const normalize = (x: string) => x.trim().replace(',', '.');
  if (value !== seen) {
    // The URL changed. If it was this field's own commit, keep the text as typed ("5,25");
    // if it came from elsewhere (back/forward, a preset), show the new value.
    setSeen(value);
    if (normalize(text) !== value) setText(value);
  }
  const error = validate(text);
  const numeric = Number(text.replace(',', '.'));
  const sliderValue = Number.isFinite(numeric) ? Math.min(max, Math.max(min, numeric)) : Number(value);
  const change = (next: string) => {
    setText(next);
    if (!validate(next)) onCommit(normalize(next));
  };
  return (
    <div className="rate-field">
      <label htmlFor={`${id}-n`}>{label}</label>
      <div className="rate-row">
        <input
          type="range"
          aria-label={`${label} (${t('scenario.slider')})`}
          min={min}
          max={max}
          step={step}
          value={sliderValue}
          onChange={(e) => change(e.target.value)}
        />
        <input
          id={`${id}-n`}
          type="text"
          inputMode="decimal"
          size={7}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          onChange={(e) => change(e.target.value)}
        />
        <span className="muted">{unitLabel}</span>
      </div>
      {error && (
        <p id={`${id}-e`} className="field-error" role="alert">
          {t(`scenario.error.${error}` as MessageKey)}
        </p>
      )}
    </div>
  );
}
