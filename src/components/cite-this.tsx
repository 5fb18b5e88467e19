import { bibtex, type CitationInput } from '../lib/citation';
import { formatDate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { CopyField } from './share/copy-field';

/** Today as YYYY-MM-DD in the reader's own calendar day. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "Cite this": the chart or the dataset as plain text and BibTeX, each with a Copy button. */
export function CiteThis({
  citation,
}: {
  citation: Omit<CitationInput, 'locale' | 'accessed'> & { accessed?: string };
}) {
  const { locale, t } = useI18n();
  const c: CitationInput = { ...citation, accessed: citation.accessed ?? today(), locale };
  const plain = t('cite.plain', {
    title: c.title,
    version: formatDate(locale, c.version),
    url: c.url,
    accessed: formatDate(locale, c.accessed),
  });
  return (
    <details className="cite-this">
      <summary>{t('cite.title')}</summary>
      <CopyField label={t('cite.text')} value={plain} multiline />
      <CopyField label={t('cite.bibtex')} value={bibtex(c)} multiline />
    </details>
  );
}
