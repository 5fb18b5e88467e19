import { AppLink } from '../components/app-link';
import { useHere } from '../components/page-here';
import type { Dataset } from '../domain/dataset-schema';
import type { ReleaseEntry } from '../domain/releases';
import { formatDate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { openChanges } from '../lib/url-moves';

/**
 * The page's foot: the dataset's date (or the release shown) and its download, what changed and
 * the feed of changes (the prerendered view draws it too).
 */
export function AppFooter({
  dataset,
  dataUrl,
  release = null,
}: {
  dataset: Dataset;
  dataUrl: string;
  release?: ReleaseEntry | null;
}) {
  const { locale, t } = useI18n();
  const here = useHere();
  return (
    <footer className="app-footer">
      <p>
        {release
          ? t('footer.release', { id: release.id, date: formatDate(locale, release.date) })
          : t('footer.data', { date: formatDate(locale, dataset.updated) })}{' '}
        ·{' '}
        <a href={here.href(dataUrl)} download="goalpost-dataset.json">
          {t('footer.download')}
        </a>{' '}
        · <AppLink to={openChanges}>{t('footer.changes')}</AppLink> ·{' '}
        <a href={here.href(`feed.${locale}.xml`)} type="application/atom+xml">
          {t('footer.feed')}
        </a>
      </p>
    </footer>
  );
}
