import type { ChangeEvent } from 'react';
import type { Language } from '../../domain/dataset-schema';
import { setSource, setText } from './desk-store';
import { LANGUAGE_NAMES } from './fields';

/** Step 1 of the desk: the article's language and text, pasted or opened from a file. */
export function ArticleSection({
  language,
  text,
  problem,
  onProblem,
}: {
  language: Language;
  text: string;
  /** the checks find the text missing */
  problem: boolean;
  onProblem: (message: string) => void;
}) {
  const openFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    file
      .text()
      .then((t) => setText(t, file.name))
      .catch(() => onProblem(`Could not read ${file.name}.`));
  };
  return (
    <section aria-labelledby="desk-s1" className="desk-section">
      <h2 id="desk-s1">1. The article</h2>
      <div className="desk-row">
        <div className="desk-field">
          <label htmlFor="desk-lang">Language of the article</label>
          <select id="desk-lang" value={language} onChange={(e) => setSource({ language: e.target.value as Language })}>
            {(['ru', 'kk', 'en'] as const).map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor="desk-file">Open a text file</label>
          <input id="desk-file" type="file" accept=".txt,text/plain" onChange={openFile} />
        </div>
      </div>
      <div className={`desk-field${problem ? ' has-problem' : ''}`}>
        <label htmlFor="desk-text">Article text (paste it as it is, furniture and all)</label>
        <textarea
          id="desk-text"
          data-field="text"
          rows={10}
          lang={language}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
    </section>
  );
}
