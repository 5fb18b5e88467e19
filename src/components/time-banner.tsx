import type { ReleaseEntry } from '../domain/releases';
import { formatDate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { updateSearch } from '../lib/url-moves';
import { AppLink } from './app-link';

/**
 * Says, above everything else on the page, that this is not today's record: a past view (`asof`)
 * or an archived release (`release`), with the way back to the live record. A strong band of its
 * own colour, in words and never in colour alone.
 */
export function TimeBanner({
  asof,
  release,
  compact = false,
}: {
  asof: string | null;
  release: { shown: ReleaseEntry; latest: ReleaseEntry } | null;
  compact?: boolean;
}) {
  const { locale, t } = useI18n();
  if (!asof && !release) return null;
  const date = (d: string) => formatDate(locale, d);
  return (
    <div className={`time-banner${compact ? ' compact' : ''}`} role="note" aria-label={t('time.asofLabel')}>
      {release && (
        <p>
          <strong className="time-label">{t('time.releaseLabel')}</strong>{' '}
          {t('time.release', { id: release.shown.id, date: date(release.shown.date) })}{' '}
          {release.latest.id !== release.shown.id &&
            t('time.newer', { id: release.latest.id, date: date(release.latest.date) })}{' '}
          <AppLink to={(a) => updateSearch(a, { release: null, asof: null })} target={compact ? '_blank' : undefined}>
            {t('time.live')}
          </AppLink>
        </p>
      )}
      {asof && (
        <p>
          <strong className="time-label">{t('time.asofLabel')}</strong> {t('time.asof', { date: date(asof) })}{' '}
          {!release && (
            <AppLink to={(a) => updateSearch(a, { asof: null })} target={compact ? '_blank' : undefined}>
              {t('time.today')}
            </AppLink>
          )}
        </p>
      )}
    </div>
  );
}
