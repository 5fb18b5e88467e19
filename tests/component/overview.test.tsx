import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { realDataset, serveDataset } from './msw-server';

const card = (name: string) => screen.findByRole('article', { name });

/** The real dataset with the Turkic-states trade goal given a deadline (it has none in the sources). */
function withDeadline(deadline: string) {
  const ds = realDataset();
  const goal = ds.figures.find((f) => f.id === 'kz-ots-trade-goal-2023')!;
  goal.deadline = deadline;
  goal.horizon = null;
  return ds;
}

describe('overview cards', () => {
  it.each([
    ['China–Europe transit time on the Middle Corridor', 'Met'],
    ['Transit time across Kazakhstan', 'Off track'],
    ["Kazakhstan's trade with the Turkic states", 'No deadline stated'],
    ['Containers on the Middle Corridor', 'No goal stated'],
  ])('%s shows the status “%s” from the real figures', async (name, status) => {
    serveDataset(realDataset());
    renderApp();
    expect(within(await card(name)).getByText(status)).toBeInTheDocument();
  });

  it.each([
    // from 12.9 bn at the end of 2022 to 23 bn at the end of the deadline year; 2010-2022 pace +9.2 %
    ['2040', 'On track', /\+3\.3% a year/],
    ['2027', 'Behind', /\+12\.3% a year/],
    ['2025', 'Off track', /\+21\.3% a year/],
  ])('with a deadline of %s the pace needed makes it “%s”', async (deadline, status, needed) => {
    serveDataset(withDeadline(deadline));
    renderApp();
    const c = await card("Kazakhstan's trade with the Turkic states");
    expect(within(c).getByText(status)).toBeInTheDocument();
    expect(within(c).getByText(/Pace needed to reach the goal/).parentElement).toHaveTextContent(needed);
    expect(c).toHaveTextContent('Pace achieved 2010 → 2022: +9.2% a year');
  });

  it('says when a goal has been stated more than once', async () => {
    serveDataset(realDataset());
    renderApp();
    expect(within(await card('Trade within Central Asia')).getByText('3 goals stated over time')).toBeInTheDocument();
  });

  it('links each card to its indicator page, keeping the language', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?lang=ru' });
    const link = await screen.findByRole('link', { name: 'Внутрирегиональная торговля Центральной Азии' });
    expect(link).toHaveAttribute('href', '?view=indicator&indicator=ca-intra-trade&lang=ru');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Внутрирегиональная торговля Центральной Азии' }),
    ).toBeInTheDocument();
  });
});
