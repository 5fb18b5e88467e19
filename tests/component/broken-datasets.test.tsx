import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import datasetV1 from '../fixtures/dataset-v1.json';
import { DATASET_URL, realDataset, serveDataset, server } from './msw-server';
import { renderApp } from './render-app';

// Every broken dataset the app can be given either renders or says precisely what is wrong: the record
// (`figures[3] (kz-ots-trade-2019)`), the field and the problem, as text, with a way to retry.

type Raw = ReturnType<typeof realDataset>;

const OVERVIEW = 'Goals and where they stand';

/** The alert's list of problems, one string per problem as shown. */
async function problems(): Promise<string[]> {
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('The dataset could not be read');
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  return within(alert)
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** Breaks a copy of the real dataset; returns it with the index of the figure it changed. */
function breakFigure(id: string, change: (f: Record<string, unknown>) => void): { ds: Raw; index: number } {
  const ds = realDataset();
  const index = ds.figures.findIndex((f) => f.id === id);
  expect(index).toBeGreaterThanOrEqual(0);
  change(ds.figures[index]!);
  return { ds, index };
}

describe('broken datasets', () => {
  it('reports truncated JSON as such', async () => {
    serveDataset(JSON.stringify(realDataset()).slice(0, 777));
    renderApp();
    const list = await problems();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^dataset: not valid JSON \(.+\)$/);
  });

  it('names the record and field of a value given as a string', async () => {
    const { ds, index } = breakFigure('kz-ots-trade-2019', (f) => (f.value = '7.8'));
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual([
      `figures[${index}] (kz-ots-trade-2019) › value: Invalid input: expected number, received string`,
    ]);
  });

  it('says figures must be a list when they are not', async () => {
    const ds = realDataset() as Record<string, unknown>;
    ds.figures = { 'kz-ots-trade-2019': ds.figures };
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual(['dataset › figures: Invalid input: expected array, received object']);
  });

  it('names a figure whose source does not exist', async () => {
    const { ds, index } = breakFigure('kz-ots-trade-2020', (f) => (f.source = 's999-missing'));
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual([
      `figures[${index}] (kz-ots-trade-2020) › source: no source with id "s999-missing"`,
    ]);
  });

  it('names a figure whose indicator does not exist', async () => {
    const { ds, index } = breakFigure('kz-ots-trade-2020', (f) => (f.indicator = 'kz-moon-trade'));
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual([
      `figures[${index}] (kz-ots-trade-2020) › indicator: no indicator with id "kz-moon-trade"`,
    ]);
  });

  it('loads the version-1 dataset through the migration and says so once', async () => {
    serveDataset(structuredClone(datasetV1));
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW })).toBeInTheDocument();
    expect(screen.getAllByText(/earlier version of Goalpost \(schema 1\) and was converted to version 2/)).toHaveLength(
      1,
    );
  });

  it('refuses a dataset with no schemaVersion', async () => {
    const ds = realDataset();
    delete ds.schemaVersion;
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual(['dataset › schemaVersion: missing: a dataset states its schemaVersion']);
  });

  it('refuses a schemaVersion that is not a version number', async () => {
    serveDataset({ ...realDataset(), schemaVersion: '1' });
    renderApp();
    expect(await problems()).toEqual(['dataset › schemaVersion: not a version number: "1"']);
  });

  it('renders a newer schemaVersion, with the warning shown', async () => {
    serveDataset({ ...realDataset(), schemaVersion: 3 });
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW })).toBeInTheDocument();
    expect(
      screen.getByText(
        'This dataset was written for a newer version of Goalpost (schema 3); it is read as version 2, so some of it may not be shown.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article').length + screen.getAllByRole('row').length - 1).toBe(
      realDataset().indicators.length,
    );
  });

  it('renders a newer schemaVersion that adds fields, naming the fields it ignored', async () => {
    const ds = realDataset();
    ds.schemaVersion = 3;
    ds.publisher = 'Goalpost 2';
    ds.figures[0]!.confidence = 'high';
    serveDataset(ds);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW })).toBeInTheDocument();
    expect(
      screen.getByText(
        'This dataset was written for a newer version of Goalpost (schema 3); it is read as version 2, so some of it may not be shown.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Fields this version of Goalpost does not know were ignored: figures[0].confidence, publisher.`),
    ).toBeInTheDocument();
  });

  it('says a newer schemaVersion may be why a dataset fails its checks', async () => {
    const { ds, index } = breakFigure('kz-ots-trade-2019', (f) => (f.value = { amount: 7.8, currency: 'USD' }));
    ds.schemaVersion = 3;
    serveDataset(ds);
    renderApp();
    expect(await problems()).toEqual([
      "dataset › schemaVersion: 3 is newer than this app's 2, which may be why the checks below fail",
      `figures[${index}] (kz-ots-trade-2019) › value: Invalid input: expected number, received object`,
    ]);
  });

  it.each([404, 500])('says HTTP %i and loads on “Try again”', async (status) => {
    let calls = 0;
    server.use(
      http.get(DATASET_URL, () => {
        calls += 1;
        return calls <= 3 ? new HttpResponse('nope', { status }) : HttpResponse.json(realDataset());
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`The dataset could not be loaded: HTTP ${status} for data/dataset.json`);
    expect(calls).toBe(3); // a network failure is retried before it is shown
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports an empty body as not valid JSON', async () => {
    serveDataset('');
    renderApp();
    const list = await problems();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^dataset: not valid JSON \(.+\)$/);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"dataset"'],
  ])('reports a JSON %s as not a JSON object', async (_name, body) => {
    serveDataset(body);
    renderApp();
    expect(await problems()).toEqual(['dataset: the file is not a JSON object']);
  });

  it('does not retry a dataset that fails its checks, and tries again on request', async () => {
    let calls = 0;
    server.use(
      http.get(DATASET_URL, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json(null) : HttpResponse.json(realDataset());
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(calls).toBe(1);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW })).toBeInTheDocument();
  });

  it('shows markup in a broken record as text', async () => {
    const { ds, index } = breakFigure('kz-ots-trade-2019', (f) => (f.id = '<img src=x onerror=alert(1)>'));
    serveDataset(ds);
    renderApp();
    const list = await problems();
    expect(list[0]).toBe(
      `figures[${index}] (<img src=x onerror=alert(1)>) › id: ids are lowercase letters, digits and hyphens`,
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows at most ten problems of a dataset with many', async () => {
    const ds = realDataset();
    for (const f of ds.figures) f.value = 'many';
    serveDataset(ds);
    renderApp();
    const list = await problems();
    expect(list).toHaveLength(10);
    expect(list[0]).toMatch(/^figures\[0\] \([a-z0-9-]+\) › value: /);
  });

  it(
    'renders a valid dataset of 10,000 figures: the overview with every indicator card',
    { timeout: 60_000 },
    async () => {
      const ds = realDataset();
      const indicators = ds.indicators as { id: string; unit: string; better: string }[];
      const context = 'c-akorda-2023-09-14';
      const extra = 10_000 - ds.figures.length;
      for (let i = 0; i < extra; i++) {
        const ind = indicators[i % indicators.length]!;
        const year = 1995 + ((i * 7) % 31); // 1995-2025, up to the dataset's date
        const month = i % 3 === 0 ? `-${String((i % 12) + 1).padStart(2, '0')}` : '';
        const raw = ind.unit === 'days' ? 60 - (year - 1995) : 1 + (year - 1995) * (1 + (i % 5));
        // a share stays a share: at most 100 %
        const value = Math.round((ind.unit === '%' ? Math.min(raw, 100) : raw) * 100) / 100;
        ds.figures.push({
          id: `gen-${ind.id}-${i}`,
          indicator: ind.id,
          kind: 'actual',
          value,
          qualifier: i % 4 === 0 ? 'about' : null,
          unit: ind.unit,
          period: `${year}${month}`,
          periodKind: month ? 'as-of' : 'year',
          source: context,
          quote: null,
          translation: null,
          note: {
            en: `Generated context figure ${i}.`,
            ru: `Сгенерированная цифра ${i}.`,
            kk: `Жасалған көрсеткіш ${i}.`,
          },
        });
      }
      expect(ds.figures).toHaveLength(10_000);
      serveDataset(ds);
      renderApp();
      expect(await screen.findByRole('heading', { level: 2, name: OVERVIEW }, { timeout: 45_000 })).toBeInTheDocument();
      // every indicator is there: as a card when it has a goal, as a row of the no-goal table otherwise
      for (const ind of ds.indicators as { name: { en: string } }[]) {
        const asCard = screen.queryByRole('article', { name: ind.name.en });
        const asRow = screen.queryByRole('link', { name: ind.name.en });
        expect(asCard ?? asRow, ind.name.en).not.toBeNull();
      }
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});
