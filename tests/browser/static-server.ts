import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** The build under test: GOALPOST_OUT (npm test builds into .build/test, leaving dist/ to the publisher), else dist/. */
const OUT = process.env.GOALPOST_OUT?.trim() || 'dist';
export const DIST = isAbsolute(OUT) ? OUT : fileURLToPath(new URL(`../../${OUT}`, import.meta.url));
/** A newsroom-style sub-path: the build must work from anywhere, not only from "/". */
export const SUB_PATH = '/graphics/goalpost/';

export interface StaticServer {
  /** e.g. http://127.0.0.1:43121/graphics/goalpost/ */
  base: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves dist/ under SUB_PATH on 127.0.0.1, plus any extra files given (for broken datasets and
 * host pages). Extra routes are absolute paths mapped to [content type, body].
 */
export async function serveDist(extra: Record<string, [string, string]> = {}, dir = DIST): Promise<StaticServer> {
  const assets = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hit = extra[url.pathname];
    if (hit) {
      res.writeHead(200, { 'Content-Type': hit[0] });
      res.end(hit[1]);
      return;
    }
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    req.url = '/' + (req.url ?? '/').slice(SUB_PATH.length);
    assets(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}${SUB_PATH}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
