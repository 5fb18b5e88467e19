import type { IndicatorDraft } from '../../domain/curate/draft';
import { topicSchema, unitSchema } from '../../domain/dataset-schema';
import { Field, SelectField, TextsField, type FieldProblems } from './fields';
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
        <SelectField
          label="Unit"
          path="unit"
          problems={problems}
          value={i.unit}
          options={unitSchema.options}
          onChange={(unit) => onChange({ unit })}
        />
        <Field label="Countries and blocs" path="countries" problems={problems} hint="codes: KZ UZ, OTS, CA, TITR">
          {(a) => <input {...a} value={i.countries} onChange={(e) => onChange({ countries: e.target.value })} />}
        </Field>
        <SelectField
          label="Topic"
          path="topic"
          problems={problems}
          value={i.topic}
          options={topicSchema.options}
          onChange={(topic) => onChange({ topic })}
        />
        <SelectField
          label="Better when"
          path="better"
          problems={problems}
          value={i.better}
          options={['higher', 'lower']}
          onChange={(better) => onChange({ better })}
        />
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
