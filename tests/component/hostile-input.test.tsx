import { cleanup, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { datasetSource } from '../../src/lib/dataset-source';
import { LOCALES, SERIES, THEMES, VIEWS, parseUrlState } from '../../src/lib/url-state';
import { realDataset, server } from './msw-server';
import { renderApp } from './render-app';

// The whole app opened at hostile links: it never crashes, nothing from the link becomes markup, a
// bad value is shown back as text, and the document's language and title stay sane.

const MARK = 'PWNED';

const HOSTILE = [
  `<img src=x onerror=alert(1)>`,
  `<script>alert("${MARK}")</script>`,
  `<b>${MARK}</b>`,
  `"><svg onload=alert(1)>${MARK}`,
  `javascript:alert(1)`,
  ` JaVaScRiPt:alert(1)`,
  `data:text/html,<b>${MARK}</b>`,
  '%00',
  '%',
  '%E0%A4%A',
  '\u0000\u0085\u001b[31m',
  `\u202e${MARK}`,
  '😀'.repeat(41),
  '__proto__',
  'constructor',
  '1e309',
  '2100',
  '1990',
  '',
  'x'.repeat(10_000),
];

const GOOD = [...VIEWS, ...LOCALES, ...THEMES, ...SERIES, 'kz-ots-trade', 'kz-ots-trade-2022', 'nope', '5,25', '-1'];

const NAMES = [
  'view',
  'indicator',
  'lang',
  'theme',
  'data',
  'from',
  'to',
  'hide',
  'base',
  'by',
  'r1',
  'n1',
  'r2',
  'n2',
  'ha',
  '__proto__',
  'constructor',
  `<i>${MARK}</i>`,
];

const pair = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...GOOD), fc.string({ unit: 'binary', maxLength: 30 })),
    fc.boolean(),
  )
  .map(([n, v, encode]) => (encode ? `${encodeURIComponent(n)}=${encodeURIComponent(v)}` : `${n}=${v}`));

const query = fc
  .tuple(
    fc.constantFrom('', 'view=indicator&indicator=kz-ots-trade', 'view=scenario&indicator=kz-ots-trade&r1=5'),
    fc.array(pair, { minLength: 1, maxLength: 6 }),
  )
  .map(([p, pairs]) => `?${[p, ...pairs].filter(Boolean).join('&')}`);

/** What the shell does to a long value before it shows it. */
/** As the app shortens values in notices: 60 characters at most, never splitting one. */
const shorten = (s: string) => ([...s].length > 60 ? `${[...s].slice(0, 59).join('')}…` : s);

/** Any address serves the real dataset, so that whatever the page fetches, it can render. */
function serveEverywhere() {
  server.use(http.get('*', () => HttpResponse.json(realDataset())));
}

/** Renders at `url`, waits for the page, and checks everything that must hold for any link. */
async function openAndCheck(url: string) {
  renderApp({ url });
  const search = window.location.search;
  const { state, notices } = parseUrlState(search);

  // It renders: a main landmark and a page heading (an embed has its own figure instead).
  if (state.embed) {
    await waitFor(() => expect(document.querySelector('.embed')).not.toBeNull());
  } else {
    expect(await screen.findByRole('main')).toBeInTheDocument();
    expect((await screen.findAllByRole('heading', { level: 2 })).length).toBeGreaterThan(0);
  }
  // The published dataset always loads (an address the publisher did not allow is never fetched); an
  // allowed alternative may fail to (msw answers 500 to a path it cannot decode, such as `%E0%A4%A`),
  // and then the page says so and offers a retry, which is not a crash.
  const failed = document.getElementById('dataset-error-title');
  if (datasetSource(state.data).foreign === null || !failed) expect(failed).toBeNull();
  else expect(within(failed.closest('[role="alert"]') as HTMLElement).getByRole('button')).toBeInTheDocument();

  // The document's language follows the link when it names one, else the browser's (en here).
  const expectedLang = state.lang ?? 'en';
  await waitFor(() => expect(document.documentElement.lang).toBe(expectedLang));
  expect(LOCALES).toContain(document.documentElement.lang);
  const theme = document.documentElement.dataset.theme;
  expect(theme === undefined || (THEMES as readonly string[]).includes(theme)).toBe(true);
  expect(document.title).not.toMatch(/[<>]/);
  expect(document.title).not.toContain(MARK);
  expect(document.title.length).toBeLessThan(200);

  // Nothing from the link became markup.
  const body = document.body;
  expect(body.querySelectorAll('script, iframe, object, embed, marquee, style, base, meta')).toHaveLength(0);
  expect(body.querySelector('img[src="x"]')).toBeNull();
  for (const el of body.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `<${el.tagName} ${attr.name}>`).toBe(false);
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr.name))
        expect(attr.value.trim()).not.toMatch(/^(javascript|vbscript|data):/i);
    }
    if (el.tagName.toLowerCase() === 'svg' && el.classList.contains('static-chart')) {
      // our chart writes a scenario's name at the end of its line: as text, never as elements
      expect(el.querySelector('b, i, u, img, script, foreignObject'), 'markup inside the chart').toBeNull();
    } else if (['B', 'I', 'IMG', 'SVG', 'U'].includes(el.tagName.toUpperCase())) {
      expect(el.textContent ?? '', `<${el.tagName}> from the link`).not.toContain(MARK);
    }
  }

  // Every bad value the link carried is shown back, as text, in the notice.
  const shown = notices.filter((n) => n.reason !== 'malformed');
  if (shown.length) {
    const notice = [...body.querySelectorAll('[role="status"]')].find((el) => el.querySelector('ul'));
    expect(notice, `a notice for ${JSON.stringify(shown)}`).toBeDefined();
    const text = notice!.textContent ?? '';
    for (const n of shown) {
      expect(text).toContain(shorten(n.param));
      // an unknown parameter is named; its value is not shown at all
      if (n.reason === 'unknown-value') expect(text).toContain(shorten(n.value));
    }
    expect(notice!.querySelectorAll('*:not(ul):not(li):not(button)')).toHaveLength(0);
  }
  return { state, notices };
}

