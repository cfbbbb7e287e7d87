import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import TokensPage, { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation, tokenState, tomorrow } from './TokensPage';
import { viewerFixture } from './testViewers';
import type { ApiTokenRowFragment } from '../../gql/graphql';

const working: ApiTokenRowFragment = {
  id: 't2',
  name: 'nightly export',
  role: 'ANALYST',
  scopeRegion: null,
  createdAt: '2025-03-01T08:00:00Z',
  expiresOn: null,
  revokedAt: null,
  lastUsedAt: '2025-03-02T09:30:00Z',
};
const revoked = { ...working, id: 't1', name: 'old script', revokedAt: '2025-02-01T10:00:00Z', lastUsedAt: null };
const expired = { ...working, id: 't0', name: 'trial', expiresOn: '2020-01-01', lastUsedAt: null };
const list = (tokens: ApiTokenRowFragment[]) => fixture({ query: ApiTokensQuery, data: { apiTokens: tokens } });
const SECRET = 'grt_3q2-secret-shown-once_AbCdEf0123456789';

function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'ANALYST') {
  return renderRoute({ path: '/account/tokens', url: '/account/tokens', element: <TokensPage />, fixtures: [viewerFixture(role), ...fixtures] });
}

describe('TokensPage', () => {
  it('lists the tokens with their role, scope, dates and whether they work', async () => {
    render([list([working, revoked, expired])]);
    const table = await screen.findByRole('table', { name: 'Your API tokens, newest first' });
    expect(screen.getByRole('heading', { level: 1, name: 'API tokens' })).toBeInTheDocument();
    for (const h of ['Name', 'Role', 'Scope', 'Created', 'Expires', 'Last used', 'Status', 'Actions']) expect(within(table).getByRole('columnheader', { name: h })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('nightly export');
    expect(rows[0]).toHaveTextContent('Analyst');
    expect(rows[0]).toHaveTextContent('Whole province');
    expect(rows[0]).toHaveTextContent('Never');
    expect(rows[0]).toHaveTextContent('Working');
    expect(within(rows[0]).getByRole('button', { name: 'Revoke nightly export' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent(/Revoked/);
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('Expired');
    // How to use one.
    expect(screen.getByText('Authorization: Bearer <secret>')).toBeInTheDocument();
  });

  it('creates a token and shows its secret once, with a warning, a working copy button, and focus on it', async () => {
    const create = fixture({
      query: CreateApiTokenMutation,
      variables: { name: 'ci' },
      data: { createApiToken: { secret: SECRET, token: { ...working, id: 't3', name: 'ci', lastUsedAt: null } } },
    });
    const { client } = render([list([]), create]);
    expect(await screen.findByText('You have no API tokens')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), ' ci ');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const panel = await screen.findByRole('region', { name: 'The secret of “ci”' });
    await waitFor(() => expect(within(panel).getByRole('heading', { name: 'The secret of “ci”' })).toHaveFocus());
    expect(panel).toHaveTextContent('it is shown only this once and cannot be shown again');
    expect(within(panel).getByLabelText('Secret')).toHaveValue(SECRET);
    expect(client.operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ name: 'ci' });
    // The list is read again.
    expect(client.operations.filter((o) => o.query === ApiTokensQuery).length).toBeGreaterThanOrEqual(2);
    // The form is empty again.
    expect(screen.getByLabelText('Name')).toHaveValue('');

    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await within(panel).findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(within(panel).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByRole('region', { name: 'The secret of “ci”' })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('heading', { name: 'Your tokens' })).toHaveFocus();
  });

  it('selects the secret for copying by hand when the clipboard cannot be used', async () => {
    const create = fixture({
      query: CreateApiTokenMutation,
      variables: { name: 'ci', expiresOn: '2099-12-31' },
      data: { createApiToken: { secret: SECRET, token: { ...working, id: 't3', name: 'ci', expiresOn: '2099-12-31' } } },
    });
    render([list([]), create]);
    await screen.findByText('You have no API tokens');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ci' } });
    fireEvent.change(screen.getByLabelText('Expires on (optional)'), { target: { value: '2099-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const input = await screen.findByLabelText('Secret');
    const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      expect(await screen.findByText(/The secret is selected: press Ctrl\+C/)).toBeInTheDocument();
      expect(input).toHaveFocus();
      const el = input as HTMLInputElement;
      expect([el.selectionStart, el.selectionEnd]).toEqual([0, SECRET.length]);
    } finally {
      if (had) Object.defineProperty(navigator, 'clipboard', had);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('marks a refused expiry on its field and focuses it', async () => {
    const refused = fixture({
      query: CreateApiTokenMutation,
      variables: { name: 'ci', expiresOn: '2000-01-01' },
      error: { message: 'expiresOn: the expiry must be a day after today', code: 'BAD_USER_INPUT', field: 'expiresOn' },
    });
    render([list([]), refused]);
    await screen.findByText('You have no API tokens');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ci' } });
    const date = screen.getByLabelText('Expires on (optional)');
    fireEvent.change(date, { target: { value: '2000-01-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/^the expiry must be a day after today/);
    expect(date).toHaveFocus();
    expect(screen.queryByLabelText('Secret')).not.toBeInTheDocument();
    expect(date).toHaveAttribute('min', tomorrow());
  });

  it('says so when the server refuses to make a token', async () => {
    render([list([]), fixture({ query: CreateApiTokenMutation, variables: { name: 'x' }, error: { message: 'a VIEWER cannot hold API tokens', code: 'FORBIDDEN' } })]);
    await screen.findByText('You have no API tokens');
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('The server said: a VIEWER cannot hold API tokens');
  });

  it('revokes a token after asking, and says so', async () => {
    const revoke = fixture({ query: RevokeApiTokenMutation, variables: { id: 't2' }, data: { revokeApiToken: { ...working, revokedAt: '2025-03-05T10:00:00Z' } } });
    const { client } = render([list([working]), revoke]);
    const button = await screen.findByRole('button', { name: 'Revoke nightly export' });
    // Asking first; cancelling goes back to the button.
    await userEvent.click(button);
    const ask = screen.getByRole('group', { name: 'Revoke nightly export' });
    expect(ask).toHaveTextContent('Revoke “nightly export”? Programs using it will be refused at once.');
    expect(within(ask).getByRole('button', { name: 'Yes, revoke it' })).toHaveFocus();
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Revoke nightly export' })).toHaveFocus());
    expect(client.operations.some((o) => o.kind === 'mutation')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Revoke nightly export' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    const done = await screen.findByText('The token “nightly export” was revoked.');
    expect(done).toHaveAttribute('role', 'status');
    await waitFor(() => expect(done.parentElement).toHaveFocus());
    expect(client.operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ id: 't2' });
    expect(client.operations.filter((o) => o.query === ApiTokensQuery).at(-1)?.context.requestPolicy).toBe('network-only');
  });

  it('asks an anonymous visitor to sign in, coming back here', async () => {
    render([], null);
    expect(await screen.findByRole('heading', { level: 1, name: 'API tokens' })).toBeInTheDocument();
    expect(screen.getByText('Sign in to see this page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Faccount%2Ftokens');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells a viewer their role may not hold tokens, in both languages', async () => {
    render([], 'VIEWER');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('Your role (Viewer) may not hold API tokens.');
    await switchLanguage('zh-CN');
    expect(alert).toHaveTextContent('您的角色（浏览者）不能持有接口令牌。');
    expect(screen.getByRole('heading', { level: 1, name: '接口令牌' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('shows the server turning the list away', async () => {
    render([fixture({ query: ApiTokensQuery, error: { message: 'sign in first', code: 'UNAUTHENTICATED' } })]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in, or your session has ended.');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('tells working, revoked and expired tokens apart', () => {
    expect(tokenState({ revokedAt: null, expiresOn: null }, '2025-01-01')).toBe('working');
    expect(tokenState({ revokedAt: null, expiresOn: '2025-01-02' }, '2025-01-01')).toBe('working');
    expect(tokenState({ revokedAt: null, expiresOn: '2025-01-01' }, '2025-01-01')).toBe('expired');
    expect(tokenState({ revokedAt: '2024-12-01T00:00:00Z', expiresOn: null }, '2025-01-01')).toBe('revoked');
    expect(tomorrow(new Date(2024, 11, 31, 23, 59))).toBe('2025-01-01');
  });
});
