import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { indicatorView } from '../../src/domain/indicator-view';
import { translator } from '../../src/lib/i18n/i18n';
import { chartAlt } from '../../src/lib/words/chart-alt';
import { en, ru, kk } from '../fixtures/words';
import { figure, realDataset } from './dataset-fixture';

const dicts = { en, ru, kk } as const;
/** with the no-break spaces Intl and the tables put between number and unit, read as plain spaces */
const alt = (ds: Dataset, id: string, lang: keyof typeof dicts = 'en') =>
  chartAlt(indicatorView(ds, id)!, lang, translator(dicts[lang], lang)).replace(/[\u00a0\u202f]/g, ' ');

describe('alt text written from the figures', () => {
  it('states what is measured, the first and latest figures with their years, the goal and the verdict', () => {
    const text = alt(realDataset(), 'kz-ots-trade');
    expect(text).toContain("Kazakhstan's trade with the Turkic states: up from $4.5B in 2010 to $12.9B in 2022.");
    expect(text).toContain('Goal: $23B, horizon: “in the medium term”.');
    // a goal with no year gets the honest conditional answer, not only "no date"
    expect(text).toMatch(
      /Verdict: No date given\. The pace of 2010–2022 was \+9\.2%: on track only if .* 2029 or later\./,
    );
  });

  it('follows the data: a changed latest figure changes the sentence', () => {
    const ds = realDataset();
    figure(ds, 'kz-ots-trade-2022').f.value = 3.1;
    expect(alt(ds, 'kz-ots-trade')).toContain('down from $4.5B in 2010 to $3.1B in 2022');
  });

  it('says "down" for a transit time that fell, and the verdict of a met goal', () => {
    const text = alt(realDataset(), 'china-europe-transit');
    expect(text).toMatch(/down from 58–60 days in Dec 2020 to 13–15 days in Dec 2024\..*Verdict: Met\./);
  });

  it('never compares two figures of the same period as a change over time', () => {
    const text = alt(realDataset(), 'titr-cargo');
    expect(text).not.toMatch(/up from|down from/);
    expect(text).toContain('almost 3 mn t in 2023');
  });

  it('says when there is no goal, and stops after the facts', () => {
    expect(alt(realDataset(), 'titr-containers')).toBe(
      'Containers on the Middle Corridor: 56,500 TEU in 2024. No goal stated.',
    );
  });

  it('reads natively in Russian and Kazakh: no doubled dots, Kazakh case endings on the numbers', () => {
    const ds = realDataset();
    const ruText = alt(ds, 'kz-transit', 'ru');
    expect(ruText).toContain('Цель — 5 дней, к дек. 2023 г. Оценка:');
    expect(ruText).not.toMatch(/\.\./);
    expect(alt(ds, 'kz-ots-trade', 'ru')).toContain('рост с 4,5 млрд $ (2010) до 12,9 млрд $ (2022)');
    expect(alt(ds, 'kz-ots-trade', 'kk')).toContain(
      '2010-нан 2022-ге дейін 4,5 млрд доллардан 12,9 млрд долларға дейін өсті',
    );
  });
});
