import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { eagerCommonJs } from './scripts/build/eager-commonjs';
import { devPart } from './scripts/build/parts';
import { templateAt } from './scripts/build/template-at';
import { sourcesDir } from './scripts/data/read-sources';
import { deskPlugin } from './scripts/desk/desk-plugin';
import { parseOriginList } from './src/lib/dataset-address';
import { parsePublicUrl } from './src/lib/public-url';

/** data/ of the repository, or of GOALPOST_DATA_ROOT (a test builds a copy it released into). */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const dataRoot = process.env.GOALPOST_DATA_ROOT?.trim() || repoRoot;
const datasetPath = resolve(dataRoot, 'data/dataset.json');

/**
 * Serves `data/dataset.json` at `<base>data/dataset.json` in dev, with the parts the pages read, and
 * copies it into the build (the build writes the parts: scripts/build/parts.ts).
 */
function dataset(): Plugin {
  return {
    name: 'goalpost-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path.endsWith('/data/dataset.json')) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(readFileSync(datasetPath));
          return;
        }
        // the parts a page reads, cut from the working copy as the build cuts them
        const part = /\/(data\/(?:overview|indicators\/[a-z0-9-]+)\.json)$/.exec(path);
        if (part) {
          const text = devPart(readFileSync(datasetPath, 'utf8'), part[1]!);
          res.statusCode = text === null ? 404 : 200;
          res.setHeader(
            'Content-Type',
            text === null ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
          );
          res.end(text ?? 'Not found');
          return;
        }
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/dataset.json', source: readFileSync(datasetPath) });
    },
  };
}

/**
 * Every page of the app is a file of the build (src/lib/page-address.ts): in dev, a page's address
 * one folder down (view/…, embed/…) is the app's template with its addresses climbing back up.
 */
function pages(): Plugin {
  const indexPath = fileURLToPath(new URL('./index.html', import.meta.url));
  return {
    name: 'goalpost-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!/\/(view|embed)\/[^/]+\.html$/.test(path)) return next();
        server
          .transformIndexHtml(req.url ?? path, templateAt(readFileSync(indexPath, 'utf8'), 1))
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          })
          .catch(next);
      });
    },
  };
}

/**
 * Content security policy of the built pages: scripts only from the app's own files (no inline
 * script, no eval), styles from its own files plus style attributes (React and the SVG charts set
 * them), pictures from itself, data: and blob: (exports), datasets from itself and from the origins
 * the publisher listed in VITE_DATASET_ORIGINS, and from nowhere else (the same list the app checks
 * `?data=` against). The dev server gets none: Vite injects inline scripts there.
 */
export function csp(datasetOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...datasetOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The publisher's list of other dataset origins; a malformed entry stops the build with one line. */
export function datasetOrigins(setting: string | undefined): string[] {
  const { origins, invalid } = parseOriginList(setting);
  if (invalid.length)
    throw new Error(
      `VITE_DATASET_ORIGINS: ${invalid.map((v) => `"${v}"`).join(', ')} is not an origin such as https://data.example.org (https only, no path)`,
    );
  return origins;
}

function contentSecurityPolicy(origins: readonly string[]): Plugin {
  return {
    name: 'goalpost-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // (the dataset's preload is public/boot.js's: only a page that starts the app on load wants it)
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp(origins)}" />`,
        );
      },
    },
  };
}

/** The layout, the static renderer and the chart's words (see `chart` in codeSplitting below). */
const CHART_MODULES =
  /src[\\/](lib[\\/](chart-layout[\\/]|chart-svg[\\/](plot-svg|axes-svg|labels-svg|marks|escape|scenario-marks|plot-options)\.|words[\\/](chart-labels|figure-words|goal-words)\.)|domain[\\/](chart-model|axis)\.)/;

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // a malformed public address stops the build with one line, instead of links that go nowhere
  parsePublicUrl(env.VITE_PUBLIC_URL);
  return {
    // Relative base: the build works from any static host and any sub-path.
    base: './',
    plugins: [
      react(),
      dataset(),
      pages(),
      // the curator's desk (desk.html): dev server only, never in the build
      deskPlugin({ dataRoot, sourcesFolder: sourcesDir(repoRoot) }),
      contentSecurityPolicy(datasetOrigins(env.VITE_DATASET_ORIGINS)),
      eagerCommonJs(),
    ],
    // the dataset's checks run in a module worker (src/lib/parse-worker.ts)
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      sourcemap: process.env.GOALPOST_SOURCEMAP === '1',
      // The app's chunks at the first reach come through the module loader as start-app names them,
      // not as preload links Vite's helper inserts, one for each, in the one task that starts the app:
      // that task would be the first reach's longest (measured in docs/benchmarks.md, sixth round). On
      // a real network, one round trip more before the app starts.
      // React DOM's client, imported by the entry once the start chunk's modules have run (main.tsx),
      // is a one-line file that calls into React DOM's chunk, which the start chunk has loaded already:
      // nothing to preload for it either.
      modulePreload: {
        resolveDependencies: (file: string, deps: string[]) =>
          /(^|\/)start-app-/.test(file) || /(^|\/)react-dom-client-/.test(file) ? [] : deps,
      },
      // for the budget check: which chunks an entry needs before it is interactive
      manifest: true,
      // One entry: an embed is the same app and URL with embed=1 (a second entry would save too little
      // JavaScript to be worth its own build, budget and page template; see docs/architecture.md).
      rollupOptions: {
        input: {
          index: fileURLToPath(new URL('./index.html', import.meta.url)),
        },
        output: {
          // React DOM in a chunk of its own: a shorter task to evaluate the start chunk
          // (docs/benchmarks.md, First paint)
          codeSplitting: {
            groups: [
              { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
              // Every chart on the first screen is laid out, drawn and labelled by these modules, and
              // they are shared with the lazy pages (the live chart, the share panel): one chunk, with
              // what they import, rather than the five small ones the splitter made of them.
              { name: 'chart', test: CHART_MODULES },
            ],
          },
        },
      },
    },
  };
});
