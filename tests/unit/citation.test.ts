import { describe, expect, it } from 'vitest';
import { bibtex, escapeBibtex } from '../../src/lib/citation';

describe('citations', () => {
  it('escapes what TeX would read as commands, so any title survives BibTeX', () => {
    expect(escapeBibtex('100% {trade} & #1 $5_a ~x^2 \\end')).toBe(
      '100\\% \\{trade\\} \\& \\#1 \\$5\\_a \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}end',
    );
  });

  it('writes an @online entry with the corporate author, version, address, access date and language', () => {
    const entry = bibtex({
      title: 'Товарооборот Казахстана со странами ОТГ',
      version: '2026-12-01',
      url: 'https://news.example/graphics/goalpost/view/kz-ots-trade.ru.html?view=indicator&indicator=kz-ots-trade&lang=ru',
      accessed: '2026-12-03',
      key: 'kz-ots-trade',
      locale: 'ru',
    });
    expect(entry.split('\n')[0]).toBe('@online{goalpost-kz-ots-trade-2026-12-01,');
    expect(entry).toMatch(/^ {2}title += \{Товарооборот Казахстана со странами ОТГ\},$/m);
    expect(entry).toMatch(/^ {2}author += \{\{Goalpost\}\},$/m);
    expect(entry).toMatch(/^ {2}urldate += \{2026-12-03\},$/m);
    expect(entry).toMatch(/^ {2}langid += \{russian\}$/m);
    expect(entry).toContain('view/kz-ots-trade.ru.html?view=indicator&indicator=kz-ots-trade&lang=ru}');
    // balanced braces: a broken entry makes a bibliography tool drop it silently
    let depth = 0;
    for (const ch of entry.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
