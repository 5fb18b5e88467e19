import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

const card = (name: string) => screen.findByRole('article', { name });

/** The real dataset with the Turkic-states trade goal given a deadline (it has none in the sources). */
function withDeadline(deadline: string) {
  const ds = realDataset();
  const goal = ds.figures.find((f) => f.id === 'kz-ots-trade-goal-2023')!;
  goal.deadline = deadline;
  goal.horizon = null;
  return ds;
}

/** The verdict line of a card: its words, as a reader sees them first. */
const verdictOf = (c: HTMLElement) => c.querySelector('.verdict-line .verdict-words')?.textContent;

describe('overview cards', () => {
  it.each([
    ['China–Europe transit time on the Middle Corridor', 'Met'],
    ['Transit time across Kazakhstan', 'No figure since the deadline'],
    ["Kazakhstan's trade with the Turkic states", 'No date given'],
    ['Trade within Central Asia', 'No date given'],
  ])('%s leads with the verdict “%s” from the real figures', async (name, status) => {
    serveDataset(realDataset());
    renderApp();
    const c = await card(name);
    expect(verdictOf(c)).toBe(status);
    // the verdict is the first thing under the card's name
    expect(c.querySelector('h3 + .verdict-line')).not.toBeNull();
  });

  it('orders the cards by verdict, and lists indicators with no goal in one table', async () => {
    serveDataset(realDataset());
    renderApp();
    await card('Trade within Central Asia');
    const order = screen.getAllByRole('article').map((c) => verdictOf(c));
    expect(order).toEqual([
      'Met',
      'No date given',
      'No date given',
      'No date given',
      'No date given',
      'No date given',
      'No figure since the deadline',
    ]);
    const table = screen.getByRole('table', { name: 'Figures tracked with no goal to judge them against' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    expect(within(table).getByRole('link', { name: 'Containers on the Middle Corridor' })).toBeInTheDocument();
    // the reading disclaimer once, not on every card
    expect(screen.getAllByText(/Goals with no year get a conditional verdict/)).toHaveLength(1);
  });

  it('says what a goal with no year needs under each reading, and from when the pace so far is enough', async () => {
    serveDataset(realDataset());
    renderApp();
    const c = await card("Kazakhstan's trade with the Turkic states");
    expect(c).toHaveTextContent(
      'A reading, not a stated year: from $12.9B (2022), $23B needs +7.5% a year if “in the medium term” means 2030, +15.6% if it means 2026.',
    );
    expect(c).toHaveTextContent(
      'The pace of 2010–2022 was +9.2%: on track only if “in the medium term” means 2029 or later.',
    );
    expect(c).toHaveTextContent('$12.9B of $23B: 56% of the goal');
  });

  it('measures progress from zero, and a goal to fall by what is left to cut', async () => {
    serveDataset(realDataset());
    renderApp();
    expect(await card('Trade within Central Asia')).toHaveTextContent('$11.5B of $20B: 58% of the goal');
    expect(await card('Transit time across Kazakhstan')).toHaveTextContent(
      '6 days now, goal 5 days: 1 day still to cut',
    );
    expect(await card('China–Europe transit time on the Middle Corridor')).toHaveTextContent('Goal met');
    expect(screen.queryByText(/\d{3,}(\.\d)?%/)).toBeNull(); // nothing over 100 %
  });

  it.each([
    // from 12.9 bn at the end of 2022 to 23 bn at the end of the deadline year; 2010-2022 pace +9.2 %
    ['2040', 'On track', /\+3\.3% a year/],
    ['2027', 'Behind', /\+12\.3% a year/],
  ])('with a deadline of %s the pace needed makes it “%s”', async (deadline, status, needed) => {
    serveDataset(withDeadline(deadline));
    renderApp();
    const c = await card("Kazakhstan's trade with the Turkic states");
    expect(verdictOf(c)).toBe(status);
    expect(within(c).getByText(/Pace needed to reach the goal/).parentElement).toHaveTextContent(needed);
    expect(c).toHaveTextContent('Pace achieved 2010 → 2022: +9.2% a year');
  });

  it('with a deadline that has passed and no figure since, never says “Missed”', async () => {
    serveDataset(withDeadline('2025'));
    renderApp();
    const c = await card("Kazakhstan's trade with the Turkic states");
    expect(verdictOf(c)).toBe('No figure since the deadline');
    expect(c).not.toHaveTextContent('Missed');
  });

  it('shows a raised goal as a move, not a count', async () => {
    serveDataset(realDataset());
    renderApp();
    expect(within(await card('Trade within Central Asia')).getByText('Goal raised: $15B → $20B')).toBeInTheDocument();
  });

  it('links each card to its indicator page, keeping the language', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?lang=ru' });
    const link = await screen.findByRole('link', { name: 'Внутрирегиональная торговля Центральной Азии' });
    expect(link).toHaveAttribute('href', '/view/ca-intra-trade.ru.html');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Внутрирегиональная торговля Центральной Азии' }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/view/ca-intra-trade.ru.html');
  });
});

