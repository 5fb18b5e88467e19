/*! Goalpost boot: runs in <head> before the first paint, as a file (the CSP allows no inline script).
 * 1. Applies ?theme= at once, so the page never flashes the wrong background.
 * 2. Shows the build-time prerendered view (#prerender) only if it is the view this URL asks for
 *    (the page names it in <meta name="goalpost:prerender">); the app replaces it when the reader
 *    first reaches for it (src/lib/early-input.ts).
 * 3. Otherwise the app starts on load: the published dataset is fetched at once (a preload the app's
 *    own request then uses), unless the URL names another dataset. */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var meta = document.querySelector('meta[name="goalpost:prerender"]');
  if (!(meta && showPrerender(meta)) && !params.has('data')) preloadDataset();

  function preloadDataset() {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = 'data/dataset.json';
    document.head.appendChild(link);
  }

  function showPrerender(meta) {
    var shown = {};
    meta
      .getAttribute('content')
      .split(';')
      .forEach(function (pair) {
        var kv = pair.split('=');
        shown[kv[0]] = kv[1] || '';
      });
    var langs = (navigator.languages || [navigator.language || 'en']).map(function (l) {
      return String(l).toLowerCase().split('-')[0];
    });
    var browserLang =
      langs.filter(function (l) {
        return l === 'en' || l === 'ru' || l === 'kk';
      })[0] || 'en';
    var get = function (name, fallback) {
      var v = params.get(name);
      return v === null ? fallback : v;
    };
    var ok =
      get('view', 'overview') === shown.view &&
      get('indicator', '') === shown.indicator &&
      get('lang', browserLang) === shown.lang &&
      get('embed', '0') === (shown.embed || '0');
    // anything else that changes what is drawn means the prerendered picture is not this view
    ['from', 'to', 'hide', 'data', 'base', 'by', 'r1', 'r2', 'r3', 'ha', 'hb'].forEach(function (name) {
      if (params.has(name)) ok = false;
    });
    if (ok) root.classList.add('prerendered');
    return ok;
  }
})();
