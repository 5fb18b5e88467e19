// Reading a text as the desk does, against the dataset's indicators, for the reading's unit tests.
import { readFileSync } from 'node:fs';
import { readArticle } from '../../src/domain/curate/read-article';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { datasetPath } from './dataset-fixture';

const parsed = parseDatasetText(readFileSync(datasetPath, 'utf8'));
if (!parsed.ok) throw new Error('the dataset does not load');
export const { dataset } = parsed;

export type Lang = 'ru' | 'kk' | 'en';

export const read = (text: string, lang: Lang, date = '2025-03-15') =>
  readArticle({ text, lang, date, indicators: dataset.indicators });

const valueOf = (c: { value: number | null; low?: number; high?: number }) => c.value ?? `${c.low}-${c.high}`;

/** Each candidate as [kind, value or "low-high", unit, period, else deadline, else horizon]. */
export const dated = (text: string, lang: Lang, date = '2025-09-20') =>
  read(text, lang, date).map((c) => [c.kind, valueOf(c), c.unit, c.period ?? c.deadline ?? c.horizon]);

/** Each candidate as [kind, value or "low-high", unit, qualifier, period]. */
export const qualified = (text: string, lang: Lang, date = '2025-09-20') =>
  read(text, lang, date).map((c) => [c.kind, valueOf(c), c.unit, c.qualifier, c.period]);
