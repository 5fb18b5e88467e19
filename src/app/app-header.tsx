import { useId, type MouseEvent } from 'react';
import { AppLink } from '../components/app-link';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { openOverview, openSources, setLang, setTheme } from '../lib/url-moves';
import { LOCALES, THEMES, type UrlState } from '../lib/url-state';
import { changeUrl } from '../lib/use-url-state';

/** A link chosen in the phone menu closes it (the app navigates in place, so nothing else would). */
function closeOnLink(e: MouseEvent<HTMLDivElement>) {
  const menu = e.currentTarget;
  if (!(e.target as Element).closest('a') || typeof menu.hidePopover !== 'function') return;
  try {
    menu.hidePopover();
  } catch {
    // not open (older browsers throw where newer ones do nothing)
  }
}

/**
 * Title, main navigation, language and theme. Everything is a link or control bound to the URL.
 * On a phone the header is one row: the name and a Menu button that opens the controls as a popover
 * (the browser's popover: it opens, closes on Esc or a tap outside, and works in the prerendered
 * page before any app script). From 40rem up the controls sit in the header and the button is hidden.
 */
export function AppHeader({ state }: { state: UrlState }) {
  const { locale, t } = useI18n();
  const menuId = useId();
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="app-name">
          <AppLink to={openOverview}>{t('app.name')}</AppLink>
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <button type="button" className="menu-button" popoverTarget={menuId}>
        {t('nav.menu')}
      </button>
      <div className="header-controls" id={menuId} popover="auto" onClick={closeOnLink}>
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
          <select
            value={state.theme}
            onChange={(e) => changeUrl((a) => setTheme(a, e.target.value as UrlState['theme']))}
          >
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
