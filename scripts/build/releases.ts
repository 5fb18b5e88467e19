/**
 * Build step: the record in time. Every release is copied into the build as committed (never
 * lost: each stays downloadable and viewable with `release=`), with the index; `data/changes.json`
 * is the log of what each release changed (src/domain/release-log.ts), which the "what changed"
 * page reads; and an Atom feed per language (`feed.<lang>.xml`, written with the `feed` library)
 * has one entry per release, new goal, verdict change, correction and retraction, each with a
 * stable id and a link to its page.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Feed } from 'feed';
import type { Dataset } from '../../src/domain/dataset-schema';
import { releaseLog, type ReleaseLogEntry } from '../../src/domain/release-log';
import { formatDate } from '../../src/lib/format';
import type { MessageKey } from '../../src/lib/i18n/en';
import { translator } from '../../src/lib/i18n/i18n';
import type { Locale } from '../../src/lib/page-address';
import { DEFAULT_STATE, serializeUrlState } from '../../src/lib/url-state';
import { correctionWords } from '../../src/lib/words/correction-words';
import { figureWhen, formatFigure } from '../../src/lib/words/figure-words';
import { readReleaseIndex, releaseDataset, RELEASES_DIR } from '../data/releases';
import type { Addresses } from './addresses';
import { DICTS, LANGS } from './langs';

export const feedPath = (lang: string) => `feed.${lang}.xml`;

/** The releases as committed, oldest first, with their datasets. */
export function readReleases(root: string) {
  return readReleaseIndex(root).releases.map((entry) => ({ entry, dataset: releaseDataset(root, entry) }));
}

/** A stable id for a feed entry: a tag URI (RFC 4151) that no rebuild or new address changes. */
const tag = (date: string, what: string) => `tag:goalpost,${date}:${what}`;

interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  address: string;
  date: string;
}

/** The entries a reader would want to hear about, for one language, newest first. */
export function feedEntries(log: ReleaseLogEntry[], live: Dataset, lang: Locale): FeedEntry[] {
  const t = translator(DICTS[lang], lang);
  const w = t;
  const name = (id: string) => live.indicators.find((i) => i.id === id)?.name[lang] ?? id;
  const page = (indicator: string) => serializeUrlState({ ...DEFAULT_STATE, view: 'indicator', indicator, lang });
  const changesPage = serializeUrlState({ ...DEFAULT_STATE, view: 'changes', lang });
  const status = (s: string) => t(`status.${s}` as MessageKey);
  const said = (f: ReleaseLogEntry['goals'][number]['to']) =>
    `${formatFigure(f, f.unit, lang, t)} (${figureWhen(f, lang, t)})`;
  const out: FeedEntry[] = [];
  for (const r of log) {
    const release = w('changes.release', { id: r.id, date: formatDate(lang, r.date) });
    out.push({
      id: tag(r.date, `release/${r.id}`),
      title: w('changes.release', { id: r.id, date: formatDate(lang, r.date) }),
      summary: r.note[lang],
      address: `${changesPage}#release-${r.id}`,
      date: r.date,
    });
    for (const g of r.goals)
      out.push({
        id: tag(r.date, `release/${r.id}/goal/${g.to.id}`),
        title: `${name(g.indicator)}: ${g.from ? `${said(g.from)} → ${said(g.to)}` : w('changes.goalNew', { to: said(g.to) })}`,
        summary: `${w('changes.goals')} · ${release}`,
        address: page(g.indicator),
        date: r.date,
      });
    for (const v of r.verdicts)
      out.push({
        id: tag(r.date, `release/${r.id}/verdict/${v.indicator}`),
        title: `${name(v.indicator)}: ${v.from ? `${status(v.from)} → ${status(v.to)}` : w('changes.first', { to: status(v.to) })}`,
        summary: `${w('changes.verdicts')} · ${release}`,
        address: page(v.indicator),
        date: r.date,
      });
    for (const c of r.changes.filter((x) => x.kind === 'corrected' || x.kind === 'retracted')) {
      const f = r.figures[c.id];
      const words = f && c.kind === 'corrected' ? correctionWords(f, lang, t, w) : null;
      out.push({
        id: tag(r.date, `release/${r.id}/${c.kind}/${c.id}`),
        title: `${f ? name(f.indicator) : c.id}: ${w(
          c.kind === 'corrected' ? 'correction.label' : 'correction.retracted',
          {
            date: formatDate(lang, r.date),
          },
        )}`,
        summary: [f ? said(f) : '', words ?? '', c.reason?.[lang] ?? ''].filter(Boolean).join('. '),
        address: f ? page(f.indicator) : `${changesPage}#release-${r.id}`,
        date: r.date,
      });
    }
  }
  return out;
}

export function writeReleases(
  root: string,
  out: string,
  live: Dataset,
  at: Addresses,
): { log: ReleaseLogEntry[]; files: number } {
  const releases = readReleases(root);
  mkdirSync(join(out, RELEASES_DIR), { recursive: true });
  for (const { entry } of releases)
    copyFileSync(join(root, RELEASES_DIR, entry.file), join(out, RELEASES_DIR, entry.file));
  copyFileSync(join(root, RELEASES_DIR, 'index.json'), join(out, RELEASES_DIR, 'index.json'));
  const log = releaseLog(releases);
  writeFileSync(join(out, 'data/changes.json'), `${JSON.stringify({ releases: log })}\n`);
  // the feed library wants absolute links: without a public address they are written against a
  // stand-in host and then made relative to the feed's folder (the app's), where they resolve
  const STAND_IN = 'https://goalpost.invalid/';
  const link = (address: string) => (at.absolute ? at.app(address) : new URL(address || './', STAND_IN).href);
  for (const lang of LANGS) {
    const w = translator(DICTS[lang], lang);
    const latest = log[0]?.date ?? live.updated;
    const feed = new Feed({
      id: tag('2026-11-22', `feed/${lang}`),
      title: `${w('changes.title')} — Goalpost`,
      description: w('changes.intro'),
      link: link(serializeUrlState({ ...DEFAULT_STATE, view: 'changes', lang })),
      language: lang,
      updated: new Date(`${latest}T00:00:00Z`),
      feedLinks: { atom: link(feedPath(lang)) },
      author: { name: 'Goalpost' },
      copyright: live.license ?? 'Goalpost',
    });
    for (const e of feedEntries(log, live, lang))
      feed.addItem({
        id: e.id,
        title: e.title,
        link: link(e.address),
        description: e.summary,
        date: new Date(`${e.date}T00:00:00Z`),
      });
    writeFileSync(join(out, feedPath(lang)), at.absolute ? feed.atom1() : feed.atom1().replaceAll(STAND_IN, ''));
  }
  return { log, files: releases.length };
}
