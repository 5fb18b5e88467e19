/**
 * The note a release gets when its curator writes none: what it changed, counted, in three
 * languages ("Added: 2 figures, 1 source. Corrected: 1 figure.").
 */
import type { Localized } from '../../src/domain/dataset-schema';
import type { ChangeKind, RecordChange, RecordKind } from '../../src/domain/releases';
import { pluralCategory } from '../../src/lib/grammar/plural';
import type { Locale } from '../../src/lib/page-address';

const NOUN: Record<Locale, Record<RecordKind, (n: number) => string>> = {
  en: {
    figure: (n) => (n === 1 ? 'figure' : 'figures'),
    source: (n) => (n === 1 ? 'source' : 'sources'),
    indicator: (n) => (n === 1 ? 'indicator' : 'indicators'),
  },
  ru: {
    figure: (n) => ({ one: 'цифра', few: 'цифры', many: 'цифр', other: 'цифры' })[pluralCategory('ru', n)],
    source: (n) =>
      ({ one: 'источник', few: 'источника', many: 'источников', other: 'источника' })[pluralCategory('ru', n)],
    indicator: (n) =>
      ({ one: 'показатель', few: 'показателя', many: 'показателей', other: 'показателя' })[pluralCategory('ru', n)],
  },
  // a Kazakh noun after a numeral does not change
  kk: { figure: () => 'сан', source: () => 'дереккөз', indicator: () => 'көрсеткіш' },
};

const VERB: Record<Locale, Record<ChangeKind, string>> = {
  en: { added: 'Added', corrected: 'Corrected', edited: 'Edited', retracted: 'Retracted' },
  ru: { added: 'Добавлено', corrected: 'Исправлено', edited: 'Отредактировано', retracted: 'Отозвано' },
  kk: { added: 'Қосылды', corrected: 'Түзетілді', edited: 'Өңделді', retracted: 'Қайтарып алынды' },
};

const ORDER: ChangeKind[] = ['added', 'corrected', 'edited', 'retracted'];
const RECORDS: RecordKind[] = ['figure', 'source', 'indicator'];

export function defaultNote(changes: RecordChange[]): Localized {
  const note = (lang: Locale) =>
    ORDER.flatMap((kind) => {
      const parts = RECORDS.flatMap((record) => {
        const n = changes.filter((c) => c.kind === kind && c.record === record).length;
        return n ? [`${n} ${NOUN[lang][record](n)}`] : [];
      });
      return parts.length ? [`${VERB[lang][kind]}: ${parts.join(', ')}.`] : [];
    }).join(' ');
  return { en: note('en'), ru: note('ru'), kk: note('kk') };
}
