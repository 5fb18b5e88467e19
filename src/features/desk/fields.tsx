import { useId, type ReactNode } from 'react';
import type { DraftProblem, Texts } from '../../domain/curate/draft';
import type { Language } from '../../domain/dataset-schema';

/** The problems of one record of the draft, by field path ("value", "translation.kk"). */
export type FieldProblems = ReadonlyMap<string, readonly string[]>;

export function problemsOf(problems: readonly DraftProblem[], where: string): FieldProblems {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    if (p.where !== where) continue;
    out.set(p.field, [...(out.get(p.field) ?? []), p.message]);
  }
  return out;
}

/** The problems of a field and of its parts ("translation" and "translation.kk"). */
export function messagesAt(problems: FieldProblems, path: string, exact = false): string[] {
  const out: string[] = [];
  for (const [field, messages] of problems)
    if (field === path || (!exact && field.startsWith(`${path}.`))) out.push(...messages);
  return out;
}

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };

interface A11y {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  'data-field': string;
}

/** One labelled control with its problems next to it (the control gets them as its description). */
export function Field({
  label,
  path,
  problems,
  hint,
  children,
  className,
}: {
  label: string;
  path: string;
  problems: FieldProblems;
  hint?: string;
  children: (a11y: A11y) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const messages = messagesAt(problems, path, true);
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={`desk-field${messages.length ? ' has-problem' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': messages.length ? true : undefined,
        'aria-describedby': described || undefined,
        'data-field': path,
      })}
      {hint && (
        <p className="desk-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p className="desk-problem" id={`${id}-problem`}>
          {messages.join('; ')}
        </p>
      )}
    </div>
  );
}

/** A labelled choice among fixed options (each shown as its value), with `empty` offered first as "". */
export function SelectField<T extends string>({
  label,
  path,
  problems,
  value,
  options,
  empty,
  onChange,
}: {
  label: string;
  path: string;
  problems: FieldProblems;
  value: T;
  options: readonly string[];
  empty?: string;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label} path={path} problems={problems}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A text in three languages: one input per language (`skip` leaves one out), each with its problems. */
export function TextsField({
  legend,
  path,
  value,
  onChange,
  problems,
  skip,
  suggestions,
  long = false,
  hint,
}: {
  legend: string;
  path: string;
  value: Texts;
  onChange: (next: Texts) => void;
  problems: FieldProblems;
  skip?: Language;
  /** values already in the dataset, offered as they are spelled there */
  suggestions?: Partial<Record<Language, readonly string[]>>;
  long?: boolean;
  hint?: string;
}) {
  const listId = useId();
  const whole = messagesAt(problems, path, true);
  return (
    <fieldset className={`desk-texts${whole.length ? ' has-problem' : ''}`}>
      <legend>{legend}</legend>
      {hint && <p className="desk-hint">{hint}</p>}
      {whole.length > 0 && <p className="desk-problem">{whole.join('; ')}</p>}
      {(['en', 'ru', 'kk'] as const)
        .filter((l) => l !== skip)
        .map((l) => (
          <Field key={l} label={LANGUAGE_NAMES[l]} path={`${path}.${l}`} problems={problems}>
            {(a11y) =>
              long ? (
                <textarea
                  {...a11y}
                  lang={l}
                  rows={2}
                  value={value[l]}
                  onChange={(e) => onChange({ ...value, [l]: e.target.value })}
                />
              ) : (
                <>
                  <input
                    {...a11y}
                    lang={l}
                    value={value[l]}
                    list={suggestions?.[l]?.length ? `${listId}-${l}` : undefined}
                    onChange={(e) => onChange({ ...value, [l]: e.target.value })}
                  />
                  {suggestions?.[l]?.length ? (
                    <datalist id={`${listId}-${l}`}>
                      {suggestions[l]!.map((s) => (
                        <option key={s} value={s} />
                      ))}
                    </datalist>
                  ) : null}
                </>
              )
            }
          </Field>
        ))}
    </fieldset>
  );
}
