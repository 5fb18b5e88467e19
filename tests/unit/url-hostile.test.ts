import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPINGS, NO_FILTER } from '../../src/domain/overview';
import { TOPICS } from '../../src/domain/topics';
import { MAX_SCENARIOS, SCENARIO_PARAMS } from '../../src/lib/url-scenario';
import {
  HEADLINE_MAX,
  LOCALES,
  MAX_YEAR,
  MIN_YEAR,
  OVERVIEW_PARAMS,
  QUERY_MAX,
  SERIES,
  THEMES,
  VERDICTS,
  VIEWS,
  canonicalAddress,
  parseUrlState,
  serializeUrlState,
  splitAddress,
  type UrlState,
} from '../../src/lib/url-state';

// Hostile query strings against the one URL parser: it never throws, every field it returns is one of
// its allowed values, its output is a fixed point of serialize → parse, and it pollutes nothing.

const RUNS = { numRuns: 400 };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Percent-encodes like a browser: a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
const enc = (s: string) => encodeURIComponent(s.replace(new RegExp(LONE_SURROGATE, 'g'), '\ufffd'));

const KNOWN = [
  'view',
  'indicator',
  'lang',
  'theme',
  'data',
  'from',
  'to',
  'hide',
  'embed',
  'headline',
  ...OVERVIEW_PARAMS,
];
const NAMES = [
  ...KNOWN,
  ...SCENARIO_PARAMS,
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '__proto__[polluted]',
  '__proto__.polluted',
  'constructor[prototype][polluted]',
  'constructor.prototype.polluted',
  'r4',
  'n0',
  'VIEW',
  'lang ',
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>x</b>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  // a C1 control character (fast-check found U+0080 surviving in a headline)
  'Headline\u0080with a C1 control',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:http://localhost/x',
  '//evil.example/dataset.json',
  'http://[::1',
  'https://example.org/goalpost.json',
  '%00',
  '\u0000',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%2e%2e%2f',
  '%26lang%3Dru',
  '\u202eevil',
  '\u0085\u009b\u001b[31m',
  '\u2028\u2029',
  '\ud800',
  '\udc00x',
  '😀'.repeat(30),
  `a${'😀'.repeat(30)}`,
  '𝒳'.repeat(41),
  'Шамамен 5% & <b>',
  'x'.repeat(10_000),
  '<'.repeat(10_000),
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":1}}',
  'polluted',
  '1e309',
  '1e9',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '5,25',
  '5.25.1',
  ' 5 ',
  '+-5',
  '1234567.123456789',
  '２０２０',
  '٢٠٢٠',
  '2020\n',
  ' 2020',
  '02020',
  '1989',
  '2101',
  '2030-2026',
  '2026-2030',
  'context,,goals',
  'goals,context,goals',
  'context,<script>',
  'true',
  'false',
  '',
];

const validValue = fc.oneof(
  fc.constantFrom(...VIEWS, ...LOCALES, ...THEMES, ...SERIES, ...VERDICTS, ...TOPICS, ...GROUPINGS, 'KZ', 'uzbe'),
  fc.integer({ min: 1980, max: 2110 }).map(String),
  fc.subarray([...SERIES]).map((s) => s.join(',')),
  fc.constantFrom('kz-ots-trade', 'kz-ots-trade-2022', 'kz-ots-trade-2010', 'ca-intra-trade', 'nope'),
  fc
    .tuple(fc.integer({ min: -999, max: 999 }), fc.nat(99), fc.constantFrom('.', ','), fc.boolean())
    .map(([i, d, sep, frac]) => (frac ? `${i}${sep}${d}` : String(i))),
  fc.constantFrom('1', '0', 'data/dataset.json', '/broken/dataset.json'),
);

/** Full Unicode, including lone surrogates and control characters. */
const anyChars = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

const value = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  { arbitrary: validValue, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: anyChars, weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom('%', '&', '=', '+', '?', '#', ',', '0', 'A', ' ') }), weight: 1 },
);

const name = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 8 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
);

/** One `name=value` pair, percent-encoded or pasted raw (so a lone `%` or `&` means what it says). */
const pair = fc
  .tuple(name, value, fc.boolean())
  .map(([n, v, encode]) => (encode ? `${enc(n)}=${enc(v)}` : `${n}=${v}`));

/** Often opens the scenario explorer, so the scenario parameters are read too. */
const prefix = fc.constantFrom('', '', 'view=scenario&indicator=kz-ots-trade', 'view=indicator&indicator=kz-ots-trade');

