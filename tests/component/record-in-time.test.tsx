import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { longDate, realDataset, releaseIndex, serveDataset, serveReleases } from './msw-server';
import { renderApp } from './render-app';

const here = () => `${window.location.pathname}${window.location.search}`;

async function open(url: string, heading: string | RegExp) {
  serveDataset(realDataset());
  serveReleases();
  renderApp({ url });
  return screen.findByRole('heading', { level: 2, name: heading });
}

describe('a past view (asof)', () => {
  it('shows only what had been said by the date, judged as of then, under a banner that says so', async () => {
    await open('/view/kz-ots-trade.en.html?asof=2023-09-27', "Kazakhstan's trade with the Turkic states");
    const banner = screen.getByRole('note', { name: 'Past view' });
    expect(banner).toHaveTextContent('The record as it stood on September 27, 2023');
    // the goal was stated on 28 September 2023: the day before, there was none
    expect(screen.getByRole('region', { name: 'Where the goal stands' })).toHaveTextContent('No goal stated');
    expect(within(banner).getByRole('link', { name: 'See today’s view' })).toHaveAttribute(
      'href',
      '/view/kz-ots-trade.en.html',
    );
    // the page keeps its date as the reader moves on
    await userEvent.click(screen.getAllByRole('link', { name: /Overview/ })[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Goals and where they stand' });
    expect(here()).toBe('/view/overview.en.html?asof=2023-09-27');
    expect(screen.getByRole('note', { name: 'Past view' })).toBeInTheDocument();
  });

  it('judges the goal from the day it was stated', async () => {
    await open('/view/kz-ots-trade.en.html?asof=2023-09-28', "Kazakhstan's trade with the Turkic states");
    expect(screen.getAllByText('No date given').length).toBeGreaterThan(0);
  });

  it.each([
    ['2000-01-01', /Nothing in the record had been said by 2000-01-01: the first statement was made on March 31, 2021/],
    ['2030-01-01', new RegExp(`The record runs to ${longDate(realDataset().updated as string)}, not to 2030-01-01`)],
  ])('refuses a date the record does not cover (%s) with a notice, and shows today’s view', async (date, words) => {
    await open(`/view/overview.en.html?asof=${date}`, 'Goals and where they stand');
    expect(await screen.findByText(words)).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: 'Past view' })).toBeNull();
    expect(here()).toBe(`/view/overview.en.html?asof=${date}`);
  });

  it('says so when the indicator had not been spoken of by the date', async () => {
    await open('/view/kz-transit.en.html?asof=2022-01-01', 'Goals and where they stand');
    expect(
      await screen.findByText(/By January 1, 2022, nothing had yet been said about “kz-transit”/),
    ).toBeInTheDocument();
  });
});

describe('a pinned release', () => {
  it('shows exactly what the release published, says a newer one exists, and links to the live record', async () => {
    await open('/view/titr-cargo.en.html?release=1', 'Cargo on the Middle Corridor');
    const banner = screen.getByRole('note', { name: 'Past view' });
    expect(banner).toHaveTextContent('Release 1 of November 22, 2026, exactly as Goalpost published it.');
    // the newest release, whichever it is
    const latest = releaseIndex().releases.at(-1)!;
    expect(banner).toHaveTextContent(`A newer release exists: release ${latest.id} of ${longDate(latest.date)}.`);
    // release 1 read "почти 3 млн тонн" as "about"; release 2 corrected it
    const table = screen.getByRole('table', { name: /All figures for Cargo on the Middle Corridor/ });
    expect(within(table).getByText('about 3 mn t')).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'See the live record' })).toHaveAttribute(
      'href',
      '/view/titr-cargo.en.html',
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/^Release 1 of November 22, 2026 · /);
  });

  it('cites the release it shows, and links to it pinned', async () => {
    await open('/view/titr-cargo.en.html?release=1', 'Cargo on the Middle Corridor');
    await userEvent.click(screen.getByText('Cite this'));
    expect((screen.getByRole('textbox', { name: 'Citation' }) as HTMLTextAreaElement).value).toMatch(
      /^Goalpost\. “Cargo on the Middle Corridor”\. Goalpost dataset, release 1 of November 22, 2026\. http:\/\/localhost\/view\/titr-cargo\.en\.html\?release=1 \(accessed /,
    );
  });

  it('refuses a release that does not exist with a notice, and shows the live record', async () => {
    await open('/view/titr-cargo.en.html?release=9', 'Cargo on the Middle Corridor');
    expect(
      await screen.findByText('There is no release “9” of the dataset, so the live record is shown.'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /All figures/ })).getByText('almost 3 mn t')).toBeInTheDocument();
  });
});

describe('corrections and the verdict history', () => {
  it('says where a corrected figure is shown: when, what it was, and why', async () => {
    await open('/view/titr-cargo.en.html', 'Cargo on the Middle Corridor');
    const table = screen.getByRole('table', { name: /All figures/ });
    const row = within(table).getByText('almost 3 mn t').closest('tr')!;
    expect(row).toHaveTextContent('corrected December 1, 2026');
    await userEvent.click(within(row).getByRole('button', { name: /Show where almost 3 mn t came from/ }));
    const panel = screen.getByRole('complementary');
    expect(panel).toHaveTextContent(
      'Corrected on December 1, 2026: was about 3 mn t (2023), now almost 3 mn t (2023). The speaker said “почти 3 млн тонн”',
    );
  });

  it('lists every change of verdict and goal, dated when it was said, with its statement', async () => {
    await open('/view/ca-intra-trade.en.html', 'Trade within Central Asia');
    const history = screen.getByRole('region', { name: 'Verdict history' });
    const items = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/^September 13, 2023 · .*Verdict: No goal stated/);
    expect(items[1]).toMatch(
      /^September 14, 2023 · .*states a goal of \$15B, horizon: “in the near future”.* · Verdict: No date given/,
    );
    expect(items.at(-1)).toMatch(
      /^November 16, 2025 · Kassym-Jomart Tokayev: raises the goal to \$20B, horizon: “in the future”/,
    );
    // each earlier day links to the page as it stood then
    expect(within(history).getAllByRole('link', { name: 'the page as it stood that day' })[0]).toHaveAttribute(
      'href',
      '/view/ca-intra-trade.en.html?asof=2023-09-13',
    );
  });
});

describe('what changed', () => {
  it('lists the releases newest first, with corrections and their reasons, and the corrections policy', async () => {
    await open('/view/changes.en.html', 'What changed');
    const second = await screen.findByRole('region', { name: 'Release 2, December 1, 2026' });
    const corrections = within(second).getByRole('heading', { name: 'Corrections' }).nextElementSibling!;
    expect(corrections).toHaveTextContent(
      /Cargo on the Middle Corridor: almost 3 mn t \(2023\)\. Was about 3 mn t \(2023\), now almost 3 mn t \(2023\)\. The speaker said/,
    );
    expect(within(second).getByRole('link', { name: 'View this release' })).toHaveAttribute(
      'href',
      '/view/overview.en.html?release=2',
    );
    const first = screen.getByRole('region', { name: 'Release 1, November 22, 2026' });
    expect(within(first).getByText(/first verdict: Met/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Corrections policy' })).toHaveTextContent('A correction is a change');
  });
});
