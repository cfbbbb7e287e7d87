import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as plainRender, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderSession } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { SessionProvider, ViewerQueryDoc } from '../../lib/session';
import LoginPage, { LoginMutation, nextPath } from './LoginPage';

const anonymous = fixture({ query: ViewerQueryDoc, data: { viewer: null } });
const coordinator = fixture({
  query: ViewerQueryDoc,
  data: {
    viewer: {
      role: 'COORDINATOR' as const,
      user: { id: 'u2', username: 'coordinator', displayName: 'Demo coordinator', role: 'COORDINATOR' as const },
      scope: { id: 'r4', name: '桃文街道' },
      can: { edit: true, manageUsers: false, readAudit: false, holdTokens: true },
    },
  },
});
const login = (password: string, answer: Partial<Fixture<unknown, any>>) =>
  fixture({ query: LoginMutation, variables: { username: 'coordinator', password }, ...answer });

function render(sessions: Fixture<unknown, any>[][], url = '/login?next=%2Forganizations%2F7') {
  return renderSession({ path: '/login', url, element: <LoginPage />, sessions, extra: [{ path: '/organizations/:id', element: <p>organization page</p> }] });
}

async function signIn(password: string) {
  await userEvent.type(screen.getByLabelText('Username'), 'coordinator');
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for a username and password, with labels, the username focused', async () => {
    render([[anonymous]]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveFocus();
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('says the credentials are wrong, with the server message, and moves focus to it', async () => {
    render([[anonymous, login('nope', { error: { message: 'the username or the password is wrong', code: 'UNAUTHENTICATED' } })]]);
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('nope');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The username or the password is wrong. Check both and try again.');
    expect(alert).toHaveTextContent('The server said: the username or the password is wrong');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('tells how long to wait when sign-in is throttled, in either language', async () => {
    render([[anonymous, login('nope', { error: { message: 'too many failed logins; try again later', code: 'RATE_LIMITED', extensions: { retryAfter: 900 } } })]]);
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Wait 900 seconds before trying again.');
    await switchLanguage('zh-CN');
    expect(screen.getByRole('alert')).toHaveTextContent('失败次数过多，请等待 900 秒后再试。');
    await switchLanguage('en');
  });

  it('starts a new session once signed in and goes back where the user came from', async () => {
    const ok = login('grassroots-coordinator', {
      data: { login: { role: 'COORDINATOR' as const, user: { id: 'u2', displayName: 'Demo coordinator' } } },
    });
    const { clients, router } = render([[anonymous, ok], [coordinator]]);
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('grassroots-coordinator');
    expect(await screen.findByText('organization page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/7');
    // The session's client (and its cache) was replaced.
    expect(clients).toHaveLength(2);
  });

  it('signs in on the second try when a dead session cookie got the first refused (HTTP 401)', async () => {
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const logins: number[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        if (!init?.body) return json({ data: { viewer: null } });
        logins.push(logins.length + 1);
        return logins.length === 1
          ? json({ errors: [{ message: 'not signed in, or the session has ended', extensions: { code: 'UNAUTHENTICATED' } }], data: null }, 401)
          : json({ data: { login: { role: 'COORDINATOR', user: { id: 'u2', displayName: 'Demo coordinator', __typename: 'User' }, __typename: 'Viewer' } } });
      }),
    );
    const router = createMemoryRouter(
      [
        { path: '/login', element: <LoginPage /> },
        { path: '*', element: <p>home page</p> },
      ],
      { initialEntries: ['/login'] },
    );
    plainRender(
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>,
    );
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('grassroots-coordinator');
    expect(await screen.findByText('home page')).toBeInTheDocument();
    expect(logins).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the user only to pages of the app', () => {
    expect(nextPath('/organizations/7?x=1')).toBe('/organizations/7?x=1');
    expect(nextPath('//evil.example/')).toBe('/');
    expect(nextPath('https://evil.example/')).toBe('/');
    expect(nextPath('/\\evil.example')).toBe('/');
    expect(nextPath('/login')).toBe('/');
    expect(nextPath(null)).toBe('/');
  });
});
