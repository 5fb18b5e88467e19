import { en } from '../../src/lib/i18n/en';
import { ru } from '../../src/lib/i18n/ru';
import { kk } from '../../src/lib/i18n/kk';

export const LANGS = ['en', 'ru', 'kk'] as const;
export const DICTS = { en, ru, kk } as const;
