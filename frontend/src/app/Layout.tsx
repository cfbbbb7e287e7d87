import { Suspense } from 'react';
import { NavLink, Outlet, Link, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../components/SearchBox';
import { Loading } from '../components/Status';
import { LanguageSwitch } from './LanguageSwitch';
import { AccountMenu, SessionEnded } from './AccountMenu';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="header">
        <Link to="/" className="brand" title={t('nav.home')}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <div className="header-search">
          <SearchBox variant="compact" />
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.dashboard', { ns: 'indicators' })}
          </NavLink>
          <NavLink to="/explore">{t('nav.explore', { ns: 'indicators' })}</NavLink>
          <NavLink to="/regions">{t('nav.regions')}</NavLink>
          <NavLink to="/twinning">{t('nav.twinning')}</NavLink>
          <NavLink to="/network">{t('nav.network')}</NavLink>
          <NavLink to="/graphiql">{t('nav.graphiql')}</NavLink>
        </nav>
        <LanguageSwitch />
        <AccountMenu />
      </header>
      <SessionEnded />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">{t('app.footer')}</footer>
      <ScrollRestoration />
    </div>
  );
}
