import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { resetSelection } from '../../src/features/indicator/selection-store';
import { server } from './msw-server';

// Lazy pages are transformed on first import; on a busy 2-core CI machine that can take seconds.
configure({ asyncUtilTimeout: 5000 });

// An unhandled request fails the test: every request a test makes is one it meant.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
  // module-level stores outlive a test's render: each test starts with nothing selected
  resetSelection();
});
afterAll(() => server.close());

// React and Recharts warnings are failures, not noise.
const fail = (...args: unknown[]) => {
  throw new Error(`console.error/warn in a test: ${args.map(String).join(' ')}`);
};
vi.spyOn(console, 'error').mockImplementation(fail);
vi.spyOn(console, 'warn').mockImplementation(fail);

// jsdom measures every element as 0x0: give charts a size.
class ResizeObserverStub {
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe(target: Element) {
    this.cb(
      [{ target, contentRect: { width: 600, height: 300 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom hides every [popover] (its own stylesheet) and has neither media queries nor showPopover().
// The header's controls carry the popover attribute for the phone menu; on the wide screens these
// tests stand for, the app's stylesheet shows them in the header (components.css). The phone menu
// itself is tested in Chromium (tests/browser/dashboard.test.ts).
const wideHeader = document.createElement('style');
wideHeader.textContent = '.header-controls[popover] { display: flex !important; }'; // jsdom ranks its own rules by specificity, above ours
document.head.append(wideHeader);
