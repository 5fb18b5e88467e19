import type { Figure, Source } from '../../domain/dataset-schema';
import { eventShort, speakerOrOutlet } from '../../domain/localized';
import { compareIsoDates } from '../../domain/periods';
import { formatDate } from '../format';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';

/**
 * The source line of a chart: each primary source as "speaker, event, date", then how many context
 * sources were used. Shared by the embed and the exported pictures.
 */
export function sourceLine(figures: Figure[], sources: Map<string, Source>, locale: Locale, t: Translate): string {
  const used = [...new Set(figures.map((f) => f.source))].map((id) => sources.get(id)).filter((s): s is Source => !!s);
  const primary = used
    .filter((s) => s.tier === 'primary')
    .sort((a, b) => compareIsoDates(a.eventDate, b.eventDate))
    .map((s) => `${speakerOrOutlet(s, locale)}, ${eventShort(s, locale)}, ${formatDate(locale, s.eventDate)}`);
  const context = used.filter((s) => s.tier === 'context').length;
  const parts = [...primary];
  if (context) parts.push(t('embed.contextCount', { count: context }));
  return `${t('embed.sources')}: ${parts.join('; ')}`;
}
