import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/domain/chart-model';
import { indicatorView } from '../../src/domain/indicator-view';
import { withScenarios } from '../../src/domain/scenario-chart';
import { scenarioSetup } from '../../src/domain/scenario-setup';
import { renderPlot } from '../../src/lib/chart-svg/plot-svg';
import { chartSvg, type PictureInput } from '../../src/lib/export/chart-picture';
import { translator } from '../../src/lib/i18n/i18n';
import { viewWords } from '../../src/lib/words/view-words';
import { en, kk, ru } from '../fixtures/words';
import { parsedRealDataset } from './dataset-fixture';

/**
 * Rendering under review: the SVG of every indicator's chart, as the page draws it at desk and phone
 * widths, as its overview card draws it, and as its picture, in three languages, is stored under
 * tests/snapshots/charts/ and compared here. An intended change is reviewed as a diff of those files:
 * `npx vitest run tests/unit/chart-snapshots.test.ts -u` writes them again.
 *
 * Numbers are formatted by Node's Intl here; what Chromium writes is checked by the browser suite.
 */

const ds = parsedRealDataset();
const dicts = { en, ru, kk } as const;
const DIR = '../snapshots/charts';

/** The page's chart column at a desk (800 px at most) and on a 390 px phone. */
const PAGE_WIDTHS = { desk: 760, phone: 358 } as const;
const SCENARIO_VIEW = { hideGoals: false, hideProjection: true, from: null, to: null, projection: null };

function drawings(id: string, lang: keyof typeof dicts): Record<string, string> {
  const view = indicatorView(ds, id)!;
  const t = translator(dicts[lang], lang);
  const { model, sources } = view;
  const words = viewWords({ view, locale: lang, t });
  const { formatY, labels } = words;
  const out: Record<string, string> = {};
  for (const [name, width] of Object.entries(PAGE_WIDTHS)) {
    out[`page-${name}`] = renderPlot(model, { width, height: 340, formatY, idPrefix: 'snap', ...labels });
  }
  out.card = renderPlot(model, {
    width: 320,
    height: 150,
    compact: true,
    formatY,
    idPrefix: 'snap',
    ...words.compactLabels,
  });
  const picture: PictureInput = {
    dataset: ds,
    words,
    permalink: `https://example.org/goalpost/${lang}/indicator/${id}/`,
    theme: 'light',
  };
  out.picture = chartSvg(picture, 'column', '');
  // the scenario explorer's chart: two rates of growth, and the required pace as a fan
  const setup = scenarioSetup(view.figs, sources, {
    base: null,
    by: null,
    scenarios: [
      { rate: '5', name: '' },
      { rate: '12', name: '' },
    ],
    ha: null,
    hb: null,
  });
  if (setup) {
    const plain = buildChartModel(view.figs, sources, { ...SCENARIO_VIEW, hideContext: false });
    const scenario = withScenarios(plain, setup, (i) => t('scenario.defaultName', { n: i + 1 }));
    out.scenario = renderPlot(scenario, { width: 760, height: 340, formatY, idPrefix: 'snap' });
  }
  return out;
}

/** One element per line, so a review reads a diff mark by mark. */
const readable = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('every chart and picture, stored and compared', () => {
  for (const { id } of ds.indicators) {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      it(`${id} in ${lang}`, async () => {
        const drawn = drawings(id, lang);
        expect(Object.keys(drawn).length).toBeGreaterThanOrEqual(4);
        for (const [kind, svg] of Object.entries(drawn)) {
          await expect(readable(svg)).toMatchFileSnapshot(`${DIR}/${id}/${lang}-${kind}.svg`);
        }
      });
    }
  }
});
