import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';
import { realDataset, serveDataset } from './msw-server';

describe('share panel', () => {
  it('offers a permalink that keeps the language and an embed code that writes the view out', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=titr-cargo&hide=context' });
    const panel = await screen.findByRole('region', { name: 'Share, download, embed' });
    expect(within(panel).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      'http://localhost/view/titr-cargo.en.html?view=indicator&indicator=titr-cargo&lang=en&hide=context',
    );
    await userEvent.click(within(panel).getByText('Embed this chart'));
    const code = within(panel).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).toContain(
      'src="http://localhost/embed/titr-cargo.en.html?view=indicator&amp;indicator=titr-cargo&amp;lang=en&amp;theme=system&amp;hide=context&amp;embed=1"',
    );
    expect(code.value).toContain('title="Cargo on the Middle Corridor — Goalpost"');
    expect(code.value).toContain(
      '<noscript><img src="http://localhost/snapshots/titr-cargo.en.column.png" alt="Chart: Cargo on the Middle Corridor. No date given.',
    );
  });

  it('copies the link and says so', async () => {
    serveDataset(realDataset());
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderApp({ url: '/?view=indicator&indicator=kz-transit&lang=ru' });
    const panel = await screen.findByRole('region', { name: 'Поделиться, скачать, встроить' });
    await user.click(within(panel).getAllByRole('button', { name: 'Копировать' })[0]!);
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost/view/kz-transit.ru.html?view=indicator&indicator=kz-transit&lang=ru',
    );
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
      '/?view=indicator&indicator=kz-transit&lang=en&theme=light',
    );
  });

  it('says so when the embed names no known indicator', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=nope&embed=1' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This embed does not name an indicator that exists in the dataset.',
    );
  });
});
