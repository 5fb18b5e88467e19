import { LOCALES, setLang, type Locale } from '../lib/url-state';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/en';

/** Title and language choice. Languages are links, so they can be opened in a new tab or shared. */
export function AppHeader({ search, onNavigate }: { search: string; onNavigate: (search: string) => void }) {
  const { locale, t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav aria-label={t('lang.label')} className="lang-switch">
        <ul>
          {LOCALES.map((l: Locale) => {
            const href = setLang(search, l) || '?';
            return (
              <li key={l}>
                <a
                  href={href}
                  hrefLang={l}
                  lang={l}
                  aria-current={l === locale ? 'true' : undefined}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    onNavigate(href);
                  }}
                >
                  {t(`lang.${l}` as MessageKey)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
