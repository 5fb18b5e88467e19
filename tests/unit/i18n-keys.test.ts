import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { ru } from '../../src/lib/i18n/ru';
import { kk } from '../../src/lib/i18n/kk';

/** Grammatical placeholders that callers pass for every language, used only where a language needs them. */
const GRAMMAR = ['dat', 'abl'];
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
      // Kazakh may add the case endings the caller passes for it ({dat}, {abl}: "3 млн т-ға жуық")
      const own = placeholders(dict[key]).filter((p) => !(GRAMMAR.includes(p!) && !placeholders(en[key]).includes(p)));
      expect(own, key).toEqual(placeholders(en[key]));
    }
  });
});
