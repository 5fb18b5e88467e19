import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartDataDownload } from '../../src/components/download-buttons';
import { datasetSchema } from '../../src/domain/dataset-schema';
import { I18nProvider } from '../../src/lib/i18n/i18n';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

type Src = { id: string; tier: string; title: { en: string; ru: string } | null; outlet: string };
type Ind = { id: string; name: { en: string; ru: string } };

const data = realDataset();
const sources = data.sources as Src[];
const indicators = data.indicators as Ind[];
const nameOf = (s: Src, lang: 'en' | 'ru' = 'en') => (s.title ? s.title[lang] : s.outlet);
const source = (id: string) => sources.find((s) => s.id === id)!;

async function openSources(url = '/?view=sources', heading = 'Sources') {
  serveDataset(realDataset());
  renderApp({ url });
  await screen.findByRole('heading', { level: 2, name: heading });
}

describe('the sources page', () => {
  it('lists the five primary sources first, then the context sources, with the tier in words', async () => {
    await openSources();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(sources.length);
    const tiers = articles.map((a) => within(a).getByText(/^(Primary|Context) source$/).textContent);
    expect(tiers.slice(0, 5)).toEqual(Array(5).fill('Primary source'));
    expect(tiers.slice(5)).toEqual(Array(sources.length - 5).fill('Context source'));
    const primary = sources.filter((s) => s.tier === 'primary');
    expect(articles.slice(0, 5).map((a) => a.getAttribute('aria-labelledby'))).toEqual(
      primary.map((s) => `source-${s.id}`),
    );
    expect(screen.getByRole('article', { name: nameOf(primary[0]!) })).toBe(articles[0]);
  });

  it('says that source 003 has no figures, and when a text carries no date', async () => {
    await openSources();
    const s003 = screen.getByRole('article', { name: nameOf(source('s003-ca-cholpon-ata-2022')) });
    expect(within(s003).getByText('No figures in this text')).toBeInTheDocument();
    expect(within(s003).queryByRole('list')).toBeNull();
    const s001 = screen.getByRole('article', { name: nameOf(source('s001-ots-shusha-2024')) });
    expect(within(s001).getByText('no date in the text')).toBeInTheDocument();
    expect(within(s001).getByText('001_68baf62c3f53cba2.txt')).toBeInTheDocument();
  });

  it('links each figure to its indicator page, and context reports to their address', async () => {
    await openSources();
    const s000 = screen.getByRole('article', { name: nameOf(source('s000-turkic-council-2021')) });
    const name = indicators.find((i) => i.id === 'kz-ots-trade')!.name.en;
    const links = within(s000).getAllByRole('link', { name });
    expect(links).toHaveLength(3);
    expect(links[0]).toHaveAttribute('href', '/view/kz-ots-trade.en.html');
    expect(within(s000).getByText('$7.8B')).toBeInTheDocument();

    const kursiv = screen.getAllByRole('article', { name: 'Kursiv' })[0]!;
    const external = within(kursiv).getByRole('link', { name: 'Open the report on kz.kursiv.media' });
    expect(external).toHaveAttribute('href', expect.stringMatching(/^https:\/\/kz\.kursiv\.media\//));
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('speaks Russian when the link asks for it', async () => {
    await openSources('/?view=sources&lang=ru', 'Источники');
    expect(screen.getAllByText('Первоисточник')).toHaveLength(5);
    const s003 = screen.getByRole('article', { name: nameOf(source('s003-ca-cholpon-ata-2022'), 'ru') });
    expect(within(s003).getByText('В этом тексте нет цифр')).toBeInTheDocument();
    const name = indicators.find((i) => i.id === 'kz-ots-trade')!.name.ru;
    expect(screen.getAllByRole('link', { name }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Скачать набор данных (CSV)' })).toBeInTheDocument();
    // the speaker, the event and the place come from the dataset in Russian
    const s002 = screen.getByRole('article', { name: nameOf(source('s002-ots-think-tanks-2023'), 'ru') });
    expect(s002).toHaveTextContent('Еркин Тукумов');
    expect(s002).toHaveTextContent(
      'Заголовок в оригинале: Түркі мемлекеттері арасында цифрлық технология нарығын қалыптастыру керек',
    );
    expect(s002).not.toHaveTextContent('Yerkin');
  });
});

describe('the dataset downloads', () => {
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    vi.restoreAllMocks();
  });

  function stubClick() {
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    return saved;
  }

  it('offers the JSON file and builds the CSV in the browser', async () => {
    const create = vi.fn<(blob: Blob) => string>(() => 'blob:goalpost-test');
    const revoke = vi.fn();
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    const saved = stubClick();
    await openSources();
    const json = screen.getByRole('link', { name: 'Download dataset (JSON)' });
    // from the app's folder, whichever page the reader is on
    expect(json).toHaveAttribute('href', '/data/dataset.json');
    expect(json).toHaveAttribute('download');

    await userEvent.click(screen.getByRole('button', { name: 'Download dataset (CSV)' }));
    expect(saved).toEqual(['goalpost-dataset.csv']);
    expect(create).toHaveBeenCalledTimes(1);
    const blob = create.mock.calls[0]![0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '');
    expect(
      text.startsWith(
        'figure_id,indicator_id,indicator_name_en,indicator_name_ru,indicator_name_kk,indicator_countries,indicator_topic,kind,value,',
      ),
    ).toBe(true);
    const records = text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n');
    expect(records.pop()).toBe('');
    expect(records).toHaveLength(data.figures.length + 1);
    expect(text).toContain('около 7 миллиардов долларов');
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:goalpost-test'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why when the browser cannot save the file', async () => {
    // jsdom has no URL.createObjectURL, like a browser that cannot save generated files.
    URL.createObjectURL = undefined as unknown as typeof URL.createObjectURL;
    const saved = stubClick();
    await openSources();
    await userEvent.click(screen.getByRole('button', { name: 'Download dataset (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be saved: this browser cannot save files created on the page.',
    );
    expect(saved).toEqual([]);
  });

  it('shows the reason of any other failure', async () => {
    URL.createObjectURL = vi.fn(() => {
      throw new Error('out of memory');
    });
    stubClick();
    await openSources();
    await userEvent.click(screen.getByRole('button', { name: 'Download dataset (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file could not be saved: out of memory');
  });

  it('saves one chart’s figures under the name it is given', async () => {
    const create = vi.fn<(blob: Blob) => string>(() => 'blob:chart');
    URL.createObjectURL = create;
    URL.revokeObjectURL = vi.fn();
    const saved = stubClick();
    const ds = datasetSchema.parse(realDataset());
    render(
      <I18nProvider locale="en">
        <ChartDataDownload
          dataset={ds}
          figures={['kz-ots-trade-2019', 'kz-ots-trade-2020']}
          filename="kz-ots-trade.csv"
        />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download this chart’s data (CSV)' }));
    expect(saved).toEqual(['kz-ots-trade.csv']);
    const text = await create.mock.calls[0]![0].text();
    expect(
      text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .map((line) => line.split(',')[0]),
    ).toEqual(['figure_id', 'kz-ots-trade-2019', 'kz-ots-trade-2020', '']);
  });
});

describe('Cite this', () => {
  it('cites the dataset on the sources page and a chart on its page, in the page’s language, with today as access date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:00:00Z') });
    try {
      // the dataset's version is the date it was last updated
      serveDataset({ ...realDataset(), updated: '2026-12-01' });
      const user = userEvent.setup();
      const view = renderApp({ url: '/?view=sources' });
      await user.click(await screen.findByText('Cite this'));
      const plain = screen.getByRole('textbox', { name: 'Citation' });
      expect(plain).toHaveValue(
        `Goalpost. “${realDataset().title}”. Goalpost dataset, version of December 1, 2026. http://localhost/view/sources.en.html (accessed December 3, 2026).`,
      );
      expect((screen.getByRole('textbox', { name: 'BibTeX' }) as HTMLTextAreaElement).value).toMatch(
        /^@online\{goalpost-dataset-2026-12-01,[\s\S]*urldate += \{2026-12-03\}/,
      );
      view.unmount();
      renderApp({ url: '/?view=indicator&indicator=kz-transit&lang=ru' });
      await user.click(await screen.findByText('Как цитировать'));
      expect((screen.getByRole('textbox', { name: 'Ссылка для цитирования' }) as HTMLTextAreaElement).value).toMatch(
        /^Goalpost\. «Срок транзита по территории Казахстана» \/\/ Набор данных Goalpost, версия от 1 декабря 2026 г\. URL: http:\/\/localhost\/view\/kz-transit\.ru\.html \(дата обращения: 3 декабря 2026 г\.\)\.$/,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
