import { usePageWords } from '../../lib/i18n/i18n';

/** What counts as a correction, how it is shown, and how to report an error. */
export function CorrectionsPolicy({ email }: { email: string | null }) {
  const w = usePageWords();
  return (
    <section aria-labelledby="policy-title" className="corrections-policy" id="corrections-policy">
      <h3 id="policy-title">{w('policy.title')}</h3>
      <p>{w('policy.what')}</p>
      <p>{w('policy.how')}</p>
      <p>{email ? renderReport(w('policy.report', { email: '\u0000' }), email) : w('policy.reportNone')}</p>
    </section>
  );
}

/** The policy's sentence with the address as a link where the placeholder was. */
function renderReport(text: string, email: string) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      <a href={`mailto:${email}`}>{email}</a>
      {after}
    </>
  );
}
