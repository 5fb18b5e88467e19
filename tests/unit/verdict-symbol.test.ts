import { describe, expect, it } from 'vitest';
import { VERDICT_SYMBOL } from '../../src/lib/words/goal-words';

describe('verdict symbols', () => {
  it('are plain text characters, none drawn as an emoji picture (or as an empty box where no emoji font is installed)', () => {
    for (const [status, symbol] of Object.entries(VERDICT_SYMBOL)) {
      expect(symbol, status).toMatch(/^.$/u);
      expect(/\p{Emoji_Presentation}/u.test(symbol), `${status}: ${symbol}`).toBe(false);
    }
  });

  it('tell the statuses apart', () => {
    const symbols = Object.values(VERDICT_SYMBOL);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});
