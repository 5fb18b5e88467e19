import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOnFirstInteraction } from '../../src/lib/early-input';
import { dropPrerender } from '../../src/lib/prerender';
import * as takeOver from '../../src/lib/take-over';

// The same controls twice, as the build's render and the live one draw them: the prerendered copy is
// plain HTML (its ids differ from the live ones, as React's do), the live copy is React with state.
const PRERENDERED = `
  <form><input placeholder="2010" value="" id="pre-1" /><button type="submit">Apply</button></form>
  <label><input type="checkbox" checked /> Goal</label><label><input type="checkbox" checked /> Context</label>
  <select><option value="system" selected>System</option><option value="dark">Dark</option></select>
  <details class="embed-code"><summary>Embed code</summary><p>…</p></details>
  <button type="button">Copy</button><button type="button">Copy</button>
  <button type="button" popovertarget="menu">Menu</button>`;

function Live({ log }: { log: string[] }) {
  const [from, setFrom] = useState('');
  const [shown, setShown] = useState({ goal: true, context: true });
  const [theme, setTheme] = useState('system');
  return (
    <>
      <form onSubmit={(e) => (e.preventDefault(), log.push(`apply ${from}`))}>
        <input placeholder="2010" value={from} id="live-1" onChange={(e) => setFrom(e.target.value)} />
        <button type="submit">Apply</button>
      </form>
      {(['goal', 'context'] as const).map((k) => (
        <label key={k}>
          <input
            type="checkbox"
            checked={shown[k]}
            onChange={(e) => (setShown({ ...shown, [k]: e.target.checked }), log.push(`${k} ${e.target.checked}`))}
          />{' '}
          {k === 'goal' ? 'Goal' : 'Context'}
        </label>
      ))}
      <select value={theme} onChange={(e) => (setTheme(e.target.value), log.push(`theme ${e.target.value}`))}>
        <option value="system">System</option>
        <option value="dark">Dark</option>
      </select>
      <details className="embed-code">
        <summary>Embed code</summary>
        <p>…</p>
      </details>
      <button type="button" onClick={() => log.push('copy 1')}>
        Copy
      </button>
      <button type="button" onClick={() => log.push('copy 2')}>
        Copy
      </button>
      <output>{from}</output>
    </>
  );
}

/** A page as boot.js leaves it: the prerendered view shown, the live root hidden and empty. */
function prerenderedPage(log: string[]) {
  document.documentElement.classList.add('prerendered');
  const pre = document.createElement('div');
  pre.id = 'prerender';
  pre.innerHTML = PRERENDERED;
  document.body.append(pre);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return { pre, mount: () => render(<Live log={log} />, { container: root }) };
}

const tick = () => act(() => new Promise((r) => setTimeout(r, 5)));

/** The reader's focus on the prerendered year field, then the live page's commit: its container. */
function liveAfterFocusOnField() {
  const { pre, mount } = prerenderedPage([]);
  pre.querySelector('input')!.focus();
  const { container } = mount();
  act(() => dropPrerender(takeOver));
  return container;
}

afterEach(() => {
  document.getElementById('prerender')?.remove();
  document.getElementById('root')?.remove();
  document.documentElement.classList.remove('prerendered');
});

