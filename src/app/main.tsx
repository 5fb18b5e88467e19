// The first module is tiny: the styles, and a start that waits for the first paint, so a prerendered
// chart is on screen before the app's JavaScript is even downloaded and parsed. Where the prerendered
// view is the one the URL asks for, the app starts only when the reader first reaches for it
// (src/lib/early-input.ts); an embed reports its height to its host meanwhile.
import './styles.css';
import './components.css';
import './chart-font';
import { afterFirstPaint } from '../lib/after-first-paint';
import { fromAppRoot } from '../lib/app-folder';
import { DEFAULT_DATASET_URL } from '../lib/dataset-url';
import { startOnFirstInteraction, watchPrerenderFit } from '../lib/early-input';
import { postHeightToParent } from '../lib/embed-height';

const start = async () => {
  const { mountApp } = await import('./start-app');
  // React DOM's own start (running its module) in a task of its own, after the app's modules have
  // run, so the two do not make one long task at the reader's first reach (measured in
  // docs/benchmarks.md). React DOM's code comes with the start chunk (whose modules import React
  // from the same file); what is imported here is a one-line module that starts it (on a real
  // network, one round trip more).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { createRoot } = await import('./react-dom-client');
  mountApp(createRoot);
};
if (document.documentElement.classList.contains('prerendered')) {
  const stopHeight = document.body.classList.contains('embed-body') ? postHeightToParent() : () => {};
  const startNow = startOnFirstInteraction(() => {
    // the page's part of the dataset downloads beside the app's code, not after it (boot.js preloads
    // it for a page that starts on load; a prerendered view never names another dataset, a release
    // or a past date)
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      // the address boot.js worked out for the page (src/app/use-record.ts reads the same)
      href: fromAppRoot(document.documentElement.getAttribute('data-goalpost-data') ?? DEFAULT_DATASET_URL),
    });
    link.crossOrigin = 'anonymous';
    document.head.append(link);
    afterFirstPaint(() => start().finally(stopHeight));
  });
  // a prerendered chart far from the width it was built for (a box narrower than any drawn, or a
  // window resized so) is redrawn by the app at once
  watchPrerenderFit(startNow);
} else afterFirstPaint(start);
