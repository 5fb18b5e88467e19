import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

describe('share panel', () => {
  it('offers the page’s own address as its permalink, and an embed code for its embed page', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=titr-cargo&hide=context' });
    const panel = await screen.findByRole('region', { name: 'Share, download, embed' });
    expect(within(panel).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      'http://localhost/view/titr-cargo.en.html?hide=context',
    );
    // the share panel and the address bar agree
    expect(`${window.location.pathname}${window.location.search}`).toBe('/view/titr-cargo.en.html?hide=context');
    await userEvent.click(within(panel).getByText('Embed this chart'));
    const code = within(panel).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    // light by default, whatever the reader's own theme: a dark box in a white article is a broken embed
    expect(code.value).toContain('src="http://localhost/embed/titr-cargo.en.html?theme=light&amp;hide=context"');
    expect(code.value).toContain('title="Cargo on the Middle Corridor — Goalpost"');
    // the fallback picture's alt text states the figures, not only the chart's name
    expect(code.value).toContain(
      '<noscript><img src="http://localhost/snapshots/titr-cargo.en.column.png" alt="Cargo on the Middle Corridor: almost 3 mn t in 2023. Goal: 10 mn t, horizon: “in the medium term”. Verdict: No date given.',
    );
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'Colours of the embedded chart' }),
      'Follow the reader’s setting',
    );
    expect(code.value).toContain('theme=system');
  });

  it('keeps a headline for the pictures in the URL, and never loses what the reader typed', async () => {
    serveDataset(realDataset());
    const user = userEvent.setup();
    renderApp({ url: '/?view=indicator&indicator=kz-transit' });
    const panel = await screen.findByRole('region', { name: 'Share, download, embed' });
    const field = within(panel).getByRole('textbox', { name: 'Headline on the picture' });
    await user.type(field, 'Transit  still six days ');
    expect(new URLSearchParams(window.location.search).get('headline')).toBe('Transit still six days');
    expect(field).toHaveValue('Transit  still six days ');
    await user.click(field);
    await user.paste('x'.repeat(120));
    // too long for a picture: the field keeps every letter and says why; the link keeps the last valid one
    expect((field as HTMLInputElement).value).toHaveLength(24 + 120);
    expect(within(panel).getByText(/at most 120 characters/)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('headline')).toBe('Transit still six days');
    await user.clear(field);
    expect(new URLSearchParams(window.location.search).has('headline')).toBe(false);
  });

  it('copies the link and says so', async () => {
    serveDataset(realDataset());
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderApp({ url: '/?view=indicator&indicator=kz-transit&lang=ru' });
    const panel = await screen.findByRole('region', { name: 'Поделиться, скачать, встроить' });
    await user.click(within(panel).getAllByRole('button', { name: 'Копировать' })[0]!);
    expect(writeText).toHaveBeenCalledWith('http://localhost/view/kz-transit.ru.html');
    expect(await within(panel).findByText('Скопировано.')).toBeInTheDocument();
  });
});

describe('embed mode', () => {
  it('shows the chart, title, source line and link back, without navigation', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=kz-transit&lang=en&theme=light&embed=1' });
    expect(await screen.findByRole('heading', { name: 'Transit time across Kazakhstan' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('img', { name: /Transit time across Kazakhstan, days/ })).toBeInTheDocument();
    expect(screen.getByText(/^Sources: Yerkin Tukumov/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the full view in Goalpost' })).toHaveAttribute(
      'href',
      '/view/kz-transit.en.html?theme=light',
    );
  });

  it('opens at its embed page’s own address, and leaves that address as the host page wrote it', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/embed/kz-transit.ru.html?theme=light' });
    expect(await screen.findByRole('heading', { name: 'Срок транзита по территории Казахстана' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('link', { name: /Goalpost/ })).toHaveAttribute(
      'href',
      '/view/kz-transit.ru.html?theme=light',
    );
    expect(`${window.location.pathname}${window.location.search}`).toBe('/embed/kz-transit.ru.html?theme=light');
  });

  it('says so when the embed names no known indicator', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=nope&embed=1' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This embed does not name an indicator that exists in the dataset.',
    );
  });
});
