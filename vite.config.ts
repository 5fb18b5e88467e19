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

export default defineConfig({
  // Relative base: the build works from any static host and any sub-path.
  base: './',
  plugins: [react(), dataset()],
  build: { target: 'es2022', sourcemap: false },
});
