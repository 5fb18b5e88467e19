/**
 * The build's pictures on every core, and only those whose input changed: SVG → PNG on a pool of
 * worker threads (one per core), each result kept in a cache under the SHA-256 of its input (the
 * SVG, the width in pixels and the rasteriser's version), so a rebuild rasterises only the pictures
 * that differ. The cache is `png/` in the build's cache (build-cache.ts); a cached picture is the same
 * bytes resvg made for the same input.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const RESVG_VERSION = (require('@resvg/resvg-js/package.json') as { version: string }).version;

export interface PoolCounts {
  /** pictures rasterised in this run */
  drawn: number;
  /** pictures taken from the cache */
  cached: number;
  workers: number;
}

export class PicturePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { svg: string; width: number; done: (png: Buffer) => void; fail: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { done: (png: Buffer) => void; fail: (e: Error) => void }>();
  private next = 0;
  readonly counts: PoolCounts;

  constructor(
    fontFiles: string[],
    private readonly cacheDir: string | null,
    size = availableParallelism(),
  ) {
    this.counts = { drawn: 0, cached: 0, workers: size };
    if (cacheDir) mkdirSync(cacheDir, { recursive: true });
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./rasterise-worker.mjs', import.meta.url), { workerData: { fontFiles } });
      worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
        const job = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        if (m.png) job.done(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
        else job.fail(new Error(`a picture could not be drawn: ${m.error}`));
        this.idle.push(worker);
        this.pump();
      });
      worker.on('error', (e) => {
        for (const job of this.pending.values()) job.fail(e);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The PNG of `svg` drawn `width` pixels wide: from the cache, or from a worker. */
  async rasterise(svg: string, width: number): Promise<Buffer> {
    const key = createHash('sha256').update(`${RESVG_VERSION}\n${width}\n`).update(svg).digest('hex');
    const cached = this.cacheDir ? join(this.cacheDir, `${key}.png`) : null;
    if (cached && existsSync(cached)) {
      this.counts.cached++;
      return readFileSync(cached);
    }
    const png = await new Promise<Buffer>((done, fail) => {
      this.queue.push({ svg, width, done, fail });
      this.pump();
    });
    this.counts.drawn++;
    if (cached) {
      // written whole, then renamed: a build stopped midway leaves no half picture in the cache
      const part = `${cached}.${process.pid}.tmp`;
      writeFileSync(part, png);
      renameSync(part, cached);
    }
    return png;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.next++;
      this.pending.set(id, job);
      worker.postMessage({ id, svg: job.svg, width: job.width });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
