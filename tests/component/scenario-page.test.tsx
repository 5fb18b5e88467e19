import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

const STUDENT = '/?view=scenario&indicator=kz-ots-trade&base=kz-ots-trade-2022';

async function open(url: string) {
  serveDataset(realDataset());
  renderApp({ url });
  return screen.findByRole('heading', { level: 2, name: /^(Scenarios|Сценарии|Сценарийлер):/ });
}
const results = () => screen.getByRole('region', { name: 'What it takes' });

describe('scenario explorer', () => {
  it("answers the student's question: pace needed for 23 bn in the medium term, from 12.9 bn in 2022", async () => {
    await open(`${STUDENT}&ha=kz-ots-trade-2010&hb=kz-ots-trade-2022`);
    expect(screen.getByText(/Goalpost assumes a deadline between 2026 and 2030/)).toBeInTheDocument();
    // (23/12.9)^(1/8)-1 = 7.5% by 2030 … (23/12.9)^(1/4)-1 = 15.6% by 2026
    expect(results()).toHaveTextContent(
      'Pace needed from $12.9B (2022) to reach $23B by 2026–2030: +7.5% … +15.6% a year',
    );
    // (12.9/4.5)^(1/12)-1 = 9.2%
    expect(results()).toHaveTextContent('Pace between 2010 and 2022: +9.2% a year');
  });

  it('adds scenarios from presets and by hand, up to three, each removable', async () => {
    const user = userEvent.setup();
    await open(`${STUDENT}&ha=kz-ots-trade-2010&hb=kz-ots-trade-2022`);
    await user.click(screen.getByRole('button', { name: 'Add: the historical pace' }));
    await user.click(screen.getByRole('button', { name: 'Add: the pace needed by 2030' }));
    await user.click(screen.getByRole('button', { name: 'Add a scenario' }));
    expect(window.location.search).toContain('r1=9.2&n1=Historical+pace&r2=7.5&n2=Needed+by+2030&r3=5');
    expect(screen.getByRole('button', { name: 'Add a scenario' })).toBeDisabled();
    // 12.9 (2022) × 1.092^t = 23 → t = 6.57 → the figure for 2029 is the first at 23 bn
    expect(within(results()).getByText('Historical pace').closest('li')).toHaveTextContent(
      'reaches $23B in 2029, within the deadline (2026–2030).',
    );
    // 12.9 (2022) × 1.05^t = 23 → t = 11.85 → 2034
    expect(within(results()).getByText('Scenario 3').closest('li')).toHaveTextContent(
      'reaches $23B in 2034, after the deadline (2026–2030).',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Needed by 2030' }));
    expect(window.location.search).toContain('r1=9.2&n1=Historical+pace&r2=5');
    expect(document.querySelectorAll('.static-chart .scenario')).toHaveLength(2);
  });

  it('honours a typed value exactly, in the field, the URL and the result', async () => {
    const user = userEvent.setup();
    await open(`${STUDENT}&r1=5`);
    const field = screen.getByRole('textbox', { name: 'Yearly rate for Scenario 1' });
    await user.clear(field);
    await user.type(field, '5,25');
    expect(field).toHaveValue('5,25');
    await waitFor(() => expect(window.location.search).toContain('r1=5.25'));
    expect(results()).toHaveTextContent('Scenario 1 (+5.25% a year)');
  });

  it('moves the slider with the keyboard and keeps field and URL in step', async () => {
    await open(`${STUDENT}&r1=5`);
    const slider = screen.getByRole('slider', { name: 'Yearly rate for Scenario 1 (slider)' });
    fireEvent.change(slider, { target: { value: '6.1' } });
    expect(screen.getByRole('textbox', { name: 'Yearly rate for Scenario 1' })).toHaveValue('6.1');
    await waitFor(() => expect(window.location.search).toContain('r1=6.1'));
  });

  it.each([
    ['', 'Enter a number.'],
    ['fast', 'Not a number'],
    ['1000', 'Too high to be meaningful'],
    ['-150', 'Too low'],
  ])('rejects %j (pasted) next to the field and keeps the last valid scenario on the chart', async (typed, message) => {
    await open(`${STUDENT}&r1=5`);
    const path = () => document.querySelector('.static-chart .scenario-1')?.getAttribute('d');
    // the chart has taken its measured width (600 px in jsdom, see setup.ts) before we compare
    await waitFor(() =>
      expect(document.querySelector('.scenario-page .static-chart')).toHaveAttribute('viewBox', '0 0 600 340'),
    );
    const before = path();
    const field = screen.getByRole('textbox', { name: 'Yearly rate for Scenario 1' });
    fireEvent.change(field, { target: { value: typed } });
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveValue(typed);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(window.location.search).toContain('r1=5');
    expect(path()).toBe(before);
  });

  it('keeps the last valid value while typing toward a bad one', async () => {
    const user = userEvent.setup();
    await open(`${STUDENT}&r1=5`);
    const field = screen.getByRole('textbox', { name: 'Yearly rate for Scenario 1' });
    await user.clear(field);
    await user.type(field, '1000');
    expect(screen.getByRole('alert')).toHaveTextContent('Too high to be meaningful');
    expect(field).toHaveValue('1000');
    // 100 % a year was valid on the way and is what the chart and the link keep
    expect(window.location.search).toContain('r1=100');
  });

  it('rejects an assumed deadline before the base year', async () => {
    const user = userEvent.setup();
    await open(STUDENT);
    const field = screen.getByRole('textbox', { name: 'Earliest year' });
    await user.clear(field);
    await user.type(field, '2019');
    expect(screen.getByRole('alert')).toHaveTextContent('The deadline cannot be before the starting figure.');
    expect(window.location.search).not.toContain('by=');
  });

  it('asks for a cut as a negative number on a transit time, and works in days a year', async () => {
    await open('/?view=scenario&indicator=kz-transit&r1=2');
    expect(screen.getByRole('alert')).toHaveTextContent('For a transit time, a cut is negative');
    // 6 days in Sep 2023 to 5 days by Dec 2023: −1 day in 0.25 years = −4 days a year
    expect(results()).toHaveTextContent('−4 days a year');
  });

  it('reopens a shared link with the same scenarios, in Russian', async () => {
    await open(`${STUDENT}&lang=ru&by=2028&r1=5&n1=Только%205%25`);
    await screen.findByRole('heading', { level: 2, name: /^Сценарии:/ });
    expect(screen.getByRole('textbox', { name: 'Название сценария 1' })).toHaveValue('Только 5%');
    expect(screen.getByText(/Вы выбрали срок: 2028 год/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Что для этого нужно' })).toHaveTextContent('Только 5%');
  });
});
