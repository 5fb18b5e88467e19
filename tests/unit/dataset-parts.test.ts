import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../scripts/build/page-facts';
import { sitePages } from '../../scripts/build/pages';
import { devPart, partFiles, partsOf } from '../../scripts/build/parts';
import { renderEmbed, renderIndicator, renderOverview, renderScenario } from '../../src/app/prerender-entry';
import { withoutRetracted } from '../../src/domain/as-of';
import { indicatorPart, indicatorPartAddress, OVERVIEW_PART, overviewPart } from '../../src/domain/dataset-parts';
import type { Dataset } from '../../src/domain/dataset-schema';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { en } from '../../src/lib/i18n/en';
import { kk } from '../../src/lib/i18n/kk';
import { ru } from '../../src/lib/i18n/ru';
import { realDataset } from './dataset-fixture';

const WHOLE = 'data/dataset.json';
const DICTS = [
  ['en', en],
  ['ru', ru],
  ['kk', kk],
] as const;

/** A part as a page reads it: through the same parse and checks as any dataset. */
function load(text: string): Dataset {
  const parsed = parseDatasetText(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.record} › ${p.field}: ${p.message}`).join('\n'));
  expect(parsed.notices).toEqual([]);
  return parsed.dataset;
}

describe('the parts of the dataset each page reads', () => {
  const whole = realDataset();
  const files = partFiles(whole);

  it('are one file for the overview and one per indicator, each a dataset that passes every check', () => {
    expect([...files.keys()].sort()).toEqual(
      [OVERVIEW_PART, ...whole.indicators.map((i) => indicatorPartAddress(i.id))].sort(),
    );
    for (const [address, text] of files) expect(() => load(text), address).not.toThrow();
  });

  it('an indicator’s part holds exactly its figures, whole, and the sources they cite', () => {
    for (const i of whole.indicators) {
      const part = load(files.get(indicatorPartAddress(i.id))!);
      expect(part.part).toEqual({ kind: 'indicator', indicator: i.id, whole: WHOLE });
      expect(part.indicators).toEqual([i]);
      expect(part.figures).toEqual(whole.figures.filter((f) => f.indicator === i.id));
      expect(part.sources.map((s) => s.id).sort()).toEqual([...new Set(part.figures.map((f) => f.source))].sort());
      expect(part.updated).toBe(whole.updated);
    }
  });

  it('the overview’s part keeps every indicator and figure, and leaves out quotes, translations and notes', () => {
    const part = load(files.get(OVERVIEW_PART)!);
    expect(part.indicators.map((i) => i.id)).toEqual(whole.indicators.map((i) => i.id));
    expect(part.figures.map((f) => [f.id, f.value, f.low, f.high, f.period, f.kind])).toEqual(
      whole.figures.map((f) => [f.id, f.value, f.low, f.high, f.period, f.kind]),
    );
    expect(part.figures.every((f) => f.quote === null && f.translation === null && f.note === undefined)).toBe(true);
    expect(files.get(OVERVIEW_PART)!.length).toBeLessThan(0.75 * JSON.stringify(whole).length);
  });

  it('draws every page exactly as the whole dataset draws it, in every language', () => {
    const live = withoutRetracted(whole);
    const overview = withoutRetracted(load(files.get(OVERVIEW_PART)!));
    for (const [lang, dict] of DICTS) {
      expect(renderOverview(overview, lang, dict), `overview ${lang}`).toBe(renderOverview(live, lang, dict));
      for (const { id } of whole.indicators) {
        const part = withoutRetracted(load(files.get(indicatorPartAddress(id))!));
        expect(renderIndicator(part, id, lang, dict), `${id} ${lang}`).toBe(renderIndicator(live, id, lang, dict));
        expect(renderScenario(part, id, lang, dict), `${id} scenario ${lang}`).toBe(
          renderScenario(live, id, lang, dict),
        );
        expect(renderEmbed(part, id, lang, dict), `${id} embed ${lang}`).toBe(renderEmbed(live, id, lang, dict));
      }
    }
  }, 60_000);

  it('gives an indicator’s pages the same title, description and picture text as the whole (the build draws them from it)', () => {
    const live = withoutRetracted(whole);
    const partOf = partsOf(live);
    for (const page of sitePages(live).filter((p) => p.indicator))
      expect(pageFacts(partOf(page.indicator), page, []), page.file).toEqual(pageFacts(live, page, []));
  });

  it('an indicator’s part does not change when the rest of the dataset grows', () => {
    const grown = realDataset();
    const other = grown.indicators.find((i) => i.id !== 'kz-transit')!;
    for (let k = 2; k <= 5; k++) {
      grown.indicators.push({ ...other, id: `${other.id}-${k}` });
      for (const f of whole.figures.filter((x) => x.indicator === other.id))
        grown.figures.push({ ...f, id: `${f.id}-${k}`, indicator: `${other.id}-${k}`, relates: undefined });
    }
    expect(JSON.stringify(indicatorPart(grown, 'kz-transit', WHOLE))).toBe(
      JSON.stringify(indicatorPart(whole, 'kz-transit', WHOLE)),
    );
    expect(overviewPart(grown, WHOLE).indicators).toHaveLength(whole.indicators.length + 4);
  });

  it('a change that relates a figure of another indicator keeps, in the part, only the relations it can show', () => {
    const ds = realDataset();
    const change = ds.figures.find((f) => f.kind === 'change' && f.relates?.length)!;
    const elsewhere = ds.figures.find((f) => f.indicator !== change.indicator)!;
    change.relates = [...change.relates!, elsewhere.id];
    const part = indicatorPart(ds, change.indicator, WHOLE);
    const cut = part.figures.find((f) => f.id === change.id)!;
    expect(cut.relates).toEqual(change.relates.slice(0, -1));
    expect(() => load(JSON.stringify(part))).not.toThrow();
  });

  it('in dev, a working copy that fails its checks is served whole for every part, and an unknown part is none', () => {
    const broken = JSON.stringify({ ...realDataset(), figures: 'none' });
    expect(devPart(broken, OVERVIEW_PART)).toBe(broken);
    expect(devPart(JSON.stringify(realDataset()), indicatorPartAddress('no-such-indicator'))).toBeNull();
    // a dataset read with a notice (here a newer schema) gets no parts: every page reads the whole
    expect(devPart(JSON.stringify({ ...realDataset(), schemaVersion: 3 }), OVERVIEW_PART)).toBeNull();
  });
});
