import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const datasetPath = fileURLToPath(new URL('./data/dataset.json', import.meta.url));

/** Serves `data/dataset.json` at `<base>data/dataset.json` in dev and copies it into the build. */
function dataset(): Plugin {
  return {
    name: 'goalpost-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/data/dataset.json')) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(readFileSync(datasetPath));
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
 * Content security policy of the built pages: scripts only from the app's own files (no inline
 * script, no eval), styles from its own files plus style attributes (React and the SVG charts set
 * them), pictures from itself, data: and blob: (exports), datasets from itself or any https address
 * (`?data=`). The dev server gets none: Vite injects inline scripts there.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'goalpost-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any static host and any sub-path.
  base: './',
  plugins: [react(), dataset(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // for the budget check: which chunks an entry needs before it is interactive
    manifest: true,
    // Two entries of the same app: the full app, and the embed (same URL state, lighter first load).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
