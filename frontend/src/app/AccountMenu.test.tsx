import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { fixture } from '../test/fixtures';
import { renderSession } from '../test/render';
import { switchLanguage } from '../test/language';
import { SessionProvider, ViewerQueryDoc } from '../lib/session';
import { AccountMenu, LogoutMutation, SessionEnded, loginHref } from './AccountMenu';

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
const logout = fixture({ query: LogoutMutation, data: { logout: true } });

function Header() {
  return (
    <header>
      <AccountMenu />
      <SessionEnded />
    </header>
  );
}

describe('AccountMenu (the header)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers to sign in when nobody is, coming back to the page', async () => {
    renderSession({ path: '/organizations/:id', url: '/organizations/7?members=m2', element: <Header />, sessions: [[anonymous]] });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Forganizations%2F7%3Fmembers%3Dm2');
    expect(loginHref('/')).toBe('/login');
    expect(loginHref('/login?next=%2F')).toBe('/login');
  });

  it('shows who is signed in, with the role, in both languages', async () => {
    renderSession({ path: '/', url: '/', element: <Header />, sessions: [[coordinator]] });
    const account = await screen.findByRole('group', { name: 'Account' });
    expect(within(account).getByText('Demo coordinator')).toBeInTheDocument();
    expect(within(account).getByText('Coordinator')).toBeInTheDocument();
    expect(within(account).getByText('Demo coordinator').parentElement).toHaveAttribute('title', 'Writes in 桃文街道');
    expect(within(account).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(within(screen.getByRole('group', { name: '账户' })).getByText('协调员')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('links the account pages the viewer may open', async () => {
    const admin = fixture({
      query: ViewerQueryDoc,
      data: {
        viewer: {
          role: 'ADMIN' as const,
          user: { id: 'u1', username: 'admin', displayName: 'Demo admin', role: 'ADMIN' as const },
          scope: null,
          can: { edit: true, manageUsers: true, readAudit: true, holdTokens: true },
        },
      },
    });
    const { unmount } = renderSession({ path: '/', url: '/', element: <Header />, sessions: [[admin]] });
    const links = await screen.findByRole('navigation', { name: 'Account pages' });
    expect(within(links).getByRole('link', { name: 'API tokens' })).toHaveAttribute('href', '/account/tokens');
    expect(within(links).getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(within(links).getByRole('link', { name: 'Audit' })).toHaveAttribute('href', '/admin/audit');
    expect(within(links).getByRole('link', { name: 'Rural income' })).toHaveAttribute('href', '/admin/rural-income');
    unmount();
    // A coordinator holds tokens, but neither manages users nor reads the audit trail.
    renderSession({ path: '/', url: '/', element: <Header />, sessions: [[coordinator]] });
    const only = await screen.findByRole('navigation', { name: 'Account pages' });
    expect(within(only).getAllByRole('link').map((a) => a.textContent)).toEqual(['API tokens']);
  });

  it('signs out: a new session (no cached data) and focus on the sign-in link', async () => {
    const { clients } = renderSession({ path: '/', url: '/', element: <Header />, sessions: [[coordinator, logout], [anonymous]] });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    const link = await screen.findByRole('link', { name: 'Sign in' });
    await waitFor(() => expect(link).toHaveFocus());
    expect(clients).toHaveLength(2);
    expect(clients[0].operations.some((o) => (o as { kind: string }).kind === 'mutation')).toBe(true);
  });

  it('goes on signed out when the server turns a dead session away (HTTP 401)', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls++;
        // The first request still carries the dead cookie; the server clears it.
        if (calls === 1) {
          return new Response(JSON.stringify({ errors: [{ message: 'not signed in, or the session has ended', extensions: { code: 'UNAUTHENTICATED' } }], data: null }), {
            status: 401,
            statusText: 'Unauthorized',
            headers: { 'content-type': 'application/json' },
          });
        }
        return new Response(JSON.stringify({ data: { viewer: null } }), { status: 200, headers: { 'content-type': 'application/json' } });
      }),
    );
    const router = createMemoryRouter([{ path: '*', element: <Header /> }], { initialEntries: ['/regions'] });
    render(
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended, so you are now signed out.');
    await waitFor(() => expect(calls).toBe(2));
    expect(await screen.findAllByRole('link', { name: 'Sign in' })).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