describe('starting on the first interaction', () => {
  it('does not start on load or while the pointer crosses text, and starts once when the reader reaches', () => {
    const start = vi.fn();
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<main tabindex="-1"><p>Text</p><div class="chart" tabindex="0"></div></main>';
    startOnFirstInteraction(start, doc);
    doc.querySelector('p')!.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    expect(start).not.toHaveBeenCalled();
    doc.querySelector('.chart')!.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    doc.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts on a key press anywhere (a keyboard reader never hovers)', () => {
    const start = vi.fn();
    const doc = document.implementation.createHTMLDocument('');
    startOnFirstInteraction(start, doc);
    doc.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('the live page takes over what the reader did on the prerendered one', () => {
  it('keeps a typed value, where the caret was and the focus, and React sees the value', async () => {
    const log: string[] = [];
    const { pre, mount } = prerenderedPage(log);
    const field = pre.querySelector('input')!;
    field.focus();
    field.value = '2015';
    field.setSelectionRange(2, 2);
    const { container } = mount();
    act(() => dropPrerender(takeOver));
    await tick();
    const live = container.querySelector<HTMLInputElement>('#live-1')!;
    expect(document.getElementById('prerender')).toBeNull();
    expect(document.activeElement).toBe(live);
    expect(live.value).toBe('2015');
    expect(live.selectionStart).toBe(2);
    // the value is React's state, not only the DOM's
    expect(container.querySelector('output')!.textContent).toBe('2015');
  });

  it('brings the focus back after the commit, at once if a key comes first: a Tab moves on from where the reader was', async () => {
    const container = liveAfterFocusOnField();
    const live = container.querySelector<HTMLInputElement>('#live-1')!;
    // the commit that showed the live page does not lay it out to focus (src/lib/take-over.ts)
    expect(document.activeElement).toBe(document.body);
    const seen: (Element | null)[] = [];
    const listener = () => seen.push(document.activeElement);
    document.addEventListener('keydown', listener);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual([live]);
    await tick();
    expect(document.activeElement).toBe(live);
  });

  it('leaves the focus where the reader put it on the live page before it came back', async () => {
    const container = liveAfterFocusOnField();
    const copy = container.querySelector<HTMLButtonElement>('button[type="button"]')!;
    copy.focus();
    await tick();
    expect(document.activeElement).toBe(copy);
  });

  it('carries over a changed checkbox, a chosen option and an open details; leaves untouched ones alone', async () => {
    const log: string[] = [];
    const { pre, mount } = prerenderedPage(log);
    pre.querySelectorAll('input[type=checkbox]')[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    pre.querySelector('select')!.value = 'dark';
    pre.querySelector('details')!.open = true;
    const { container } = mount();
    act(() => dropPrerender(takeOver));
    await tick();
    const boxes = container.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect([boxes[0]!.checked, boxes[1]!.checked]).toEqual([true, false]);
    expect(container.querySelector('select')!.value).toBe('dark');
    expect(container.querySelector('details')!.open).toBe(true);
    expect(log).toEqual(['context false', 'theme dark']);
  });

  it('presses again, on the live page, the buttons pressed before it was live: the same one of two alike', async () => {
    const log: string[] = [];
    const doc = document;
    const { pre, mount } = prerenderedPage(log);
    startOnFirstInteraction(() => {}, doc);
    const [, second] = pre.querySelectorAll<HTMLButtonElement>('button[type=button]:not([popovertarget])');
    const pressed = new MouseEvent('click', { bubbles: true, cancelable: true });
    second!.dispatchEvent(pressed);
    // the prerendered form never submits (that would reload the page)
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    pre.querySelector('form')!.dispatchEvent(submit);
    expect([pressed.defaultPrevented, submit.defaultPrevented]).toEqual([true, true]);
    // a native popover toggle works with no app: not held
    const menu = new MouseEvent('click', { bubbles: true, cancelable: true });
    pre.querySelector('[popovertarget]')!.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(false);
    mount();
    act(() => dropPrerender(takeOver));
    await tick();
    expect(log).toEqual(['copy 2']);
  });

  it('does nothing when no prerendered view was shown (a page the URL changed)', async () => {
    const log: string[] = [];
    const { pre, mount } = prerenderedPage(log);
    document.documentElement.classList.remove('prerendered');
    pre.querySelector('input')!.value = '1999';
    const { container } = mount();
    act(() => dropPrerender(takeOver));
    await tick();
    expect(container.querySelector<HTMLInputElement>('#live-1')!.value).toBe('');
    expect(log).toEqual([]);
  });
});
