/*! Goalpost boot: runs in <head> before the first paint, as a file (the CSP allows no inline script).
 * 1. Marks the page `js` (without scripts, the prerendered view is the page; with them, it shows only
 *    as step 3 says), and applies ?theme= at once, so the page never flashes the wrong background.
 * 2. At the front door (index.html, no page named in the query), a reader whose browser asks for
 *    Russian or Kazakh goes on to the overview's page in that language, prerendered.
 * 3. Shows the build-time prerendered view (#prerender) only if it is the view this URL asks for
 *    (the page names it in <meta name="goalpost:prerender">; the query's view, indicator and lang,
 *    from links of the first form, name it over the path); the app replaces it when the reader
 *    first reaches for it (src/lib/early-input.ts). On a page of view/, those three parameters are
 *    then taken off the address, which the path now says (src/lib/url-state.ts, canonicalAddress).
 * 4. Otherwise the app starts on load: the page's part of the published dataset (src/domain/dataset-parts.ts;
 *    the whole for a past view and the other pages) is fetched at once (a preload the app's own
 *    request then uses), unless the URL names another dataset or a release. */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  root.classList.add('js');
  var script = document.currentScript;
  // boot.js sits in the app's folder: every page finds the app's files from here, whatever its depth
  var folder = script && script.src ? script.src.replace(/[^/]*$/, '') : '';
  var inFolder = /\/(view|embed)\/[^/]*$/.exec(location.pathname);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var langs = (navigator.languages || [navigator.language || 'en']).map(function (l) {
    return String(l).toLowerCase().split('-')[0];
  });
  var browserLang =
    langs.filter(function (l) {
      return l === 'en' || l === 'ru' || l === 'kk';
    })[0] || 'en';
  var pageParams = ['view', 'indicator', 'lang', 'embed', 'data'];
  var namesPage = pageParams.some(function (p) {
    return params.has(p);
  });
  if (!inFolder && !namesPage && browserLang !== 'en' && folder) {
    location.replace(folder + 'view/overview.' + browserLang + '.html' + location.search + location.hash);
    return;
  }
  var meta = document.querySelector('meta[name="goalpost:prerender"]');
  // another dataset or a release: the app fetches that one, never the published dataset
  // the page's part of the dataset, for the app's first script to preload when the reader wakes it
  root.setAttribute('data-goalpost-data', dataAddress());
  if (!(meta && showPrerender(meta)) && !params.has('data') && !params.has('release')) preloadDataset();

  function preloadDataset() {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = folder + dataAddress();
    document.head.appendChild(link);
  }

  // the address src/app/use-record.ts asks for: the page's part, or the whole for a past view
  function dataAddress() {
    var shown = meta ? readMeta(meta) : {};
    var view = params.get('view') || shown.view || 'overview';
    var indicator = params.get('indicator') || shown.indicator || '';
    if (params.has('asof')) return 'data/dataset.json';
    if (view === 'overview') return 'data/overview.json';
    if ((view === 'indicator' || view === 'scenario') && /^[a-z0-9-]{1,80}$/.test(indicator))
      return 'data/indicators/' + indicator + '.json';
    return 'data/dataset.json';
  }

  function readMeta(meta) {
    var shown = {};
    meta
      .getAttribute('content')
      .split(';')
      .forEach(function (pair) {
        var kv = pair.split('=');
        shown[kv[0]] = kv[1] || '';
      });
    return shown;
  }

  function showPrerender(meta) {
    var shown = readMeta(meta);
    var get = function (name, fallback) {
      var v = params.get(name);
      return v === null ? fallback : v;
    };
    var asked = {
      view: get('view', shown.view),
      indicator: get('indicator', shown.indicator),
      lang: get('lang', inFolder ? shown.lang : browserLang),
      embed: get('embed', shown.embed || '0'),
    };
    // a view other than an indicator's or a scenario's names no indicator
    if (asked.view !== 'indicator' && asked.view !== 'scenario') asked.indicator = '';
    var ok =
      asked.view === shown.view &&
      asked.indicator === shown.indicator &&
      asked.lang === shown.lang &&
      (asked.embed === '1' || asked.embed === 'true' ? '1' : '0') === (shown.embed || '0');
    // anything else that changes what is drawn means the prerendered picture is not this view
    [
      'from',
      'to',
      'hide',
      'data',
      'base',
      'by',
      'r1',
      'r2',
      'r3',
      'ha',
      'hb',
      'headline',
      'asof',
      'release',
      'q',
      'verdict',
      'area',
      'topic',
      'speaker',
      'group',
    ].forEach(function (name) {
      if (params.has(name)) ok = false;
    });
    if (!ok) return false;
    root.classList.add('prerendered');
    if (inFolder && inFolder[1] === 'view' && (params.has('view') || params.has('indicator') || params.has('lang'))) {
      params.delete('view');
      params.delete('indicator');
      params.delete('lang');
      var rest = params.toString().replace(/%2C/g, ',');
      history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
    }
    return true;
  }
})();
