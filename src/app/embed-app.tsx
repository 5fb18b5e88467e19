import { I18nProvider } from '../lib/i18n/i18n';
import { useUrlState } from '../lib/use-url-state';
import { EmbedShell } from './embed-shell';
import { linkNotices } from './url-notice';
import { datasetSource } from '../lib/dataset-source';
import { useLocaleAndTheme } from './use-locale-and-theme';

/**
 * The embed entry (embed.html): the same URL state, dataset query and embed view as the app in
 * `embed=1` mode, without the overview, navigation and pages, so hosts download less.
 */
export function EmbedApp() {
  const { state, notices, search } = useUrlState();
  const locale = useLocaleAndTheme(state);
  const source = datasetSource(state.data);
  return (
    <I18nProvider locale={locale}>
      <EmbedShell
        state={{ ...state, embed: true }}
        notices={linkNotices(notices, source)}
        search={search}
        source={source}
      />
    </I18nProvider>
  );
}
