import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PicturePool } from '../../scripts/build/picture-pool';
import { rasterise, TTF_FILES } from '../../scripts/build/pictures';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><text x="6" y="26" font-family="Noto Sans" font-size="16">${label}</text></svg>`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the build’s pictures on every core, redrawn only when their input changed', () => {
  it('draws on worker threads exactly what resvg draws here, and takes an unchanged picture from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'goalpost-pictures-'));
    dirs.push(cache);
    const first = new PicturePool(TTF_FILES, cache, 2);
    const pngs = await Promise.all(['12.9', '23', '7.8'].map((l) => first.rasterise(svg(l), 240)));
    await first.close();
    expect(first.counts).toEqual({ drawn: 3, cached: 0, workers: 2 });
    expect(pngs[0]!.equals(rasterise(svg('12.9'), 120))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(3);

    // a rebuild with one picture changed: one drawn, two from the cache, the same bytes
    const second = new PicturePool(TTF_FILES, cache, 2);
    const again = await Promise.all(['12.9', '23', '8.1'].map((l) => second.rasterise(svg(l), 240)));
    await second.close();
    expect(second.counts).toEqual({ drawn: 1, cached: 2, workers: 2 });
    expect(again[0]!.equals(pngs[0]!)).toBe(true);
    expect(again[2]!.equals(pngs[2]!)).toBe(false);
    // the same picture at another width is another picture
    const third = new PicturePool(TTF_FILES, cache, 1);
    await third.rasterise(svg('12.9'), 480);
    await third.close();
    expect(third.counts.drawn).toBe(1);
  });

  it('says which picture could not be drawn, and draws the others', async () => {
    const pool = new PicturePool(TTF_FILES, null, 1);
    const bad = pool.rasterise('<svg', 100);
    const good = pool.rasterise(svg('ok'), 100);
    await expect(bad).rejects.toThrow(/a picture could not be drawn/);
    expect((await good).length).toBeGreaterThan(100);
    await pool.close();
  });
});
