import { AppLink } from '../components/app-link';
import { LOCALES, THEMES, openOverview, openSources, setLang, setTheme, type UrlState } from '../lib/url-state';
import { useI18n } from '../lib/i18n/i18n';
import { navigate } from '../lib/use-url-state';
import type { MessageKey } from '../lib/i18n/en';

/** Title, main navigation, language and theme. Everything is a link or control bound to the URL. */
export function AppHeader({ state, search }: { state: UrlState; search: string }) {
  const { locale, t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1 className="app-name">
          <AppLink to={openOverview}>{t('app.name')}</AppLink>
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <nav aria-label={t('nav.label')}>
          <ul className="inline-list">
            <li>
              <AppLink to={openOverview} aria-current={state.view === 'overview' ? 'page' : undefined}>
                {t('nav.overview')}
              </AppLink>
            </li>
            <li>
              <AppLink to={openSources} aria-current={state.view === 'sources' ? 'page' : undefined}>
                {t('nav.sources')}
              </AppLink>
            </li>
          </ul>
        </nav>
        <nav aria-label={t('lang.label')}>
          <ul className="inline-list">
            {LOCALES.map((l) => (
              <li key={l}>
                <AppLink
                  to={(s) => setLang(s, l)}
                  hrefLang={l}
                  lang={l}
                  aria-current={l === locale ? 'true' : undefined}
                >
                  {t(`lang.${l}` as MessageKey)}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <label className="theme-select">
          {t('theme.label')}{' '}
          <select value={state.theme} onChange={(e) => navigate(setTheme(search, e.target.value as UrlState['theme']))}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