describe('the app at hostile links', () => {
  it('survives generated hostile query strings', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        serveEverywhere();
        try {
          await openAndCheck(`/${q}`);
        } finally {
          cleanup();
          server.resetHandlers();
          window.history.replaceState(null, '', '/');
        }
      }),
      { numRuns: 15 },
    );
  });

  it('shows an HTML-looking indicator back as text and falls back to the overview', async () => {
    serveEverywhere();
    await openAndCheck('/?view=indicator&indicator=<img src=x onerror=alert(1)>');
    expect(screen.getByRole('heading', { level: 2, name: 'Goals and where they stand' })).toBeInTheDocument();
    expect(screen.getByText(/“indicator” value/)).toHaveTextContent('“<img src=x onerror=alert(1)>”');
    expect(document.querySelector('img')).toBeNull();
  });

  it('refuses a script as a language and keeps English', async () => {
    serveEverywhere();
    await openAndCheck('/?lang=<script>');
    expect(screen.getByText(/“lang” value/)).toHaveTextContent('“<script>”');
    expect(document.documentElement.lang).toBe('en');
  });

  it('does not load a javascript: dataset, and loads the bundled one instead', async () => {
    const requested: string[] = [];
    server.use(
      http.get('*', ({ request }) => {
        requested.push(request.url);
        return HttpResponse.json(realDataset());
      }),
    );
    await openAndCheck('/?data=javascript:alert(1)');
    expect(screen.getByText(/“data” value/)).toHaveTextContent('“javascript:alert(1)”');
    // the published dataset: the overview's part of it (here the whole, served at the part's address)
    expect(requested).toEqual(['http://localhost/data/overview.json']);
    expect(screen.getByRole('link', { name: 'Download the dataset (JSON)' })).toHaveAttribute(
      'href',
      '/data/dataset.json',
    );
  });

  it('keeps an overflowing rate out and shows a name as text, never as markup', async () => {
    serveEverywhere();
    await openAndCheck(
      `/?view=scenario&indicator=kz-ots-trade&r1=1e309&n1=<b>x</b>&r2=5&n2=${encodeURIComponent(`<b>${MARK}</b>`)}`,
    );
    expect(screen.getByRole('heading', { level: 2, name: /^Scenarios:/ })).toBeInTheDocument();
    expect(screen.getByText(/“r1” value/)).toHaveTextContent('“1e309”');
    expect(document.querySelectorAll('b')).toHaveLength(0);
    // the one valid scenario keeps its name, as typed, as text
    expect(screen.getByDisplayValue(`<b>${MARK}</b>`)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What it takes' })).toHaveTextContent(`<b>${MARK}</b>`);
  });

  it('reports a reversed year range as the years received, not as a missing indicator', async () => {
    serveEverywhere();
    await openAndCheck('/?view=indicator&indicator=kz-ots-trade&from=2100&to=1990');
    const notice = screen.getByText(/“from” value/).closest('[role="status"]') as HTMLElement;
    expect(within(notice).getByText(/“from” value/)).toHaveTextContent('“2100”');
    expect(within(notice).getByText(/“to” value/)).toHaveTextContent('“1990”');
    expect(notice).not.toHaveTextContent('without naming the indicator');
  });

  it('shortens a 20,000-character value in the notice and still renders', async () => {
    serveEverywhere();
    const huge = `<b>${MARK}</b>${'x'.repeat(20_000)}`;
    await openAndCheck(`/?lang=${encodeURIComponent(huge)}&theme=${huge}&n1=${huge}`);
    const notice = screen.getByText(/“lang” value/);
    expect(notice.textContent!.length).toBeLessThan(200);
    expect(notice).toHaveTextContent(`“<b>${MARK}</b>xxx`);
  });
});
