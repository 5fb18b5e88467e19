import type { IndicatorDraft } from '../../domain/curate/draft';
import { topicSchema, unitSchema } from '../../domain/dataset-schema';
import { Field, TextsField, type FieldProblems } from './fields';
import { missingFields } from './figure-form';

/** A new indicator a figure proposes: its id, names and texts in three languages, unit, areas, topic and which way is better. */
export function IndicatorForm({
  indicator,
  problems,
  onChange,
  onRemove,
}: {
  indicator: IndicatorDraft;
  problems: FieldProblems;
  onChange: (patch: Partial<IndicatorDraft>) => void;
  onRemove: () => void;
}) {
  const i = indicator;
  const missing = missingFields(problems);
  return (
    <article className="desk-figure desk-indicator" aria-labelledby={`${i.key}-title`}>
      <header>
        <h3 id={`${i.key}-title`}>New indicator: {i.name.en || i.id}</h3>
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      </header>
      {missing.length > 0 && (
        <p className="desk-missing" role="status">
          Missing: {missing.join(', ')}
        </p>
      )}
      <div className="desk-row">
        <Field label="Indicator id" path="id" problems={problems}>
          {(a) => <input {...a} value={i.id} onChange={(e) => onChange({ id: e.target.value })} />}
        </Field>
        <Field label="Unit" path="unit" problems={problems}>
          {(a) => (
            <select
              {...a}
              value={i.unit}
              onChange={(e) => onChange({ unit: e.target.value as IndicatorDraft['unit'] })}
            >
              {unitSchema.options.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Countries and blocs" path="countries" problems={problems} hint="codes: KZ UZ, OTS, CA, TITR">
          {(a) => <input {...a} value={i.countries} onChange={(e) => onChange({ countries: e.target.value })} />}
        </Field>
        <Field label="Topic" path="topic" problems={problems}>
          {(a) => (
            <select
              {...a}
              value={i.topic}
              onChange={(e) => onChange({ topic: e.target.value as IndicatorDraft['topic'] })}
            >
              {topicSchema.options.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Better when" path="better" problems={problems}>
          {(a) => (
            <select
              {...a}
              value={i.better}
              onChange={(e) => onChange({ better: e.target.value as IndicatorDraft['better'] })}
            >
              <option>higher</option>
              <option>lower</option>
            </select>
          )}
        </Field>
      </div>
      <TextsField
        legend="Name"
        path="name"
        value={i.name}
        problems={problems}
        onChange={(name) => onChange({ name })}
      />
      <TextsField
        legend="Description"
        path="description"
        value={i.description}
        problems={problems}
        long
        onChange={(description) => onChange({ description })}
      />
      <TextsField
        legend="What it measures"
        path="measures"
        value={i.measures}
        problems={problems}
        long
        onChange={(measures) => onChange({ measures })}
      />
    </article>
  );
}
