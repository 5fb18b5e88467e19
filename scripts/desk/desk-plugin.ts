/**
 * The curator's desk on the dev server (`npm start`, never in the build): `desk.html` is the page;
 * these routes give it the working copy and take its save.
 *
 *   GET  /__desk/state  → { dataset, documents }: data/dataset.json's text, every document name taken
 *   POST /__desk/check  { draft, text } → { ok, problems } or { ok, summary }: nothing is written
 *   POST /__desk/save   { draft, text } → the same, after writing (scripts/desk/save.ts)
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readSourceTexts } from '../data/read-sources';
import type { DeskPaths } from './save';

/** A request body over this size is not an article and a draft. */
const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error(`the request is over ${MAX_BODY / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const failure = (message: string) => ({ ok: false, problems: [{ where: 'dataset', field: '', message }] });

export function deskPlugin(paths: DeskPaths): Plugin {
  // one save at a time: two tabs saving at once must not interleave their writes
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'goalpost-desk',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith('/__desk/')) return next();
        const route = path.slice('/__desk/'.length);
        if (route === 'state' && req.method === 'GET') {
          let documents: string[];
          try {
            documents = [...(readSourceTexts(paths.sourcesFolder, paths.dataRoot)?.keys() ?? [])];
          } catch (e) {
            return send(res, 500, { error: (e as Error).message });
          }
          return send(res, 200, {
            dataset: readFileSync(join(paths.dataRoot, 'data/dataset.json'), 'utf8'),
            documents,
          });
        }
        if ((route === 'check' || route === 'save') && req.method === 'POST') {
          const run = async () => {
            let body: unknown;
            try {
              body = JSON.parse(await readBody(req));
            } catch (e) {
              return send(res, 400, failure(`not a desk request: ${(e as Error).message}`));
            }
            // the save's code (Prettier, the checks) loads when the desk first saves, not with every build's config
            const { checkDraft, isSaveRequest, saveDraft } = await import('./save');
            if (!isSaveRequest(body)) return send(res, 400, failure('not a desk request: expected { draft, text }'));
            try {
              const result = route === 'save' ? await saveDraft(paths, body) : await checkDraft(paths, body);
              if ('next' in result) delete result.next;
              return send(res, result.ok ? 200 : 422, result);
            } catch (e) {
              return send(res, 500, failure(`the server could not ${route}: ${(e as Error).message}`));
            }
          };
          queue = queue.then(run, run);
          return;
        }
        send(res, 404, failure(`no such desk route: ${req.method} ${path}`));
      });
    },
  };
}
