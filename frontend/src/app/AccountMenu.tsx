import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useSession, ViewerQueryDoc } from '../lib/session';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Where the login page sends the user back to: the page they were on. */
export function loginHref(path: string): string {
  return path === '/' || path.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}

/**
 * The header's account corner: the signed-in user (name and role) with a
 * sign-out button, or a link to sign in. Signing out starts a new session
 * (an empty cache), so nothing read while signed in stays on screen.
 */
export function AccountMenu() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const session = useSession();
  const [res] = useQuery({ query: ViewerQueryDoc });
  const [out, logout] = useMutation(LogoutMutation);
  const [signedOut, setSignedOut] = useState(false);
  const signIn = useRef<HTMLAnchorElement>(null);
  const viewer = res.data?.viewer;

  // After signing out, the button is gone: focus goes to the link that replaced it.
  useEffect(() => {
    if (signedOut && !viewer && signIn.current) {
      signIn.current.focus();
      setSignedOut(false);
    }
  }, [signedOut, viewer]);

  if (res.fetching && !res.data) return <div className="account" aria-busy="true" />;
  if (!viewer) {
    return (
      <div className="account">
        <Link ref={signIn} className="button" to={loginHref(location.pathname + location.search)}>
          {t('signIn')}
        </Link>
      </div>
    );
  }
  const signOut = async () => {
    await logout({});
    setSignedOut(true);
    session.reset();
  };
  return (
    <div className="account" role="group" aria-label={t('account')}>
      <span className="account-user" title={viewer.scope ? t('scope', { region: viewer.scope.name }) : undefined}>
        <span className="account-name" title={viewer.user.displayName}>
          {viewer.user.displayName}
        </span>
        <span className="badge">{t(`role.${viewer.role}`)}</span>
      </span>
      {(viewer.can.holdTokens || viewer.can.manageUsers || viewer.can.readAudit) && (
        <nav className="account-links" aria-label={t('nav.label', { ns: 'admin' })}>
          {viewer.can.holdTokens && <NavLink to="/account/tokens">{t('nav.tokens', { ns: 'admin' })}</NavLink>}
          {viewer.can.manageUsers && <NavLink to="/admin/users">{t('nav.users', { ns: 'admin' })}</NavLink>}
          {viewer.can.readAudit && <NavLink to="/admin/audit">{t('nav.audit', { ns: 'admin' })}</NavLink>}
          {viewer.role === 'ADMIN' && <NavLink to="/admin/rural-income">{t('nav.ruralIncome', { ns: 'records' })}</NavLink>}
        </nav>
      )}
      <button type="button" className="button" disabled={out.fetching} onClick={() => void signOut()}>
        {out.fetching ? t('signingOut') : t('signOut')}
      </button>
    </div>
  );
}

/** Says so when the server turned the session away and the app went on signed out. */
export function SessionEnded() {
  const { t } = useTranslation('account');
  const session = useSession();
  const location = useLocation();
  if (!session.ended) return null;
  return (
    <div className="session-ended" role="status">
      <span>{t('sessionEnded')}</span>
      <Link to={loginHref(location.pathname + location.search)} onClick={session.dismissEnded}>
        {t('signIn')}
      </Link>
      <button type="button" className="button" onClick={session.dismissEnded}>
        {t('dismiss')}
      </button>
    </div>
  );
}