/** The page's path below the app's folder: every kind of page, and paths that name none. */
const path = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '',
      'index.html',
      'view/kz-ots-trade.ru.html',
      'view/kz-ots-trade.scenario.kk.html',
      'view/overview.en.html',
      'view/sources.kk.html',
      'embed/kz-transit.en.html',
      'view/kz-ots-trade.de.html',
      'view/../index.html',
    ),
    weight: 6,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((p) => p.replace(/[?#]/g, '')), weight: 1 },
);

/** An address: a path, then a query opened by "?" (or by something that is not one). */
const builtQuery = fc
  .tuple(path, prefix, fc.array(pair, { maxLength: 14 }), fc.constantFrom('?', '?', '??', '?&'))
  .map(([at, p, pairs, lead]) => at + lead + [p, ...pairs].filter(Boolean).join('&'));

const anyQuery = fc.oneof(
  { arbitrary: builtQuery, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: anyChars, weight: 1 },
);

const RATE = /^[+-]?\d{1,6}(?:\.\d{1,8})?$/;
const ID = /^[a-z0-9-]{1,80}$/;
const isYear = (n: number | null) => n === null || (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR);

/** Every field is one of its allowed values. */
function expectSane(state: UrlState) {
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  expect(Object.keys(state).sort()).toEqual(
    [
      'asof',
      'data',
      'embed',
      'from',
      'headline',
      'hide',
      'indicator',
      'lang',
      'overview',
      'release',
      'scenario',
      'theme',
      'to',
      'view',
    ].sort(),
  );
  // a real day in the years the app shows; a release is a positive whole number
  if (state.asof !== null) {
    expect(state.asof).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${state.asof}T00:00:00Z`).toISOString().slice(0, 10)).toBe(state.asof);
    expect(isYear(Number(state.asof.slice(0, 4)))).toBe(true);
  }
  if (state.release !== null) expect(Number.isInteger(state.release) && state.release > 0).toBe(true);
  if (state.headline !== null) {
    // a headline is printed in pictures: one trimmed line, no control or bidi-override characters
    expect(state.headline).toBe(state.headline.replace(/\s+/g, ' ').trim());
    expect([...state.headline].length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(state.headline).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(state.headline).not.toMatch(LONE_SURROGATE);
  }
  // the overview's search is one trimmed line of its length, its choices of their kinds
  const o = state.overview;
  if (state.view !== 'overview') expect(o).toEqual(NO_FILTER);
  if (o.q !== null) {
    expect(o.q).toBe(o.q.replace(/\s+/g, ' ').trim());
    expect([...o.q].length).toBeLessThanOrEqual(QUERY_MAX);
    expect(o.q).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  }
  expect(o.verdict).toEqual(VERDICTS.filter((v) => o.verdict.includes(v)));
  if (o.area !== null) expect(o.area).toMatch(/^[A-Z]{2,6}$/);
  if (o.speaker !== null) expect(o.speaker).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect(o.topic === null || (TOPICS as readonly string[]).includes(o.topic)).toBe(true);
  expect(GROUPINGS).toContain(o.group);
  expect(VIEWS).toContain(state.view);
  expect(state.lang === null || LOCALES.includes(state.lang)).toBe(true);
  expect(THEMES).toContain(state.theme);
  expect(typeof state.embed).toBe('boolean');
  expect(isYear(state.from)).toBe(true);
  expect(isYear(state.to)).toBe(true);
  if (state.from !== null && state.to !== null) expect(state.from).toBeLessThanOrEqual(state.to);
  expect(Array.isArray(state.hide)).toBe(true);
  expect(state.hide).toEqual(SERIES.filter((s) => state.hide.includes(s)));
  if (state.view === 'indicator' || state.view === 'scenario') expect(state.indicator).toMatch(ID);
  else expect(state.indicator).toBeNull();
  if (state.data !== null) {
    expect(typeof state.data).toBe('string');
    expect(['http:', 'https:']).toContain(new URL(state.data, 'http://relative.invalid/').protocol);
    expect(['http:', 'https:']).toContain(new URL(state.data, 'https://news.example/graphics/goalpost/').protocol);
  }
  const sc = state.scenario;
  for (const id of [sc.base, sc.ha, sc.hb]) if (id !== null) expect(id).toMatch(ID);
  if (sc.by !== null) {
    expect(isYear(sc.by.from) && isYear(sc.by.to)).toBe(true);
    expect(sc.by.from).toBeLessThanOrEqual(sc.by.to);
  }
  expect(sc.scenarios.length).toBeLessThanOrEqual(MAX_SCENARIOS);
  for (const s of sc.scenarios) {
    expect(s.rate).toMatch(RATE);
    expect(typeof s.name).toBe('string');
    expect(s.name.length).toBeLessThanOrEqual(40);
    expect(s.name).not.toMatch(/\p{Cc}/u);
    // well-formed: no half of a surrogate pair left over by truncation
    expect(s.name).not.toMatch(LONE_SURROGATE);
  }
  if (state.view !== 'scenario') expect(sc).toEqual({ base: null, by: null, scenarios: [], ha: null, hb: null });
}

function expectSafeParse(search: string) {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  let result!: ReturnType<typeof parseUrlState>;
  expect(() => (result = parseUrlState(search))).not.toThrow();
  const { state, notices } = result;
  expectSane(state);

  // Notices carry the value as received, as a string, to be shown back as text.
  const parts = splitAddress(search);
  const params = new URLSearchParams(parts.search);
  for (const n of notices) {
    expect(typeof n.param).toBe('string');
    expect(typeof n.value).toBe('string');
    expect(['unknown-value', 'unknown-param', 'malformed', 'unknown-page']).toContain(n.reason);
    if (n.reason === 'malformed') expect(n).toEqual({ param: 'indicator', value: '', reason: 'malformed' });
    else if (n.reason === 'unknown-page')
      expect(n).toEqual({ param: 'page', value: parts.path, reason: 'unknown-page' });
    else expect(params.getAll(n.param)).toContain(n.value);
  }

  // Idempotence: the state's own link parses back to the same state, with nothing to report.
  const link = serializeUrlState(state);
  expect(parseUrlState(link)).toEqual({ state, notices: [] });
  expect(serializeUrlState(parseUrlState(link).state)).toBe(link);
  // The address a page is rewritten to opens the same view, in the page's language.
  const rewritten = canonicalAddress(search, state.lang ?? 'kk');
  if (rewritten !== null) expect(parseUrlState(rewritten).state).toEqual({ ...state, lang: state.lang ?? 'kk' });

  // No prototype pollution.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
}

describe('parseUrlState against hostile query strings', () => {
  it('never throws, returns only allowed values, round-trips, and pollutes nothing (built queries)', () => {
    fc.assert(fc.property(builtQuery, expectSafeParse), RUNS);
  });

  it('does the same for arbitrary strings', () => {
    fc.assert(fc.property(anyQuery, expectSafeParse), RUNS);
  });

  it.each(HOSTILE.map((v) => [JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}… (${v.length})` : v), v]))(
    'survives %s in every parameter',
    (_label, v) => {
      for (const n of NAMES) {
        expectSafeParse(`?view=scenario&indicator=kz-ots-trade&r1=5&${enc(n)}=${enc(v)}`);
        expectSafeParse(`?${n}=${v}`);
      }
    },
  );

  it('reports every bad value as received, as text', () => {
    const { state, notices } = parseUrlState(
      `?view=indicator&indicator=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=%3Cscript%3E&data=javascript:alert(1)`,
    );
    expect(state.view).toBe('overview');
    expect(notices).toEqual([
      { param: 'indicator', value: '<img src=x onerror=alert(1)>', reason: 'unknown-value' },
      { param: 'lang', value: '<script>', reason: 'unknown-value' },
      { param: 'data', value: 'javascript:alert(1)', reason: 'unknown-value' },
      { param: 'indicator', value: '', reason: 'malformed' },
    ]);
  });

  it('reports a reversed range as the two values received, and falls back to fit the data', () => {
    const { state, notices } = parseUrlState('?from=2100&to=1990');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(notices).toEqual([
      { param: 'from', value: '2100', reason: 'unknown-value' },
      { param: 'to', value: '1990', reason: 'unknown-value' },
    ]);
  });

  it('keeps the first of repeated parameters', () => {
    const { state } = parseUrlState('?lang=kk&lang=ru&lang=<script>&theme=dark&theme=light');
    expect(state.lang).toBe('kk');
    expect(state.theme).toBe('dark');
  });

  it('cuts names to 40 characters without splitting a character or keeping control characters', () => {
    const emoji = `a${'😀'.repeat(30)}`;
    const { state } = parseUrlState(
      `?view=scenario&indicator=kz-ots-trade&r1=5&n1=${encodeURIComponent(emoji)}&r2=1&n2=%C2%9Bab%1Bc%00d`,
    );
    expect(state.scenario.scenarios[0]!.name).toBe(`a${'😀'.repeat(19)}`);
    expect(state.scenario.scenarios[1]!.name).toBe('abcd');
  });

  it('does not pollute prototypes through parameter names', () => {
    const { state, notices } = parseUrlState(
      '?__proto__=x&constructor=y&__proto__[polluted]=1&constructor[prototype][polluted]=1&toString=z',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(notices.map((n) => n.reason)).toEqual(Array(5).fill('unknown-param'));
  });
});
