import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDatasetText } from '../../src/domain/parse-dataset';
import { DATASET_URL, realDataset, serveDataset, server } from './msw-server';
import { renderApp } from './render-app';

describe('the app shell', () => {
  it('loads the dataset and shows one card per indicator with its figures', async () => {
    serveDataset(realDataset());
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset…');
    const card = await screen.findByRole('article', { name: "Kazakhstan's trade with the Turkic states" });
    expect(within(card).getByText('$23B')).toBeInTheDocument();
    // indicators with a goal as cards, those without in one table
    expect(screen.getAllByRole('article').length + screen.getAllByRole('row').length - 1).toBe(
      realDataset().indicators.length,
    );
  });

  describe('checking the dataset in a worker', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    /** A stand-in for the browser's Worker: answers like parse-worker.ts, or fails to start. */
    const fakeWorker = (behaviour: 'answers' | 'fails', seen: string[]) =>
      class {
        onmessage: ((e: { data: unknown }) => void) | null = null;
        onerror: ((e: { preventDefault: () => void }) => void) | null = null;
        onmessageerror = null;
        postMessage(text: string) {
          seen.push(behaviour);
          setTimeout(() => {
            if (behaviour === 'answers') this.onmessage?.({ data: parseDatasetText(text) });
            else this.onerror?.({ preventDefault: () => {} });
          }, 0);
        }
        terminate() {}
      };

    it('takes the worker’s answer, errors included, where the browser has workers', async () => {
      const seen: string[] = [];
      vi.stubGlobal('Worker', fakeWorker('answers', seen));
      const ds = realDataset();
      ds.figures[0]!.value = 'seven point eight';
      serveDataset(ds);
      renderApp();
      expect(await screen.findByRole('alert')).toHaveTextContent(`figures[0] (${ds.figures[0]!.id}) › value`);
      expect(seen).toEqual(['answers']);
    });

    it('checks the dataset on the page itself when the worker cannot run', async () => {
      const seen: string[] = [];
      vi.stubGlobal('Worker', fakeWorker('fails', seen));
      serveDataset(realDataset());
      renderApp();
      expect(
        await screen.findByRole('article', { name: "Kazakhstan's trade with the Turkic states" }),
      ).toBeInTheDocument();
      expect(seen).toEqual(['fails']);
    });
  });

  it('names the record and field of a dataset that fails the schema', async () => {
    const ds = realDataset();
    const index = ds.figures.findIndex((f) => f.id === 'kz-ots-trade-2019');
    ds.figures[index]!.value = 'seven point eight';
    serveDataset(ds);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`figures[${index}] (kz-ots-trade-2019) › value`);
  });

  it('reports truncated JSON as such', async () => {
    serveDataset(JSON.stringify(realDataset()).slice(0, 500));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('says why a dataset could not be loaded, and retries on request', async () => {
    let calls = 0;
    server.use(
      http.get(DATASET_URL, () => {
        calls += 1;
        return calls <= 3 ? new HttpResponse('gone', { status: 503 }) : HttpResponse.json(realDataset());
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('HTTP 503');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Goals and where they stand' })).toBeInTheDocument();
  });

  it('marks the page Russian in the same update that shows its Russian text', async () => {
    // what a screen reader picks its voice from: read at the first DOM change that brings the text in,
    // before any later task (a passive effect) could set it
    const langAtFirstRussian: string[] = [];
    const seen = new MutationObserver(() => {
      if (!langAtFirstRussian.length && document.body.textContent?.includes('Цели и их выполнение'))
        langAtFirstRussian.push(document.documentElement.lang);
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
    serveDataset(realDataset());
    renderApp({ url: '/?lang=ru' });
    await screen.findByRole('heading', { name: 'Цели и их выполнение' });
    seen.disconnect();
    expect(langAtFirstRussian).toEqual(['ru']);
  });

  it('falls back to defaults for a bad parameter, shows it back as text, and keeps the rest', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?lang=ru&theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' });
    expect(await screen.findByRole('heading', { name: 'Цели и их выполнение' })).toBeInTheDocument();
    const notice = screen.getByText(/параметра «theme»/);
    expect(notice).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.documentElement.lang).toBe('ru');
  });

  it(
    'switches language through links to the page in that language, each a file of the build',
    { timeout: 20_000 },
    async () => {
      serveDataset(realDataset());
      renderApp();
      await screen.findByRole('heading', { name: 'Goals and where they stand' });
      const kk = screen.getByRole('link', { name: 'Қазақша' });
      expect(kk).toHaveAttribute('href', '/view/overview.kk.html');
      await userEvent.click(kk);
      expect(await screen.findByRole('heading', { name: 'Мақсаттар және олардың орындалуы' })).toBeInTheDocument();
      expect(`${window.location.pathname}${window.location.search}`).toBe('/view/overview.kk.html');
      // the switch on an indicator page leads to the same indicator
      await userEvent.click(screen.getByRole('link', { name: 'Қазақстан аумағы арқылы транзит мерзімі' }));
      await screen.findByRole('heading', { level: 2, name: 'Қазақстан аумағы арқылы транзит мерзімі' });
      expect(window.location.pathname).toBe('/view/kz-transit.kk.html');
      expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/view/kz-transit.ru.html');
      window.history.back();
      expect(await screen.findByRole('heading', { name: 'Мақсаттар және олардың орындалуы' })).toBeInTheDocument();
      window.history.back();
      expect(await screen.findByRole('heading', { name: 'Goals and where they stand' })).toBeInTheDocument();
      expect(window.location.pathname).toBe('/');
    },
  );

  it('rewrites a link of the first form in place to the page’s own address, keeping the options', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=kz-transit&lang=ru&from=2015&utm_source=x' });
    await screen.findByRole('heading', { level: 2, name: 'Срок транзита по территории Казахстана' });
    await waitFor(() =>
      expect(`${window.location.pathname}${window.location.search}`).toBe(
        '/view/kz-transit.ru.html?from=2015&utm_source=x',
      ),
    );
    // what the reader's link carried and the page could not use is still said
    expect(screen.getByText(/utm_source/)).toBeInTheDocument();
  });

  it('leaves the address of an indicator the dataset does not have as it was, and says so', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/view/no-such-thing.en.html' });
    expect(await screen.findByText(/There is no indicator “no-such-thing”/)).toBeInTheDocument();
    expect(window.location.pathname).toBe('/view/no-such-thing.en.html');
  });
});

describe('the tab title', () => {
  it.each([
    ['/', 'Goals and where they stand — Goalpost'],
    ['/?view=indicator&indicator=kz-transit', 'Transit time across Kazakhstan — Goalpost'],
    ['/?view=sources&lang=ru', 'Источники — Goalpost'],
  ])('follows the page and language at %s', async (url, title) => {
    serveDataset(realDataset());
    renderApp({ url });
    await waitFor(() => expect(document.title).toBe(title));
  });
});
