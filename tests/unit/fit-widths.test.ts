import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_MAX, FIT_MIN, FIT_WIDTHS, fitRange, fitWidthsUpTo } from '../../src/lib/fit-widths';
import { repoRoot } from './dataset-fixture';

const css = readFileSync(join(repoRoot, 'src/app/components.css'), 'utf8');

describe('prerendered charts at several widths', () => {
  it('every box width from 288 to 1482 px shows exactly one width, drawn at a scale from 0.9 to 1.25', () => {
    for (let box = 288; box <= 1482; box++) {
      const shown = FIT_WIDTHS.filter((w) => {
        const [from, to] = fitRange(w);
        return box >= from && box < to;
      });
      expect(shown, `${box} px`).toHaveLength(1);
      const scale = box / shown[0]!;
      expect(scale, `${box} px`).toBeGreaterThanOrEqual(FIT_MIN);
      expect(scale, `${box} px`).toBeLessThanOrEqual(FIT_MAX);
    }
  });

  it("the stylesheet's container queries show each width in exactly its range", () => {
    for (const w of FIT_WIDTHS) {
      const [from, to] = fitRange(w);
      const conditions = [from > 0 ? `(min-width: ${from}px)` : '', to < Infinity ? `(max-width: ${to - 0.02}px)` : '']
        .filter(Boolean)
        .join(' and ');
      expect(css, `${w}`).toContain(
        `@container ${conditions} {\n  .fit-set > [data-fit='${w}'] {\n    display: block;`,
      );
    }
  });

  it('the last width a set draws is also shown in any wider box (where the set has no wider one)', () => {
    for (const w of FIT_WIDTHS.slice(0, -1)) {
      const [from] = fitRange(w);
      const rule = `.fit-set > [data-fit='${w}'][data-last] {\n    display: block;`;
      expect(css, `${w}`).toContain(
        from > 0 ? `@container (min-width: ${from}px) {\n  ${rule}` : rule.replace(/\n {2}/g, '\n'),
      );
    }
  });

  it('draws only the widths a box can have: an indicator column up to 800 px needs no 1186 px chart', () => {
    expect(fitWidthsUpTo(800)).toEqual([320, 444, 616, 855]);
    expect(fitWidthsUpTo(Infinity)).toEqual([...FIT_WIDTHS]);
  });
});
