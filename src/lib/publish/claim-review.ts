/**
 * schema.org ClaimReview markup for the claim checks of an indicator page: what fact-checking tools
 * and search engines read. One review per stated change that can be checked; the verdict is a
 * Rating on a three-step scale (1 does not hold, 2 rounded, 3 holds; see docs/sharing.md#fact-check-markup).
 */
import { checkClaim, type ClaimVerdict } from '../../domain/claim-check';
import type { Dataset, Figure } from '../../domain/dataset-schema';
import { inLanguage } from '../../domain/localized';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';
import { describeChange, describeComputed } from '../words/claim-words';
import { formatFigure } from '../words/figure-words';

export const RATING: Record<Exclude<ClaimVerdict, 'not-checkable'>, number> = {
  'does-not-hold': 1,
  rounded: 2,
  holds: 3,
};

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  inLanguage: Locale;
  datePublished: string;
  /** the latest correction of the claim or of a figure it is checked against */
  dateModified?: string;
  author: { '@type': 'Organization'; name: string; url: string };
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Person' | 'Organization'; name: string; jobTitle?: string };
    datePublished: string;
    inLanguage: string;
    appearance?: { '@type': 'CreativeWork'; url?: string; headline?: string; datePublished?: string };
  };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  reviewBody: string;
}

export function claimReviews(
  dataset: Dataset,
  changes: Figure[],
  locale: Locale,
  t: Translate,
  /** the page the reviews are on, and the app's address */
  urls: { page: string; site: string },
): ClaimReviewLd[] {
  return changes.flatMap((c) => {
    const check = checkClaim(c, dataset);
    if (check.verdict === 'not-checkable' || !check.from || !check.to || !check.computed) return [];
    const src = dataset.sources.find((s) => s.id === c.source);
    if (!src) return [];
    const speaker = inLanguage(src.speaker, locale);
    const outlet = src.outlet ?? inLanguage(src.title, locale) ?? 'Goalpost';
    const headline = inLanguage(src.title, locale);
    const words = t(`verdict.${check.verdict}` as MessageKey);
    const modified = [c, check.from, check.to]
      .map((f) => f.correction?.date)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${urls.page}#claim-${c.id}`,
        // the claim as quoted, in the speaker's words where the dataset has them
        claimReviewed: c.quote ?? describeChange(c, locale, t),
        inLanguage: locale,
        datePublished: dataset.updated,
        ...(modified ? { dateModified: modified } : {}),
        author: { '@type': 'Organization', name: 'Goalpost', url: urls.site },
        itemReviewed: {
          '@type': 'Claim',
          author: speaker
            ? {
                '@type': 'Person',
                name: speaker,
                ...(src.speakerRole ? { jobTitle: inLanguage(src.speakerRole, locale) } : {}),
              }
            : { '@type': 'Organization', name: outlet },
          datePublished: src.eventDate,
          inLanguage: src.language,
          ...(src.url || headline
            ? {
                appearance: {
                  '@type': 'CreativeWork',
                  ...(src.url ? { url: src.url } : {}),
                  ...(headline ? { headline } : {}),
                  ...(src.published ? { datePublished: src.published } : {}),
                },
              }
            : {}),
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: RATING[check.verdict],
          bestRating: 3,
          worstRating: 1,
          alternateName: words,
        },
        reviewBody: `${words}: ${describeChange(c, locale, t)}. ${t('claim.computed', {
          from: formatFigure(check.from, check.from.unit, locale, t),
          to: formatFigure(check.to, check.to.unit, locale, t),
          result: describeComputed(check, locale),
        })} ${t(`claimReason.${check.reasonKey}` as MessageKey)}`,
      },
    ];
  });
}
