import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftRecords,
  figureFromCandidate,
  mergeDraft,
  noTexts,
  parseDecimal,
  suggestSourceId,
  type Draft,
} from '../../src/domain/curate/draft';
import { draftProblems } from '../../src/domain/curate/draft-problems';
import { previewDataset, verdictChanges } from '../../src/domain/curate/preview';
import { readArticle } from '../../src/domain/curate/read-article';
import { parseDataset, parseDatasetText } from '../../src/domain/parse-dataset';
import { completeTexts } from '../../src/features/desk/source-form';
import { datasetPath, repoRoot } from './dataset-fixture';

const parsed = parseDatasetText(readFileSync(datasetPath, 'utf8'));
if (!parsed.ok) throw new Error('the dataset does not load');
const { dataset } = parsed;
const article = readFileSync(join(repoRoot, 'tests/fixtures/curate/desk-article.ru.txt'), 'utf8');
const candidates = readArticle({ text: article, lang: 'ru', date: '2026-03-10', indicators: dataset.indicators });
const taken = new Set(dataset.figures.map((f) => f.id));

/** A draft as a curator leaves it when every field is filled: the article's two figures. */
function complete(): Draft {
  const figures = candidates.map((c, i) => figureFromCandidate(c, i, `f${i}`, 'ru', taken));
  figures[0]!.translation = { en: 'Last year 64 thousand TEU were carried', ru: '', kk: 'Өткен жылы 64 мың TEU' };
  figures[1]!.translation = {
    en: 'to bring it to 100 thousand TEU by 2028',
    ru: '',
    kk: '2028 жылға қарай 100 мың TEU',
  };
  return {
    source: {
      id: 's-test-wire-2026-03-10',
      document: '2026-03-10-test-wire.txt',
      url: '',
      outlet: 'Test Wire',
      title: noTexts(),
      published: '2026-03-10',
      event: { en: 'Briefing', ru: 'Брифинг', kk: 'Брифинг' },
      eventDate: '2026-03-10',
      place: noTexts(),
      speaker: noTexts(),
      speakerRole: noTexts(),
      language: 'ru',
    },
    indicators: [],
    figures,
    updated: '2026-03-10',
  };
}

