// Noto Sans for the charts on the page, the same font the pictures embed and the layout measures
// (src/lib/chart-svg/noto-widths.ts), so page, embed and picture set their labels alike. Only the
// subsets a page uses download (unicode-range): Latin, Cyrillic, and the Kazakh letters.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
