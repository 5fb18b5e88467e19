import type { ClaimCheck } from '../../domain/claim-check';
import type { Figure } from '../../domain/dataset-schema';
import { isLowerBound } from '../../domain/localized';
import { formatNumber, formatQuantity } from '../format';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';

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
