/**
 * Build step: what a publisher uploads besides the pages. Share pages (share/<id>.<lang>.html), one
 * oEmbed document per permalink (oembed/<id>.<lang>.json), the dataset as CSV, and the Frictionless
 * data package describing the JSON and the CSV (data/datapackage.json).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetToCsv } from '../../src/domain/csv';
import type { Dataset } from '../../src/domain/dataset-schema';
import { embedAddress } from '../../src/lib/embed-address';
import {
  DEFAULT_EMBED_HEIGHT,
  EXPORT_SIZES,
  embedAddresses,
  embedSnippet,
  snapshotPath,
} from '../../src/lib/embed-snippet';
import { pagePath } from '../../src/lib/page-address';
import { dataPackage } from '../../src/lib/publish/datapackage';
import { DATA_FILES } from '../../src/lib/publish/dataset-files';
import { sharePageHtml } from '../../src/lib/share-page';
import { DEFAULT_STATE } from '../../src/lib/url-state';
import { addresses, oembedPath, type Addresses } from './addresses';
import { LANGS } from './langs';

const SCHEMA = fileURLToPath(new URL('../../data/dataset.schema.json', import.meta.url));

export interface PageFacts {
  title: string;
  description: string;
  alt: string;
}

export function writeShareAndOembed(
  out: string,
  dataset: Dataset,
  base: URL | null,
  facts: (id: string, lang: (typeof LANGS)[number]) => PageFacts,
): number {
  const at: Addresses = addresses(base);
  mkdirSync(join(out, 'share'), { recursive: true });
  mkdirSync(join(out, 'oembed'), { recursive: true });
  let files = 0;
  const social = EXPORT_SIZES.social;
  const column = EXPORT_SIZES.column;
  for (const lang of LANGS) {
    for (const { id } of dataset.indicators) {
      const f = facts(id, lang);
      // share pages (the first share links) send readers on to the indicator's page
      const file = `share/${id}.${lang}.html`;
      const on = at.on(file);
      writeFileSync(
        join(out, file),
        sharePageHtml({
          lang,
          title: f.title,
          description: f.description,
          appUrl: on(pagePath({ view: 'indicator', indicator: id, lang, embed: false })),
          imageUrl: on(snapshotPath(id, lang, 'social', 'png')),
          imageAlt: f.alt,
          width: social.width,
          height: social.height,
        }),
      );
      const embed = embedAddresses(
        id,
        lang,
        embedAddress({ ...DEFAULT_STATE, view: 'indicator', indicator: id }, lang),
      );
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'Goalpost',
        provider_url: at.app(''),
        title: `${f.title} — Goalpost`,
        html: embedSnippet({
          embedUrl: at.app(embed.embed),
          scriptUrl: at.app(embed.script),
          imageUrl: at.app(embed.image),
          title: `${f.title} — Goalpost`,
          alt: f.alt,
        }),
        width: column.width,
        height: DEFAULT_EMBED_HEIGHT,
        thumbnail_url: at.app(snapshotPath(id, lang, 'column', 'png')),
        thumbnail_width: column.width,
        thumbnail_height: column.height,
      };
      writeFileSync(join(out, oembedPath(id, lang)), `${JSON.stringify(oembed, null, 2)}\n`);
      files += 2;
    }
  }
  return files;
}

export function writeDataFiles(out: string, dataset: Dataset): void {
  const csv = datasetToCsv(dataset);
  writeFileSync(join(out, DATA_FILES.csv), csv);
  const json = readFileSync(join(out, DATA_FILES.json), 'utf8');
  copyFileSync(SCHEMA, join(out, DATA_FILES.schema));
  writeFileSync(join(out, DATA_FILES.datapackage), `${JSON.stringify(dataPackage(dataset, csv, json), null, 2)}\n`);
}
