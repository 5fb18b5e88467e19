import { describe, expect, it } from 'vitest';
import { shorten, toNotice } from '../../src/app/url-notice';

describe('notice values', () => {
  it.each([
    ['short', 'short'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['x'.repeat(61), `${'x'.repeat(59)}…`],
    // 70 emoji: cut after 59 whole characters, never half of one (each is two UTF-16 units)
    ['😀'.repeat(70), `${'😀'.repeat(59)}…`],
  ])('shortens %j', (input, expected) => {
    expect(shorten(input)).toBe(expected);
  });

  it('turns a parser notice into its message key and shortened text', () => {
    expect(toNotice({ param: 'lang', value: 'de', reason: 'unknown-value' })).toEqual({
      key: 'notice.unknown-value',
      vars: { param: 'lang', value: 'de' },
    });
  });
});
