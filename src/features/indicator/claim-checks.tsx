import type { Dataset, Figure } from '../../domain/dataset-schema';
import { checkClaim, type ClaimCheck } from '../../domain/claim-check';
import { formatFigure } from '../../components/figure-value';
import { formatNumber, formatQuantity, formatPeriod } from '../../lib/format';
import { useI18n, type Translate } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/en';
import type { Locale } from '../../lib/url-state';
import { isLowerBound, speakerOrOutlet } from '../../domain/localized';

/** The stated change in words ("fell by 11.2%", «рост в 3 раза»). */
export function describeChange(c: Figure, locale: Locale, t: Translate): string {
  const n = formatNumber(locale, c.value ?? 0, 2);
  const lower = isLowerBound(c.qualifier) ? '.atLeast' : '';
  // a multiple is said in words ("grew threefold", «рост в 3 раза», «3 есе өсті»), a percentage as one
  if (c.unit === 'x') return t(`claim.${c.direction ?? 'increase'}.times${lower}` as MessageKey, { n });
  const amount = formatQuantity(locale, '%', c.value ?? 0);
  return t(`claim.${c.direction ?? 'increase'}${lower}` as MessageKey, { amount });
}

/** What the arithmetic of the two figures gives, as a percentage or a multiple (a range when they are ranges). */
export function describeComputed(check: ClaimCheck, locale: Locale): string {
  const c = check.computed;
  if (!c) return '';
  const unit = check.stated.unit;
  const f = (v: number) => (unit === '%' ? `${formatNumber(locale, v, 1)}%` : `×${formatNumber(locale, v, 2)}`);
  return Math.abs(c.high - c.low) < 0.005 ? f(c.low) : `${f(c.low)}–${f(c.high)}`;
}

/** Stated changes and multiples set against the arithmetic of the figures they relate. */
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
