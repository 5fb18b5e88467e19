// Noto Sans for the charts on the page, the same font the pictures embed and the layout measures
// (src/lib/chart-layout/noto-widths.ts), so page, embed and picture set their labels alike. fontsource's
// weight files declare each subset with its unicode-range, so a page downloads only the subsets its
// text uses: Latin for an English chart, Cyrillic beside it in Russian, cyrillic-ext for the Kazakh
// letters (its per-subset files declare no unicode-range, and a page would download them all). Not
// preloaded: a preload made the first chart later (docs/benchmarks.md#first-paint).
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
