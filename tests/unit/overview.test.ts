import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorView } from '../../src/domain/indicator-view';
import {
  foldForSearch,
  matches,
  matchesQuery,
  NO_FILTER,
  overviewRows,
  speakerId,
  tally,
  type OverviewFilter,
} from '../../src/domain/overview';
import { filterChoices, groupRows } from '../../src/domain/overview-groups';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { sourceMap } from '../../src/domain/series';
import { TOPICS } from '../../src/domain/topics';
import { setOverview } from '../../src/lib/url-moves';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { datasetPath } from './dataset-fixture';

const parsed = parseDatasetText(readFileSync(datasetPath, 'utf8'));
if (!parsed.ok) throw new Error('the dataset does not load');
const { dataset } = parsed;
const rows = overviewRows(dataset, sourceMap(dataset));
const ids = (f: Partial<OverviewFilter>) =>
  rows.filter((r) => matches(r, { ...NO_FILTER, ...f })).map((r) => r.indicator.id);

describe('the overview’s rows', () => {
  it('has every indicator once, with the verdict its own page gives', () => {
    expect(rows.map((r) => r.indicator.id)).toEqual(dataset.indicators.map((i) => i.id));
    for (const r of rows) expect(r.status).toBe(indicatorView(dataset, r.indicator.id)!.assessment.status);
  });

  it('every indicator of the dataset says where it belongs and what it is about', () => {
    for (const i of dataset.indicators) {
      expect(i.countries.length, i.id).toBeGreaterThan(0);
      expect(i.topic, i.id).not.toBe('other');
    }
  });
});

describe('finding an indicator', () => {
  it('finds a name by the start of its words, in any of the three languages', () => {
    expect(ids({ q: 'cent' })).toEqual(['ca-intra-trade', 'kz-ca-trade']);
    expect(ids({ q: 'central asia kaz' })).toEqual(['kz-ca-trade']);
    expect(ids({ q: 'средн' })).toEqual(
      rows.filter((r) => r.indicator.name.ru.includes('Средн')).map((r) => r.indicator.id),
    );
    expect(ids({ q: 'entral' })).toEqual([]);
  });

  it('reads Kazakh letters as a Russian keyboard types them, and ignores case', () => {
    expect(foldForSearch('Қазақстанның ӨЗБЕКСТАНМЕН саудасы')).toBe('казакстаннын озбекстанмен саудасы');
    const kazakh = ids({ q: 'Қазақстан' });
    expect(kazakh.length).toBeGreaterThan(0);
    expect(ids({ q: 'казакстан' })).toEqual(kazakh);
    expect(ids({ q: 'КАЗАКСТАН' })).toEqual(kazakh);
  });

  it('a row matches a query whose every word starts one of its words', () => {
    const row = { ...rows[0]!, text: foldForSearch("Kazakhstan's trade with Uzbekistan") };
    expect(matchesQuery(row, 'uzbe')).toBe(true);
    expect(matchesQuery(row, 'trade uzb')).toBe(true);
    expect(matchesQuery(row, 'zbek')).toBe(false);
    expect(matchesQuery(row, '   ')).toBe(true);
  });
});

describe('filters, tally and groups', () => {
  it('filters by verdict, area, topic and speaker, each narrowing the others', () => {
    const noDate = rows.filter((r) => r.status === 'no-date').map((r) => r.indicator.id);
    expect(ids({ verdict: ['no-date'] })).toEqual(noDate);
    expect(ids({ area: 'TITR' })).toEqual(
      dataset.indicators.filter((i) => i.countries.includes('TITR')).map((i) => i.id),
    );
    expect(ids({ area: 'TITR', topic: 'infrastructure' })).toEqual(['titr-capacity', 'aktau-container-capacity']);
    const tokayev = speakerId({ en: 'Kassym-Jomart Tokayev', ru: '', kk: '' });
    expect(tokayev).toBe('kassym-jomart-tokayev');
    const his = ids({ speaker: tokayev });
    expect(his.length).toBeGreaterThan(0);
    expect(his.length).toBeLessThan(rows.length);
    expect(ids({ area: 'XX' })).toEqual([]);
  });

  it('the tally counts every verdict among what the other filters leave, so it never hides its own choices', () => {
    const all = tally(rows, NO_FILTER);
    expect([...all.values()].reduce((a, b) => a + b, 0)).toBe(rows.length);
    // choosing a verdict does not empty the tally's other counts
    expect(tally(rows, { ...NO_FILTER, verdict: ['met'] })).toEqual(all);
    const trade = tally(rows, { ...NO_FILTER, topic: 'trade' });
    expect([...trade.values()].reduce((a, b) => a + b, 0)).toBe(ids({ topic: 'trade' }).length);
  });

  it('groups by area, largest first, and by topic in the topics’ order', () => {
    const byArea = groupRows(rows, 'area', TOPICS);
    expect(byArea.flatMap((g) => g.rows).length).toBe(rows.length);
    for (let i = 1; i < byArea.length; i++)
      expect(byArea[i - 1]!.rows.length).toBeGreaterThanOrEqual(byArea[i]!.rows.length);
    for (const g of byArea) for (const r of g.rows) expect(r.indicator.countries[0]).toBe(g.key);
    const byTopic = groupRows(rows, 'topic', TOPICS).map((g) => g.key);
    expect(byTopic).toEqual(TOPICS.filter((t) => byTopic.includes(t)));
    expect(groupRows(rows, 'none', TOPICS)).toEqual([{ key: '', rows }]);
    const { areas } = filterChoices(rows);
    expect(new Set(areas)).toEqual(new Set(dataset.indicators.flatMap((i) => i.countries)));
  });
});

describe('the overview in the address', () => {
  it('round-trips its search, filters and grouping, and drops them off other pages', () => {
    const address =
      'view/overview.ru.html?q=Қазақ+транзит&verdict=no-date,behind&area=kz&topic=trade&speaker=kassym-jomart-tokayev&group=topic';
    const { state, notices } = parseUrlState(address);
    expect(notices).toEqual([]);
    expect(state.overview).toEqual({
      q: 'Қазақ транзит',
      verdict: ['behind', 'no-date'],
      area: 'KZ',
      topic: 'trade',
      speaker: 'kassym-jomart-tokayev',
      group: 'topic',
    });
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
    expect(setOverview('view/overview.en.html', { q: 'uzbe' })).toBe('view/overview.en.html?q=uzbe');
    expect(parseUrlState('view/kz-transit.en.html?q=x&group=area').state.overview).toEqual(NO_FILTER);
  });

  it('says which values it could not use, and keeps the rest', () => {
    const { state, notices } = parseUrlState('view/overview.en.html?verdict=great&topic=weather&group=size&q=ok');
    expect(notices.map((n) => n.param)).toEqual(['verdict', 'topic', 'group']);
    expect(state.overview).toEqual({ ...NO_FILTER, q: 'ok' });
  });
});
