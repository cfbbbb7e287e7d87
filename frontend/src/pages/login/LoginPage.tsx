import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/Status';
import { useSession, ViewerQueryDoc } from '../../lib/session';
import { isDeadSession } from '../../lib/client';
import './login.css';

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      role
      user { id displayName }
    }
  }
`);

/** Where to go after signing in: a path of this app (never another site), else home. */
export function nextPath(next: string | null): string {
  return next && /^\/(?!\/)/.test(next) && !next.startsWith('/login') && !next.includes('\\') ? next : '/';
}

/** What went wrong, as the person signing in should read it. */
function LoginError({ error, focusRef }: { error: CombinedError; focusRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation(['account', 'common']);
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  let text: string;
  if (code === 'UNAUTHENTICATED') text = t('login.error.UNAUTHENTICATED');
  else if (code === 'RATE_LIMITED') {
    const after = Number(first.extensions?.retryAfter);
    text = Number.isFinite(after) && after > 0 ? t('login.error.RATE_LIMITED', { count: Math.ceil(after) }) : t('login.error.rateLimitedLater');
  } else text = errorMessage(error, t);
  return (
    <div className="status status-error login-error" role="alert" tabIndex={-1} ref={focusRef}>
      <strong>{t('login.failed')}</strong>
      <p>{text}</p>
      {first && (code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED') && <p className="muted">{t('login.serverSaid', { message: first.message })}</p>}
    </div>
  );
}

/**
 * Signing in: username and password. The server sets the session cookie;
 * the app then starts a new session (an empty cache, every query run again
 * as the user) and goes back to the page the user came from (?next=).
 */
export default function LoginPage() {
  const { t } = useTranslation(['account', 'common']);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [viewerRes] = useQuery({ query: ViewerQueryDoc });
  const [state, login] = useMutation(LoginMutation);
  const [error, setError] = useState<CombinedError>();
  const [attempt, setAttempt] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const viewer = viewerRes.data?.viewer;

  // A failed attempt moves focus to what went wrong, so that it is read out.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error, attempt]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    let r = await login({ username, password });
    // A dead session cookie gets the request refused before the password is
    // even looked at; that answer cleared the cookie, so the next try counts.
    if (isDeadSession(r.error)) r = await login({ username, password });
    if (r.error) {
      setError(r.error);
      setAttempt((a) => a + 1);
      return;
    }
    session.reset();
    void navigate(nextPath(params.get('next')), { replace: true });
  };

  return (
    <section className="page login-page" aria-labelledby={`${id}-title`}>
      <title>{`${t('login.title')} · ${t('app.name', { ns: 'common' })}`}</title>
      <div className="card login-card">
        <h1 id={`${id}-title`}>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {viewer && <p>{t('login.already', { name: viewer.user.displayName })}</p>}
        {error && <LoginError error={error} focusRef={errorRef} />}
        <form className="form" onSubmit={(e) => void submit(e)}>
          <div className="form-field">
            <label htmlFor={`${id}-username`}>{t('login.username')}</label>
            <input id={`${id}-username`} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-password`}>{t('login.password')}</label>
            <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={state.fetching}>
              {state.fetching ? t('login.submitting') : t('login.submit')}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
