import type { FigureDraft, IndicatorDraft } from '../../domain/curate/draft';
import {
  figureKindSchema,
  periodKindSchema,
  qualifierSchema,
  unitSchema,
  type Dataset,
  type Language,
} from '../../domain/dataset-schema';
import { Field, LANGUAGE_NAMES, SelectField, TextsField, messagesAt, type FieldProblems } from './fields';

const KINDS = figureKindSchema.options;

/** How a value is written in its unit, by example. */
const VALUE_HINT: Record<FigureDraft['unit'], string> = {
  'bn USD': 'in billions: 12.9 for “12,9 млрд долларов”, 0.45 for “$450 million”',
  'mn t': 'in millions of tonnes: 2.5 for “2,5 млн тонн”, 0.64 for “640 тыс. тонн”',
  'mn t/yr': 'in millions of tonnes a year: 10 for “10 млн тонн в год”',
  TEU: 'in TEU: 58000 for “58 тысяч TEU”',
  containers: 'in containers: 300000 for “300 тысяч контейнеров”',
  days: 'in days: 13 for “13 дней”',
  '%': 'in percent: 11.2 for “11,2%”',
  x: 'the multiple: 2 for “вдвое”, 3 for “3 есе”',
};
const UNITS = unitSchema.options;
const QUALIFIERS = qualifierSchema.options;
const PERIOD_KINDS = periodKindSchema.options;

/** "translation (Kazakh)", "value": the fields of a record the checks call missing, for a summary line. */
export function missingFields(problems: FieldProblems): string[] {
  const out: string[] = [];
  for (const [field, messages] of problems) {
    if (!messages.some((m) => m.startsWith('missing'))) continue;
    const [head, lang] = field.split('.');
    out.push(lang && lang in LANGUAGE_NAMES ? `${head} (${LANGUAGE_NAMES[lang as Language]})` : field || 'record');
  }
  return out;
}