describe('the curator’s draft', () => {
  it('reads numbers as a curator types them, and nothing else', () => {
    expect(parseDecimal('12,9')).toBe(12.9);
    expect(parseDecimal('12.9')).toBe(12.9);
    expect(parseDecimal('12 900')).toBe(12900);
    expect(parseDecimal('12\u00A0900,5')).toBe(12900.5);
    expect(parseDecimal('12,9 млрд')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('fills a figure form with the reading, under an id not yet taken', () => {
    const [actual, goal] = candidates.map((c, i) => figureFromCandidate(c, i, `f${i}`, 'ru', taken));
    expect(actual).toMatchObject({
      id: 'titr-containers-2025',
      indicator: 'titr-containers',
      kind: 'actual',
      value: '64000',
      unit: 'TEU',
      period: '2025',
      periodKind: 'year',
    });
    expect(goal).toMatchObject({ id: 'titr-containers-goal-2028', kind: 'goal', value: '100000', deadline: '2028' });
    expect(suggestSourceId({ outlet: 'Kazinform', eventDate: '2026-11-20', event: noTexts() }, new Set())).toBe(
      's-kazinform-2026-11-20',
    );
    expect(
      suggestSourceId(
        { outlet: 'Kazinform', eventDate: '2026-11-20', event: noTexts() },
        new Set(['s-kazinform-2026-11-20']),
      ),
    ).toBe('s-kazinform-2026-11-20-2');
  });

  it('writes records in the dataset’s shape: the quote’s own language is no translation', () => {
    const records = draftRecords(complete());
    expect(records.figures[0]).toMatchObject({
      value: 64000,
      qualifier: null,
      source: 's-test-wire-2026-03-10',
      translation: { en: 'Last year 64 thousand TEU were carried', kk: 'Өткен жылы 64 мың TEU' },
    });
    expect(records.figures[0]!.translation).not.toHaveProperty('ru');
    expect(records.figures[1]).toMatchObject({ deadline: '2028' });
    expect(records.figures[1]).not.toHaveProperty('horizon');
    // a source's three-language field left empty in every language is not given
    expect(records.source.title).toBeNull();
    const merged = parseDataset(mergeDraft(dataset, records, '2026-03-10'));
    expect(merged.ok, JSON.stringify(!merged.ok && merged.problems)).toBe(true);
  });

  it('says what is missing, on the field at fault, and finds no fault in a complete draft', () => {
    expect(draftProblems(dataset, complete(), article)).toEqual([]);

    const draft = complete();
    draft.figures[0]!.translation.kk = '';
    draft.source.title.en = 'Containers on the Middle Corridor';
    draft.figures[1]!.deadline = '';
    draft.figures[1]!.value = '100 тысяч';
    const problems = draftProblems(dataset, draft, article);
    expect(problems).toEqual(
      expect.arrayContaining([
        { where: 'figure:f0', field: 'translation.kk', message: 'missing' },
        { where: 'source', field: 'title.ru', message: 'missing' },
        { where: 'source', field: 'title.kk', message: 'missing' },
        {
          where: 'figure:f1',
          field: 'value',
          message: 'not a number in the unit: write 12.9 for “12,9 млрд”, 100000 for “100 тысяч”',
        },
        // no deadline: the words of its horizon are needed, in three languages
        { where: 'figure:f1', field: 'horizon.en', message: 'missing' },
      ]),
    );
  });

  it('checks each quote against the article, and an id against the dataset’s', () => {
    const draft = complete();
    draft.figures[0]!.quote = draft.figures[0]!.quote.replace('64 тысячи', '65 тысяч');
    draft.figures[1]!.id = 'kz-ots-trade-2019';
    const problems = draftProblems(dataset, draft, article);
    expect(problems.find((p) => p.where === 'figure:f1' && p.field === 'id')?.message).toBe(
      'duplicate id "kz-ots-trade-2019"',
    );
    const fixed = complete();
    fixed.figures[0]!.quote = fixed.figures[0]!.quote.replace('64 тысячи', '65 тысяч');
    const quote = draftProblems(dataset, fixed, article).filter((p) => p.where === 'figure:f0');
    expect(quote.map((p) => p.field)).toEqual(expect.arrayContaining(['quote', 'value']));
    expect(quote.find((p) => p.field === 'quote')?.message).toMatch(/^not found verbatim in 2026-03-10-test-wire\.txt/);
  });

  it('a speaker picked in one language brings the others, as the dataset spells them; nothing typed is replaced', () => {
    const known = dataset.sources.map((s) => s.speaker).filter((s) => s !== null);
    expect(completeTexts(noTexts(), { en: 'Kassym-Jomart Tokayev', ru: '', kk: '' }, known)).toEqual({
      en: 'Kassym-Jomart Tokayev',
      ru: 'Касым-Жомарт Токаев',
      kk: 'Қасым-Жомарт Тоқаев',
    });
    expect(
      completeTexts({ en: '', ru: 'Токаев', kk: '' }, { en: 'Kassym-Jomart Tokayev', ru: 'Токаев', kk: '' }, known),
    ).toEqual({ en: 'Kassym-Jomart Tokayev', ru: 'Токаев', kk: 'Қасым-Жомарт Тоқаев' });
  });
});

describe('the preview', () => {
  it('draws a figure before its translations are in, leaves out one whose numbers are not, and says why', () => {
    const draft = complete();
    draft.figures[0]!.translation = noTexts();
    draft.figures[1]!.value = 'a lot';
    const preview = previewDataset(dataset, draft, '2026-03-10');
    expect(preview.figures.map((f) => f.id)).toEqual(['titr-containers-2025']);
    expect(preview.leftOut).toEqual([{ key: 'f1', reason: expect.stringMatching(/^value: /) }]);
  });

  it('gives the verdict before and after by the site’s own code: a goal stated where there was none', () => {
    const preview = previewDataset(dataset, complete(), '2026-03-10');
    const [change] = verdictChanges(dataset, preview);
    expect(change).toMatchObject({ indicator: 'titr-containers', touched: true });
    expect(change!.before!.assessment.status).toBe('no-goal');
    expect(change!.after.assessment.status).not.toBe('no-goal');
    expect(change!.after.assessment.goal?.id).toBe('titr-containers-goal-2028');
  });

  it('names a verdict that moves only because the dataset’s date does', () => {
    const draft = complete();
    // before the deadline of Kazakhstan's transit goal (December 2023) had passed
    draft.updated = '2023-10-01';
    const moved = verdictChanges(dataset, previewDataset(dataset, draft, '2026-03-10')).filter((c) => !c.touched);
    // a goal's deadline lies between the two dates: its verdict is named, not silently changed
    expect(moved.map((c) => c.indicator)).toContain('kz-transit');
    for (const c of moved) expect(c.before!.assessment.status).not.toBe(c.after.assessment.status);
  });
});
