import { useI18n } from '../lib/i18n/i18n';

/**
 * Says, on every page and embed, that the figures come from a dataset other than the one this site
 * published. Not dismissable: it stays as long as the link asks for that dataset. The address is text.
 */
export function ForeignDatasetBanner({ address }: { address: string | null }) {
  const { t } = useI18n();
  if (!address) return null;
  return (
    <p className="foreign-dataset" role="note">
      <strong>{t('dataset.foreign')}</strong> <span className="foreign-address">{address}</span>
    </p>
  );
}