export function FigureForm({
  dataset,
  figure,
  index,
  language,
  indicators,
  problems,
  onChange,
  onNewIndicator,
  onRemove,
  proposal,
}: {
  dataset: Dataset;
  figure: FigureDraft;
  index: number;
  language: Language;
  indicators: readonly IndicatorDraft[];
  problems: FieldProblems;
  onChange: (patch: Partial<FigureDraft>) => void;
  onNewIndicator: () => void;
  onRemove: () => void;
  proposal: string | null;
}) {
  const f = figure;
  const missing = missingFields(problems);
  const other = [...problems].filter(([, m]) => m.some((x) => !x.startsWith('missing'))).length;
  const dated = f.kind === 'goal' || f.kind === 'forecast';
  return (
    <article className="desk-figure" data-figure={f.key} aria-labelledby={`${f.key}-title`}>
      <header>
        <h3 id={`${f.key}-title`} tabIndex={-1}>
          Figure {index + 1}: {f.kind} {f.range ? `${f.low}–${f.high}` : f.value} {f.unit}
        </h3>
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      </header>
      {missing.length > 0 ? (
        <p className="desk-missing" role="status">
          Missing: {missing.join(', ')}
        </p>
      ) : other === 0 ? (
        <p className="desk-complete">Complete.</p>
      ) : null}
      <div className="desk-row">
        <Field label="Figure id" path="id" problems={problems}>
          {(a) => <input {...a} value={f.id} onChange={(e) => onChange({ id: e.target.value })} />}
        </Field>
        <Field
          label="Indicator"
          path="indicator"
          problems={problems}
          hint={!f.indicator && proposal ? `The reading suggests a new series: “${proposal}”` : undefined}
        >
          {(a) => (
            <select {...a} value={f.indicator} onChange={(e) => onChange({ indicator: e.target.value })}>
              <option value="">— choose —</option>
              {dataset.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name.en} ({i.unit})
                </option>
              ))}
              {indicators.map((i) => (
                <option key={i.key} value={i.id}>
                  new: {i.name.en || i.id}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="desk-field">
          <button type="button" onClick={onNewIndicator}>
            New indicator…
          </button>
        </div>
      </div>
      <div className="desk-row">
        <SelectField
          label="Kind"
          path="kind"
          problems={problems}
          value={f.kind}
          options={KINDS}
          onChange={(kind) => onChange({ kind })}
        />
        <SelectField
          label="Unit"
          path="unit"
          problems={problems}
          value={f.unit}
          options={UNITS}
          onChange={(unit) => onChange({ unit })}
        />
        <SelectField
          label="Qualifier"
          path="qualifier"
          problems={problems}
          value={f.qualifier}
          options={QUALIFIERS}
          empty="none (exact)"
          onChange={(qualifier) => onChange({ qualifier })}
        />
        {f.kind === 'change' && (
          <SelectField
            label="Direction"
            path="direction"
            problems={problems}
            value={f.direction}
            options={['increase', 'decrease']}
            empty="—"
            onChange={(direction) => onChange({ direction })}
          />
        )}
      </div>
      <div className="desk-row">
        <div className="desk-field">
          <label>
            <input type="checkbox" checked={f.range} onChange={(e) => onChange({ range: e.target.checked })} /> A range
          </label>
        </div>
        {f.range ? (
          <>
            <Field label="Low" path="low" problems={problems}>
              {(a) => (
                <input {...a} inputMode="decimal" value={f.low} onChange={(e) => onChange({ low: e.target.value })} />
              )}
            </Field>
            <Field label="High" path="high" problems={problems}>
              {(a) => (
                <input {...a} inputMode="decimal" value={f.high} onChange={(e) => onChange({ high: e.target.value })} />
              )}
            </Field>
          </>
        ) : (
          <Field label="Value" path="value" problems={problems} hint={VALUE_HINT[f.unit]}>
            {(a) => (
              <input {...a} inputMode="decimal" value={f.value} onChange={(e) => onChange({ value: e.target.value })} />
            )}
          </Field>
        )}
      </div>
      <div className="desk-row">
        {dated ? (
          <Field
            label="Deadline"
            path="deadline"
            problems={problems}
            hint="YYYY or YYYY-MM, only as stated; else a horizon"
          >
            {(a) => <input {...a} value={f.deadline} onChange={(e) => onChange({ deadline: e.target.value })} />}
          </Field>
        ) : (
          <>
            <Field label="Period" path="period" problems={problems} hint="YYYY, YYYY-MM or START/END">
              {(a) => <input {...a} value={f.period} onChange={(e) => onChange({ period: e.target.value })} />}
            </Field>
            <SelectField
              label="Period kind"
              path="periodKind"
              problems={problems}
              value={f.periodKind}
              options={PERIOD_KINDS}
              empty="none"
              onChange={(periodKind) => onChange({ periodKind })}
            />
          </>
        )}
        {f.kind === 'change' && (
          <Field
            label="Relates (figure ids)"
            path="relates"
            problems={problems}
            hint="the figures it compares, comma-separated"
          >
            {(a) => <input {...a} value={f.relates} onChange={(e) => onChange({ relates: e.target.value })} />}
          </Field>
        )}
      </div>
      {dated && (
        <TextsField
          legend="Horizon, in the speaker’s words"
          path="horizon"
          value={f.horizon}
          problems={problems}
          hint={
            f.deadline
              ? 'optional when a deadline is given'
              : 'no deadline was stated: keep the words used (“в среднесрочной перспективе”) in all three languages'
          }
          onChange={(horizon) => onChange({ horizon })}
        />
      )}
      <Field
        label={`Quote (${LANGUAGE_NAMES[language]}, verbatim)`}
        path="quote"
        problems={problems}
        hint="exactly as in the article, character for character"
      >
        {(a) => (
          <textarea
            {...a}
            lang={language}
            rows={3}
            value={f.quote}
            onChange={(e) => onChange({ quote: e.target.value })}
          />
        )}
      </Field>
      <TextsField
        legend="The quote in the other languages"
        path="translation"
        value={f.translation}
        problems={problems}
        skip={language}
        long
        onChange={(translation) => onChange({ translation })}
      />
      <details open={messagesAt(problems, 'note').length > 0}>
        <summary>Note (optional)</summary>
        <TextsField
          legend="Note"
          path="note"
          value={f.note}
          problems={problems}
          long
          hint="in all three languages, or none"
          onChange={(note) => onChange({ note })}
        />
      </details>
    </article>
  );
}
