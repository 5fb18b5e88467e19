import { I18nProvider } from '../lib/i18n/i18n';
import { useUrlState } from '../lib/use-url-state';
import { EmbedShell } from './embed-shell';
import { toNotice } from './url-notice';
import { useLocaleAndTheme } from './use-locale-and-theme';

/**
 * The embed entry (embed.html): the same URL state, dataset query and embed view as the app in
 * `embed=1` mode, without the overview, navigation and pages, so hosts download less.
 */
export function EmbedApp() {
  const { state, notices, search } = useUrlState();
  const locale = useLocaleAndTheme(state);
  return (
    <I18nProvider locale={locale}>
      <EmbedShell state={{ ...state, embed: true }} notices={notices.map(toNotice)} search={search} />
    </I18nProvider>
  );
}
