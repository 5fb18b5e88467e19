import type { Dataset } from '../domain/dataset-schema';
import { formatDate } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { useHere } from '../components/page-here';

/** The page's foot: the dataset's date and a download of it (the prerendered view draws it too). */
export function AppFooter({ dataset, dataUrl }: { dataset: Dataset; dataUrl: string }) {
  const { locale, t } = useI18n();
  const here = useHere();
  return (
    <footer className="app-footer">
      <p>
        {t('footer.data', { date: formatDate(locale, dataset.updated) })} ·{' '}
        <a href={here.href(dataUrl)} download="goalpost-dataset.json">
          {t('footer.download')}
        </a>
      </p>
    </footer>
  );
}
