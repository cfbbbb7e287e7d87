import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ViewerQuery } from '../../gql/graphql';
import { useSession, ViewerQueryDoc } from '../../lib/session';
import { ErrorState, Loading, errorMessage } from '../../components/Status';
import { loginHref } from '../../app/AccountMenu';
import './admin.css';

export type Viewer = NonNullable<ViewerQuery['viewer']>;
/** The rights these pages need, as the viewer's `can` names them. */
export type Right = 'holdTokens' | 'manageUsers' | 'readAudit';

/** The page's heading and document title. */
export function PageTitle({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 id={id}>{title}</h1>
    </>
  );
}

function SignInLink() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const session = useSession();
  return (
    <Link className="button button-primary" to={loginHref(location.pathname + location.search)} onClick={session.dismissEnded}>
      {t('signIn')}
    </Link>
  );
}

/**
 * Shows children only to a signed-in viewer with the right; anybody else
 * gets the page's title and why it is closed to them (with a way to sign in),
 * not an empty page or a crash.
 */
export function Gate({ right, title, children }: { right: Right; title: string; children: (viewer: Viewer) => ReactNode }) {
  const { t } = useTranslation(['admin', 'account']);
  const [res, reexecute] = useQuery({ query: ViewerQueryDoc });
  const viewer = res.data?.viewer;
  if (res.error && !res.data) return <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!res.data) return <Loading />;
  if (viewer && viewer.can[right]) return <>{children(viewer)}</>;
  return (
    <section className="page admin-page" aria-labelledby="admin-gate-title">
      <PageTitle id="admin-gate-title" title={title} />
      <div className="card admin-gate">
        {viewer ? (
          <div className="status status-error" role="alert">
            <strong>{t('gate.forbiddenTitle')}</strong>
            <p>{t(`gate.forbidden.${right}`, { role: t(`role.${viewer.role}`, { ns: 'account' }) })}</p>
          </div>
        ) : (
          <>
            <p>
              <strong>{t('gate.signInTitle')}</strong>
            </p>
            <p className="muted">{t('gate.signIn')}</p>
            <SignInLink />
          </>
        )}
      </div>
    </section>
  );
}

/** The code of an API error, if any. */
export function codeOf(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A failed read: the server's refusal (FORBIDDEN, or UNAUTHENTICATED with a
 * way to sign in) said as such, anything else with a retry.
 */
export function ReadError({ error, retry }: { error: CombinedError; retry: () => void }) {
  const { t } = useTranslation('admin');
  const code = codeOf(error);
  if (code === 'UNAUTHENTICATED' || error.response?.status === 401) {
    return (
      <div className="status status-error" role="alert">
        <strong>{t('gate.signInTitle')}</strong>
        <p>{t('gate.signedOut')}</p>
        <SignInLink />
      </div>
    );
  }
  if (code === 'FORBIDDEN') {
    return (
      <div className="status status-error" role="alert">
        <strong>{t('gate.forbiddenTitle')}</strong>
        <p>{t('gate.serverSaid', { message: error.graphQLErrors[0].message })}</p>
      </div>
    );
  }
  return <ErrorState error={error} retry={retry} />;
}

/** A failed write that is not about one field: refused, signed out, or anything else. */
export function WriteError({ error }: { error: CombinedError }) {
  const { t } = useTranslation(['admin', 'common']);
  const code = codeOf(error);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || error.response?.status === 401) return <ReadError error={error} retry={() => {}} />;
  return (
    <div className="status status-error" role="alert">
      <strong>{t('failed')}</strong>
      <p>{errorMessage(error, t)}</p>
    </div>
  );
}
