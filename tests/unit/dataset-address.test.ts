import { checkDatasetAddress, parseOriginList, MAX_ADDRESS_LENGTH } from '../../src/lib/dataset-address';
import { datasetSource } from '../../src/lib/dataset-source';

// the document's base address: the app's folder (pages in view/ set <base href="../">)
const BASE = 'https://news.example/graphics/goalpost/index.html';
const FOLDER = 'https://news.example/graphics/goalpost/';
const LISTED = ['https://data.example.org'];

describe('which ?data= addresses a page may load', () => {
  it.each<[string, string, 'published' | 'allowed' | 'not-allowed' | 'malformed']>([
    // the published dataset, however it is written
    ['relative path', 'data/dataset.json', 'published'],
    ['dot-relative path', './data/dataset.json', 'published'],
    ['absolute path into the folder', '/graphics/goalpost/data/dataset.json', 'published'],
    ['full address', `${FOLDER}data/dataset.json`, 'published'],
    // other files inside the app's folder, on its own origin
    ['another file in the folder', 'data/other.json', 'allowed'],
    ['.. that stays inside the folder', 'data/../data/other.json', 'allowed'],
    // leaving the folder
    ['.. out of the folder', '../other/dataset.json', 'not-allowed'],
    ['absolute path outside the folder', '/broken/dataset.json', 'not-allowed'],
    ['a sibling folder with the same prefix', '/graphics/goalpost-evil/dataset.json', 'not-allowed'],
    // other origins
    ['protocol-relative //host', '//evil.example/dataset.json', 'not-allowed'],
    ['https off the list', 'https://evil.example/dataset.json', 'not-allowed'],
    ['http of a listed host', 'http://data.example.org/dataset.json', 'not-allowed'],
    ['https on the list', 'https://data.example.org/goalpost/dataset.json', 'allowed'],
    ['a listed host as a user name', 'https://data.example.org@evil.example/dataset.json', 'not-allowed'],
    ['credentials on our own origin', 'https://user:pw@news.example/graphics/goalpost/data/x.json', 'not-allowed'],
    ['a lookalike subdomain', 'https://data.example.org.evil.example/dataset.json', 'not-allowed'],
    // schemes that are not fetches
    ['javascript:', 'javascript:alert(1)', 'not-allowed'],
    ['data:', 'data:application/json,{}', 'not-allowed'],
    ['blob:', 'blob:https://news.example/123', 'not-allowed'],
    ['file:', 'file:///etc/passwd', 'not-allowed'],
    // confusing encodings
    ['encoded slash', 'data%2F..%2F..%2Fx.json', 'malformed'],
    ['encoded dots', '%2e%2e/x.json', 'malformed'],
    ['backslash', '..\\\\evil.example\\x.json', 'malformed'],
    ['backslash host', '/\\evil.example/x.json', 'malformed'],
    ['a line break', 'data/dataset.json\nx', 'malformed'],
    ['empty', '   ', 'malformed'],
    ['very long', `data/${'a'.repeat(MAX_ADDRESS_LENGTH)}.json`, 'malformed'],
  ])('%s: %s → %s', (_name, raw, want) => {
    const r = checkDatasetAddress(raw, BASE, LISTED);
    const got = r.ok ? (r.published ? 'published' : 'allowed') : r.reason;
    expect(got).toBe(want);
    // the published dataset is loaded from its one address, however the link wrote it
    const publishedAt = r.ok && r.published ? r.url : null;
    expect(publishedAt).toBe(want === 'published' ? `${FOLDER}data/dataset.json` : null);
  });

  it('allows no other origin when the publisher lists none', () => {
    expect(checkDatasetAddress('https://data.example.org/x.json', BASE, [])).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });
});

describe('the publisher’s list of dataset origins', () => {
  it('reads https origins, separated by commas or spaces, and names what is not an origin', () => {
    expect(parseOriginList('https://a.example, https://b.example https://a.example')).toEqual({
      origins: ['https://a.example', 'https://b.example'],
      invalid: [],
    });
    expect(parseOriginList('http://evil.example https://a.example/path data:x http://localhost:8080')).toEqual({
      origins: ['http://localhost:8080'],
      invalid: ['http://evil.example', 'https://a.example/path', 'data:x'],
    });
    expect(parseOriginList(undefined)).toEqual({ origins: [], invalid: [] });
  });
});

describe('datasetSource', () => {
  it('loads the published dataset when the link names none, or names it', () => {
    expect(datasetSource(null, BASE, [])).toEqual({ url: 'data/dataset.json', foreign: null, refused: null });
    expect(datasetSource('./data/dataset.json', BASE, [])).toEqual({
      url: 'data/dataset.json',
      foreign: null,
      refused: null,
    });
  });

  it('refuses, without fetching, an address the publisher did not allow', () => {
    expect(datasetSource('https://evil.example/dataset.json', BASE, [])).toEqual({
      url: 'data/dataset.json',
      foreign: null,
      refused: 'https://evil.example/dataset.json',
    });
  });

  it('marks an allowed alternative as not the published dataset', () => {
    expect(datasetSource('https://data.example.org/d.json', BASE, LISTED)).toEqual({
      url: 'https://data.example.org/d.json',
      foreign: 'https://data.example.org/d.json',
      refused: null,
    });
  });
});
