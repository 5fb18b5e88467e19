import { en } from '../../src/lib/i18n/en';
import { enPages } from '../../src/lib/i18n/en-pages';
import { kk } from '../../src/lib/i18n/kk';
import { kkPages } from '../../src/lib/i18n/kk-pages';
import { providePageWords } from '../../src/lib/i18n/page-words';
import { ru } from '../../src/lib/i18n/ru';
import { ruPages } from '../../src/lib/i18n/ru-pages';

export const LANGS = ['en', 'ru', 'kk'] as const;
export const DICTS = { en, ru, kk } as const;

/** The build draws every page in every language: the page words are at hand, not loaded on demand. */
export const PAGE_DICTS = { en: enPages, ru: ruPages, kk: kkPages } as const;
for (const lang of LANGS) providePageWords(lang, PAGE_DICTS[lang]);
