import type { Figure } from '../domain/dataset-schema';
import { useI18n, usePageWords } from '../lib/i18n/i18n';
import { pagePath } from '../lib/page-address';
import { publicUrl } from '../lib/public-url';
import { figureWhen, formatFigure } from '../lib/words/figure-words';

/**
 * The address errors are reported to, set by the publisher at build time (`VITE_CORRECTIONS_EMAIL`;
 * the build refuses a malformed one). Without it, no report link is shown.
 */
export function correctionsEmail(): string | null {
  const raw = (import.meta.env as Record<string, string | undefined>).VITE_CORRECTIONS_EMAIL?.trim();
  return raw && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(raw) ? raw : null;
}

/** "Report an error" beside a figure or goal: a message to the publisher, prefilled with what and where. */
export function ReportError({ figure }: { figure: Figure }) {
  const { locale, t } = useI18n();
  const w = usePageWords();
  const email = correctionsEmail();
  if (!email) return null;
  const what = `${formatFigure(figure, figure.unit, locale, t)} (${figureWhen(figure, locale, t)})`;
  const page = publicUrl(pagePath({ view: 'indicator', indicator: figure.indicator, lang: locale, embed: false }));
  const query = new URLSearchParams({
    subject: w('report.subject', { figure: what }),
    body: w('report.body', { figure: what, id: figure.id, page }),
  });
  return (
    <a className="report-error" href={`mailto:${email}?${query.toString().replace(/\+/g, '%20')}`}>
      {w('report.link')}
      <span className="visually-hidden"> ({what})</span>
    </a>
  );
}
