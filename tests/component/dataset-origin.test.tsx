import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { devPart } from '../../scripts/build/parts';
import { realDataset, server } from './msw-server';
import { renderApp } from './render-app';

/** Every request the page makes, answered with the real dataset (or `other` for other/dataset.json). */
function recordRequests(other?: unknown) {
  const requested: string[] = [];
  server.use(
    http.get('*', ({ request }) => {
      requested.push(request.url);
      if (other && request.url.endsWith('/other/dataset.json')) return HttpResponse.json(other as object);
      // the published dataset, and the parts of it the build publishes beside it
      const part = /(data\/(?:overview|indicators\/[a-z0-9-]+)\.json)$/.exec(new URL(request.url).pathname);
      const text = part ? devPart(JSON.stringify(realDataset()), part[1]!) : JSON.stringify(realDataset());
      return text === null
        ? new HttpResponse('Not found', { status: 404 })
        : new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return requested;
}

/** A copy of the published dataset with one figure changed: what a forger would serve. */
function forged() {
  const ds = realDataset();
  const f = ds.figures.find((x) => x.id === 'ca-intra-trade-2024')!;
  f.value = 2.1;
  return ds;
}

const REFUSED = /not a dataset this site publishes, so it was not loaded: the published data is shown/;

describe('only the published dataset by default', () => {
  it.each([
    ['another origin', 'https://evil.example/dataset.json'],
    ['a protocol-relative address', '//evil.example/dataset.json'],
    ['a path outside the app’s folder', '/elsewhere/dataset.json'],
    ['a path climbing out of the folder', '../dataset.json'],
  ])('never fetches %s, says so, and shows the published data', async (_name, address) => {
    const requested = recordRequests();
    // the app lives in a newsroom's folder, as it is published
    renderApp({
      url: `/graphics/goalpost/?view=indicator&indicator=ca-intra-trade&data=${encodeURIComponent(address)}`,
    });
    expect(await screen.findByRole('heading', { level: 2, name: /Trade within Central Asia/ })).toBeInTheDocument();
    const notice = screen.getByText(REFUSED);
    expect(notice).toHaveTextContent(`“${address}”`);
    // the page's part of the published dataset, from the app's folder, and nothing else
    expect(requested).toEqual(['http://localhost/graphics/goalpost/data/indicators/ca-intra-trade.json']);
    expect(document.querySelector('.foreign-dataset')).toBeNull();
  });

  it('refuses a foreign address in an embed too', async () => {
    const requested = recordRequests();
    renderApp({ url: '/?embed=1&view=indicator&indicator=ca-intra-trade&data=https://evil.example/d.json' });
    await waitFor(() => expect(document.querySelector('.embed')).not.toBeNull());
    expect(screen.getByText(REFUSED)).toBeInTheDocument();
    expect(requested).toEqual(['http://localhost/data/indicators/ca-intra-trade.json']);
  });
});

describe('an allowed alternative dataset is never mistaken for the published one', () => {
  it.each([
    ['the overview', '/?data=other/dataset.json', /Goals and where they stand/],
    ['an indicator page', '/?view=indicator&indicator=ca-intra-trade&data=other/dataset.json', /Trade within/],
    ['the sources page', '/?view=sources&data=other/dataset.json', /Sources/],
  ])('says so on %s, persistently, with the address as text', async (_name, url, heading) => {
    const requested = recordRequests(forged());
    renderApp({ url });
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    const banner = screen.getByRole('note');
    expect(banner).toHaveTextContent('Not the published dataset: other/dataset.json');
    expect(within(banner).queryByRole('button')).toBeNull(); // nothing to dismiss it with
    expect(requested).toEqual(['http://localhost/other/dataset.json']);
  });

  it('says so in an embed, above the forged figures', async () => {
    recordRequests(forged());
    renderApp({ url: '/?embed=1&view=indicator&indicator=ca-intra-trade&lang=ru&data=other/dataset.json' });
    await waitFor(() => expect(document.querySelector('.embed')).not.toBeNull());
    // English stands in while the Russian dictionary loads (src/lib/i18n/i18n.tsx): wait for Russian
    await waitFor(() =>
      expect(screen.getByRole('note')).toHaveTextContent('Это не опубликованный набор данных: other/dataset.json'),
    );
    const banner = screen.getByRole('note');
    expect(banner.compareDocumentPosition(document.querySelector('.embed')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('treats the published file, however it is written, as the published dataset', async () => {
    const requested = recordRequests();
    renderApp({ url: '/?data=./data/dataset.json' });
    expect(await screen.findAllByRole('heading', { level: 2 })).not.toHaveLength(0);
    expect(document.querySelector('.foreign-dataset')).toBeNull();
    expect(requested).toEqual(['http://localhost/data/overview.json']);
  });
});
