import { bibtex, type CitationInput } from '../lib/citation';
import { formatDate } from '../lib/format';
import { useI18n, usePageWords } from '../lib/i18n/i18n';
import { useRelease } from './release-context';
import { CopyField } from './share/copy-field';

/** Today as YYYY-MM-DD in the reader's own calendar day. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The cited address with `release=` set (an address of the app, absolute or relative). */
function pinned(url: string, release: number): string {
  const [path, hash = ''] = url.split('#');
  const [base, query = ''] = path!.split('?');
  const params = new URLSearchParams(query);
  params.set('release', String(release));
  return `${base}?${params.toString().replace(/%2C/g, ',')}${hash ? `#${hash}` : ''}`;
}

/** "Cite this": the chart or the dataset as plain text and BibTeX, each with a Copy button. */
export function CiteThis({
  citation,
}: {
  citation: Omit<CitationInput, 'locale' | 'accessed'> & { accessed?: string };
}) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  // a release is named and its pinned view linked: what is cited does not change under the reader
  const release = useRelease();
  const c: CitationInput = {
    ...citation,
    accessed: citation.accessed ?? today(),
    locale,
    ...(release
      ? { release: release.shown.id, version: release.shown.date, url: pinned(citation.url, release.shown.id) }
      : {}),
  };
  const words = {
    title: c.title,
    version: formatDate(locale, c.version),
    release: c.release ?? '',
    url: c.url,
    accessed: formatDate(locale, c.accessed),
  };
  const plain = release ? w('cite.release', words) : t('cite.plain', words);
  return (
    <details className="cite-this">
      <summary>{t('cite.title')}</summary>
      <CopyField label={t('cite.text')} value={plain} multiline />
      <CopyField label={t('cite.bibtex')} value={bibtex(c)} multiline />
    </details>
  );
}
