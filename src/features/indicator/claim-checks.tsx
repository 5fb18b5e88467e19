import { checkClaim } from '../../domain/claim-check';
import type { Dataset, Figure } from '../../domain/dataset-schema';
import { speakerOrOutlet } from '../../domain/localized';
import { formatPeriod } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import { describeChange, describeComputed } from '../../lib/words/claim-words';
import { formatFigure } from '../../lib/words/figure-words';

export function ClaimChecks({ dataset, changes }: { dataset: Dataset; changes: Figure[] }) {
  const { locale, t } = useI18n();
  if (!changes.length) return <p className="muted">{t('claim.none')}</p>;
  return (
    <ul className="claims">
      {changes.map((c) => {
        const check = checkClaim(c, dataset);
        const src = dataset.sources.find((s) => s.id === c.source);
        return (
          <li key={c.id} id={`claim-${c.id}`} className={`claim verdict-${check.verdict}`}>
            <p>
              <span className={`verdict verdict-${check.verdict}`}>{t(`verdict.${check.verdict}` as MessageKey)}:</span>{' '}
              <strong>{describeChange(c, locale, t)}</strong>
              {c.period ? ` (${formatPeriod(locale, c.period)})` : ''} — {speakerOrOutlet(src, locale)}
            </p>
            {c.quote && <blockquote lang={src?.language}>«{c.quote}»</blockquote>}
            {check.from && check.to && check.computed && (
              <p>
                {t('claim.computed', {
                  from: formatFigure(check.from, check.from.unit, locale, t),
                  to: formatFigure(check.to, check.to.unit, locale, t),
                  result: describeComputed(check, locale),
                })}
              </p>
            )}
            <p className="muted">{t(`claimReason.${check.reasonKey}` as MessageKey)}</p>
          </li>
        );
      })}
    </ul>
  );
}