describe('finding and narrowing on the overview', () => {
  const names = () => screen.getAllByRole('article').map((c) => c.querySelector('h3, h4')?.textContent);

  it('finds an indicator by four letters, keeps what was typed, and puts the search in the address', async () => {
    serveDataset(realDataset());
    renderApp();
    await card('Trade within Central Asia');
    const box = screen.getByRole('searchbox', { name: 'Find an indicator' });
    await userEvent.type(box, 'cent ');
    expect(box).toHaveValue('cent ');
    // the list and the address follow when the typing pauses
    await waitFor(() => expect(window.location.search).toBe('?q=cent'));
    await waitFor(() =>
      expect(names()).toEqual(['Trade within Central Asia', 'Kazakhstan’s trade with Central Asia'.replace('’', "'")]),
    );
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('2 of 11 shown');
    // nothing matches: said, with the way back
    await userEvent.type(box, 'zzz');
    expect(await screen.findByText('No indicator matches.')).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show them all' }));
    expect(box).toHaveValue('');
    expect(screen.getAllByRole('article')).toHaveLength(7);
  });

  it('the tally answers at a glance and filters by verdict, pressed and released', async () => {
    serveDataset(realDataset());
    renderApp();
    await card('Trade within Central Asia');
    const tally = screen.getByRole('list', { name: 'Verdicts' });
    const met = within(tally).getByRole('button', { name: /Met 1$/ });
    expect(within(tally).getByRole('button', { name: /No date given 5$/ })).toBeInTheDocument();
    await userEvent.click(met);
    expect(met).toHaveAttribute('aria-pressed', 'true');
    expect(names()).toEqual(['China–Europe transit time on the Middle Corridor']);
    expect(window.location.search).toBe('?verdict=met');
    await userEvent.click(met);
    expect(met).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('article')).toHaveLength(7);
  });

  it('opens from an address grouped by topic, with its filters set, and goes back and forward', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/view/overview.en.html?group=topic&area=TITR' });
    expect(await screen.findByRole('heading', { name: /^Transport · / })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Infrastructure · / })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Trade · / })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Country, bloc or route' })).toHaveValue('TITR');
    expect(screen.getByRole('combobox', { name: 'Group by' })).toHaveValue('topic');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country, bloc or route' }), 'CA');
    expect(await screen.findByRole('heading', { name: /^Trade · 2 indicators$/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?area=CA&group=topic');
    window.history.back();
    expect(await screen.findByRole('heading', { name: /^Transport · / })).toBeInTheDocument();
  });

  it('in Russian and Kazakh, the filters, groups and names are the page’s language', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/view/overview.kk.html?group=area' });
    expect(await screen.findByRole('heading', { name: /^Орта дәліз · / })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Көрсеткішті іздеу' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Көрсеткішті іздеу' }), 'орталык');
    await waitFor(() =>
      expect(screen.getAllByRole('article').map((c) => c.querySelector('h4')?.textContent)).toEqual(
        expect.arrayContaining([expect.stringMatching(/Орталық Азия/)]),
      ),
    );
  });
});
