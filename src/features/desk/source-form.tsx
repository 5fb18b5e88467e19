import { useMemo } from 'react';
import type { SourceDraft, Texts } from '../../domain/curate/draft';
import type { Dataset, Language, Localized } from '../../domain/dataset-schema';
import { setSource } from './desk-store';
import { Field, TextsField, type FieldProblems } from './fields';

type TextsKey = 'event' | 'place' | 'speaker' | 'speakerRole';

/** The texts already in the dataset for a field, as written there (each a triple of languages). */
function triples(dataset: Dataset, key: TextsKey): Localized[] {
  const seen = new Map<string, Localized>();
  for (const s of dataset.sources) {
    const t = s[key];
    if (t) seen.set(`${t.en}|${t.ru}|${t.kk}`, t);
  }
  return [...seen.values()];
}

/**
 * A text typed (or picked) in one language that is exactly one already in the dataset brings its
 * other languages with it, as spelled there: "Kassym-Jomart Tokayev" fills "Касым-Жомарт Токаев"
 * and "Қасым-Жомарт Тоқаев". Nothing the curator typed in another language is replaced.
 */
export function completeTexts(before: Texts, next: Texts, known: readonly Localized[]): Texts {
  const changed = (['en', 'ru', 'kk'] as const).find((l) => before[l] !== next[l]);
  if (!changed) return next;
  const match = known.find((k) => k[changed] === next[changed].trim());
  if (!match) return next;
  const out = { ...next };
  for (const l of ['en', 'ru', 'kk'] as const) if (!out[l].trim()) out[l] = match[l];
  return out;
}

export function SourceForm({
  dataset,
  source,
  problems,
}: {
  dataset: Dataset;
  source: SourceDraft;
  problems: FieldProblems;
}) {
  const known = useMemo(
    () =>
      Object.fromEntries(
        (['event', 'place', 'speaker', 'speakerRole'] as const).map((k) => [k, triples(dataset, k)]),
      ) as Record<TextsKey, Localized[]>,
    [dataset],
  );
  const outlets = useMemo(
    () => [...new Set(dataset.sources.map((s) => s.outlet).filter((o): o is string => Boolean(o)))].sort(),
    [dataset],
  );
  const suggestions = (key: TextsKey) =>
    Object.fromEntries((['en', 'ru', 'kk'] as const).map((l) => [l, known[key].map((t) => t[l])])) as Record<
      Language,
      string[]
    >;
  const texts = (key: TextsKey, legend: string, hint?: string) => (
    <TextsField
      legend={legend}
      path={key}
      value={source[key]}
      problems={problems}
      suggestions={suggestions(key)}
      hint={hint}
      onChange={(next) => setSource({ [key]: completeTexts(source[key], next, known[key]) })}
    />
  );
  return (
    <div className="desk-source">
      <div className="desk-row">
        <Field label="Outlet" path="outlet" problems={problems}>
          {(a) => (
            <>
              <input
                {...a}
                list="desk-outlets"
                value={source.outlet}
                onChange={(e) => setSource({ outlet: e.target.value })}
              />
              <datalist id="desk-outlets">
                {outlets.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Address (URL)" path="url" problems={problems}>
          {(a) => <input {...a} type="url" value={source.url} onChange={(e) => setSource({ url: e.target.value })} />}
        </Field>
        <Field label="Published" path="published" problems={problems} hint="YYYY-MM-DD, if the page gives it">
          {(a) => <input {...a} value={source.published} onChange={(e) => setSource({ published: e.target.value })} />}
        </Field>
      </div>
      <div className="desk-row">
        <Field label="Event date" path="eventDate" problems={problems} hint="YYYY-MM-DD: “last year” counts from it">
          {(a) => <input {...a} value={source.eventDate} onChange={(e) => setSource({ eventDate: e.target.value })} />}
        </Field>
        <Field label="Source id" path="id" problems={problems} hint="filled from the outlet and date when left empty">
          {(a) => <input {...a} value={source.id} onChange={(e) => setSource({ id: e.target.value })} />}
        </Field>
        <Field label="File name" path="document" problems={problems} hint="saved as data/articles/<file name>">
          {(a) => <input {...a} value={source.document} onChange={(e) => setSource({ document: e.target.value })} />}
        </Field>
      </div>
      {texts('event', 'Event')}
      {texts('speaker', 'Speaker', 'who stated the figures; pick one already in the dataset to fill all three')}
      {texts('speakerRole', 'Speaker’s role')}
      {texts('place', 'Place')}
      <TextsField
        legend="Headline"
        path="title"
        value={source.title}
        problems={problems}
        onChange={(title) => setSource({ title })}
        long
        hint="in all three languages, or none"
      />
    </div>
  );
}
