import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Controls from '../../src/features/indicator/chart-controls';
import { realDataset, serveDataset } from './msw-server';
import { renderApp } from './render-app';

// Counts the renders of a part of the indicator page that does not depend on the selection: if
// hovering a point re-rendered the whole page, this count would grow.
const renders = vi.hoisted(() => ({ controls: 0 }));
vi.mock('../../src/features/indicator/chart-controls', async (importOriginal) => {
  const mod = await importOriginal<typeof Controls>();
  return {
    ...mod,
    ChartControls: (props: Parameters<typeof mod.ChartControls>[0]) => {
      renders.controls++;
      return mod.ChartControls(props);
    },
  };
});

describe('what a hover re-renders', () => {
  it('pointing at a point changes the source panel, not the page around it', async () => {
    serveDataset(realDataset());
    renderApp({ url: '/?view=indicator&indicator=kz-ots-trade' });
    await screen.findByRole('heading', { level: 2 });
    fireEvent.pointerEnter(document.querySelector('.chart')!);
    const point = await screen.findByRole('button', { name: /^\$7\.8B, 2019\./ }, { timeout: 3000 });
    const before = renders.controls;
    expect(before).toBeGreaterThan(0);
    fireEvent.mouseEnter(point);
    const panel = await screen.findByRole('complementary', { name: /Actual: \$7\.8B/ });
    expect(within(panel).getByText('«в 2019 году – 7,8 млрд долларов»')).toBeInTheDocument();
    fireEvent.mouseEnter(await screen.findByRole('button', { name: /^\$4\.5B, 2010\./ }));
    await screen.findByRole('complementary', { name: /Actual: \$4\.5B/ });
    expect(renders.controls).toBe(before);
  });
});
