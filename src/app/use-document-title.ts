import { useEffect } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import { useI18n } from '../lib/i18n/i18n';
import type { UrlState } from '../lib/url-state';

/** The tab's title follows the page and language, so history and bookmarks say what they are. */
export function useDocumentTitle(state: UrlState, dataset: Dataset | undefined) {
  const { locale, t } = useI18n();
  const name = dataset?.indicators.find((i) => i.id === state.indicator)?.name[locale];
  let title = t('overview.title');
  if (state.view === 'sources') title = t('nav.sources');
  else if (state.view === 'changes') title = t('footer.changes');
  else if (state.view === 'indicator' && name) title = name;
  else if (state.view === 'scenario' && name) title = t('scenario.title', { name });
  useEffect(() => {
    document.title = `${title} — Goalpost`;
  }, [title]);
}
