import { useEffect } from 'react';
import { I18nProvider, pickLocale } from '../lib/i18n/i18n';
import { useUrlState } from '../lib/use-url-state';
import type { UrlNotice } from '../lib/url-state';
import type { Notice } from '../components/url-notices';
import { EmbedShell } from './embed-shell';

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
const toNotice = (n: UrlNotice): Notice => ({
  key: `notice.${n.reason}`,
  vars: { param: shorten(n.param), value: shorten(n.value) },
});

/**
 * The embed entry (embed.html): the same URL state, dataset query and embed view as the app in
 * `embed=1` mode, without the overview, navigation and pages, so hosts download less.
 */
export function EmbedApp() {
  const { state, notices, search } = useUrlState();
  const locale = pickLocale(state.lang, typeof navigator === 'undefined' ? [] : navigator.languages);
  useEffect(() => {
    if (state.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);
  return (
    <I18nProvider locale={locale}>
      <EmbedShell state={{ ...state, embed: true }} notices={notices.map(toNotice)} search={search} />
    </I18nProvider>
  );
}
