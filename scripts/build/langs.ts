import { en } from '../../src/lib/i18n/en';
import { ru } from '../../src/lib/i18n/ru';
import { kk } from '../../src/lib/i18n/kk';

export const LANGS = ['en', 'ru', 'kk'] as const;
export const DICTS = { en, ru, kk } as const;

import { enPages } from '../../src/lib/i18n/en-pages';
import { ruPages } from '../../src/lib/i18n/ru-pages';
import { kkPages } from '../../src/lib/i18n/kk-pages';
import { providePageWords } from '../../src/lib/i18n/page-words';

/** The build draws every page in every language: the page words are at hand, not loaded on demand. */
export const PAGE_DICTS = { en: enPages, ru: ruPages, kk: kkPages } as const;
for (const lang of LANGS) providePageWords(lang, PAGE_DICTS[lang]);
