import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './static-server';

interface Entry {
  file: string;
  indicator: string;
  language: string;
  width: number;
  height: number;
  scale: number;
  format: 'png' | 'svg';
  datasetDate: string;
}

const dataset = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')) as {
  updated: string;
  indicators: { id: string; name: Record<string, string> }[];
};

describe('npm run snapshots (on the built app)', () => {
  it(
    'renders every indicator in every language to PNG and SVG, all listed in the manifest',
    { timeout: 600_000 },
    () => {
      execFileSync('npx', ['tsx', 'scripts/snapshots.ts'], { stdio: 'pipe', timeout: 590_000 });
      const manifest = JSON.parse(readFileSync(join(DIST, 'snapshots/manifest.json'), 'utf8')) as { files: Entry[] };
      const expected = dataset.indicators.length * 3 /* languages */ * 2 /* sizes */ * 2; /* formats */
      expect(manifest.files).toHaveLength(expected);
      for (const e of manifest.files) {
        const bytes = readFileSync(join(DIST, e.file));
        expect(e.datasetDate).toBe(dataset.updated);
        if (e.format === 'png') {
          expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([e.width * e.scale, e.height * e.scale]);
        } else {
          const svg = bytes.toString('utf8');
          expect(svg).toContain(`width="${e.width}"`);
          const text = svg
            .replace(/<[^>]+>/g, ' ')
            .replace(/&apos;|&#39;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&');
          const name = dataset.indicators.find((i) => i.id === e.indicator)!.name[e.language]!;
          // The title may wrap onto two lines: every word of it is there.
          for (const word of name.split(' ')) expect(text, e.file).toContain(word);
        }
      }
      for (const ind of dataset.indicators) {
        for (const lang of ['en', 'ru', 'kk']) {
          const page = readFileSync(join(DIST, 'share', `${ind.id}.${lang}.html`), 'utf8');
          const image = /<meta property="og:image" content="([^"]+)">/.exec(page)?.[1];
          expect(image).toBe(`../snapshots/${ind.id}.${lang}.social.png`);
          expect(existsSync(join(DIST, 'share', image!))).toBe(true);
          expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
        }
      }
    },
  );
});
