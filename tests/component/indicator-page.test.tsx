import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

const open = async (id: string, extra = '') => {
  serveDataset(realDataset());
  renderApp({ url: `/?view=indicator&indicator=${id}${extra}` });
  return screen.findByRole('heading', { level: 2 });
};

/**
 * The Recharts view loads when the reader first reaches for the chart (here a pointer entering it);
 * its points are buttons named by their figure and source.
 */
const chartPoint = async (name: RegExp) => {
  const chart = document.querySelector('.chart');
  if (chart && chart.getAttribute('data-live') !== 'true') fireEvent.pointerEnter(chart);
  return screen.findByRole('button', { name }, { timeout: 3000 });
};

/** The address bar: the page's path and its query. */
const here = () => `${window.location.pathname}${window.location.search}`;

describe('indicator page', () => {
  it('draws the chart with Recharts and follows a point to its quote, speaker and outlet', async () => {
    await open('kz-ots-trade');
    // until the reader reaches for it, the chart is the plain SVG: Recharts is not even downloaded
    expect(document.querySelector('.chart svg.static-chart')).not.toBeNull();
    expect(document.querySelector('.chart .recharts-surface')).toBeNull();
    const point = await chartPoint(/^\$7\.8B, 2019\. Primary source: Kassym-Jomart Tokayev/);
    expect(document.querySelector('.chart .recharts-surface')).not.toBeNull();
    fireEvent.focus(point);
    const panel = screen.getByRole('complementary', { name: /Actual: \$7\.8B/ });
    expect(within(panel).getByText('«в 2019 году – 7,8 млрд долларов»')).toHaveAttribute('lang', 'ru');
    expect(panel).toHaveTextContent('in 2019, 7.8 billion dollars');
    expect(panel).toHaveTextContent('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(panel).toHaveTextContent('Report, citing the website of the President of Kazakhstan');
    expect(within(panel).getByText('Primary source')).toBeInTheDocument();
  });

  it('marks context figures as context, in words, with no quote', async () => {
    await open('kz-ots-trade');
    fireEvent.click(await chartPoint(/^over \$11\.9B, 2025\. Context source/));
    const panel = screen.getByRole('complementary', { name: /Actual: over \$11\.9B/ });
    expect(within(panel).getByText('Context source')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Context figure: summarised from the report, not quoted.');
    expect(within(panel).getByRole('link', { name: 'BAQ.KZ' })).toHaveAttribute(
      'href',
      expect.stringContaining('rus.baq.kz'),
    );
    // a figure of uncertain scope says so, with the reason, and is drawn apart from the line
    expect(panel).toHaveTextContent(/Scope unclear: BAQ\.KZ calls the 11\.9 bn USD the mutual trade of OTS countries/);
    expect(document.querySelector('.chart .point.apart')).not.toBeNull();
  });

  it('speaks Kazakh with the dataset: speaker, event, role and the quote rendered in Kazakh', async () => {
    await open('kz-ots-trade', '&lang=kk');
    fireEvent.focus(await chartPoint(/^7,8\s+млрд/));
    const panel = await screen.findByRole('complementary', { name: /7,8\s+млрд/ });
    expect(within(panel).getByText('«в 2019 году – 7,8 млрд долларов»')).toHaveAttribute('lang', 'ru');
    const rendering = within(panel).getByText(/2019 жылы — 7,8 млрд доллар/);
    expect(rendering).toHaveAttribute('lang', 'kk');
    expect(panel).toHaveTextContent('Қасым-Жомарт Тоқаев, Қазақстан Президенті');
    expect(panel).toHaveTextContent('Түркітілдес мемлекеттердің ынтымақтастық кеңесінің');
    expect(panel).not.toHaveTextContent(/Tokayev|Informal summit|President of/);
    // the English rendering is one click away, not in the way
    expect(within(panel).getByText('Дәйексөз басқа тілдерде').closest('details')).not.toHaveAttribute('open');
  });

  it('keeps ranges as ranges and undated figures off the axis, in the table', async () => {
    await open('china-europe-transit');
    const table = screen.getByRole('table', { name: /All figures for China–Europe transit time/ });
    expect(within(table).getByRole('row', { name: /Sep 2023 19–23 days Actual/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /year not stated 53 days Actual/ })).toBeInTheDocument();
    expect(screen.getByText(/1 earlier figure\(s\) with no year stated/)).toBeInTheDocument();
  });

  it('shows a moved goalpost in the goal history', async () => {
    await open('ca-intra-trade');
    const history = screen.getByRole('region', { name: 'Goal history' });
    expect(history).toHaveTextContent('The goal has moved');
    const items = within(history).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.slice(0, 4))).toEqual(['$15B', '$15B', '$20B']);
    expect(items[2]).toHaveTextContent('Raised from $15B');
    expect(items[2]).toHaveTextContent('stated November 16, 2025 by Kassym-Jomart Tokayev');
  });

  it.each([
    ['kz-ots-trade', 'Holds:', 'fell by 11.2%'],
    ['kz-ots-trade', 'Rounded:', 'grew 3-fold'],
    ['china-europe-transit', 'Does not hold:', 'was cut at least 3-fold'],
    ['kz-transit', 'Holds:', 'fell 2-fold'],
    ['titr-containers', 'Cannot be checked:', 'grew 2-fold'],
  ])('checks the claims of %s: %s %s', async (id, verdict, claim) => {
    await open(id);
    const claims = screen.getByRole('region', { name: 'Claim checks' });
    const item = within(claims).getByText(claim).closest('li')!;
    expect(item).toHaveTextContent(verdict);
  });

  it('says why “at least 3 times” does not hold, with the arithmetic', async () => {
    await open('china-europe-transit');
    const claims = screen.getByRole('region', { name: 'Claim checks' });
    expect(claims).toHaveTextContent('From 53 days to 19–23 days, the arithmetic gives ×2.3–×2.79.');
  });

  it('keeps the shown series and years in the URL, and back restores them', async () => {
    await open('kz-ots-trade');
    await chartPoint(/^over \$11\.9B, 2025\./);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Context sources' }));
    expect(here()).toBe('/view/kz-ots-trade.en.html?hide=context');
    expect(screen.queryByRole('button', { name: /^over \$11\.9B, 2025\./ })).toBeNull();
    const from = screen.getByRole('textbox', { name: 'From' });
    await userEvent.type(from, '2015');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(here()).toBe('/view/kz-ots-trade.en.html?from=2015&hide=context');
    // jsdom delivers popstate asynchronously, as browsers do: wait for what the reader would see.
    act(() => window.history.back());
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue(''));
    expect(here()).toBe('/view/kz-ots-trade.en.html?hide=context');
    act(() => window.history.back());
    expect(await chartPoint(/^over \$11\.9B, 2025\./)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Context sources' })).toBeChecked();
  });

  it('rejects a nonsense year next to the field and keeps what was typed', async () => {
    await open('kz-ots-trade');
    const from = screen.getByRole('textbox', { name: 'From' });
    await userEvent.type(from, '20x5');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a year from 1990 to 2100');
    expect(from).toHaveValue('20x5');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(here()).toBe('/view/kz-ots-trade.en.html');
  });

  it('opens the same view from a shared link, in Kazakh', async () => {
    await open('kz-transit', '&lang=kk&hide=goals');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Қазақстан аумағы арқылы транзит мерзімі' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Мақсаттар' })).not.toBeChecked();
    expect(screen.getByText('Мерзімнен кейін сан жоқ')).toBeInTheDocument();
  });

  it('falls back to the overview with a notice for an unknown indicator', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=gdp-growth' });
    expect(
      await screen.findByText('There is no indicator “gdp-growth” in the dataset, so the overview is shown.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Goals and where they stand' })).toBeInTheDocument();
  });
});
