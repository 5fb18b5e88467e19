import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { kk } from '../../src/lib/i18n/kk';
import { ru } from '../../src/lib/i18n/ru';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]).sort();

describe.each([
  ['ru', ru],
  ['kk', kk],
])('the %s dictionary', (_name, dict) => {
  it('has every key of the English master and no others', () => {
    expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
  });
  it('keeps every placeholder of each message, and no message is empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(dict[key].trim(), key).not.toBe('');
      // a case ending ({value:dat}) or plural form keeps the placeholder's name
      expect(placeholders(dict[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
