import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import UsersPage, { UsersQuery } from './UsersPage';
import { CreateUserMutation, UpdateUserMutation, userChanges } from './UserForm';
import { RegionPickerQuery } from './RegionPicker';
import { viewerFixture } from './testViewers';

const u = (id: string, username: string, role: 'ADMIN' | 'COORDINATOR' | 'ANALYST' | 'VIEWER', extra: Record<string, unknown> = {}) => ({
  id,
  username,
  displayName: `Demo ${username}`,
  role,
  scopeRegion: null as { id: string; name: string } | null,
  disabled: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  ...extra,
});
const admin = u('1', 'admin', 'ADMIN');
const coordinator = u('2', 'coordinator', 'COORDINATOR', { scopeRegion: { id: 'r4', name: '桃文街道' }, version: 3 });
const analyst = u('3', 'analyst', 'ANALYST');
const viewer = u('4', 'viewer', 'VIEWER', { disabled: true });
const all = [admin, coordinator, analyst, viewer];

const users = (list = all) =>
  fixture({
    query: UsersQuery,
    data: {
      users: {
        totalCount: list.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: list.map((node) => ({ node })),
      },
    },
  });

function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'ADMIN') {
  return renderRoute({ path: '/admin/users', url: '/admin/users', element: <UsersPage />, fixtures: [viewerFixture(role), ...fixtures] });
}

const update = (id: string, version: number, input: Record<string, unknown>, answer: Partial<Fixture<unknown, any>>) =>
  fixture({ query: UpdateUserMutation, variables: { id, version, input }, ...answer });

async function openEdit(username: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Edit ${username}` }));
  return screen.getByRole('region', { name: `Edit ${username}` });
}

describe('UsersPage', () => {
  it('lists the accounts: username, display name, role, scope and whether disabled', async () => {
    render([users()]);
    const table = await screen.findByRole('table', { name: 'User accounts by username' });
    for (const h of ['Username', 'Display name', 'Role', 'Scope', 'Status', 'Actions']) expect(within(table).getByRole('columnheader', { name: h })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['admin', 'coordinator', 'analyst', 'viewer']);
    expect(rows[1]).toHaveTextContent('Demo coordinator');
    expect(rows[1]).toHaveTextContent('Coordinator');
    expect(rows[1]).toHaveTextContent('桃文街道');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[0]).toHaveTextContent('Whole province');
    expect(rows[3]).toHaveTextContent('Disabled');
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '用户' })).toBeInTheDocument();
    expect(rows[3]).toHaveTextContent('已停用');
    await switchLanguage('en');
  });

  it('creates a user, with a scope found by the search, and says so', async () => {
    const search = fixture({ query: RegionPickerQuery, variables: { q: 'taowen' }, data: { search: [{ title: '桃文街道', subtitle: '延边州 / 珲春市', node: { __typename: 'Region' as const, id: 'r4' } }] } });
    const created = fixture({
      query: CreateUserMutation,
      variables: { input: { username: 'zhang.san', role: 'COORDINATOR', password: 'a-long-password', displayName: '张三', scopeRegionID: 'r4' } },
      data: { createUser: u('9', 'zhang.san', 'COORDINATOR', { displayName: '张三', scopeRegion: { id: 'r4', name: '桃文街道' } }) },
    });
    const { client } = render([users(), search, created]);
    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const form = screen.getByRole('region', { name: 'New user' });
    const username = within(form).getByLabelText('Username');
    expect(username).toHaveFocus();
    await userEvent.type(username, 'zhang.san');
    await userEvent.type(within(form).getByLabelText('Display name'), '张三');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'COORDINATOR');
    await userEvent.type(within(form).getByLabelText('Password'), 'a-long-password');
    const scope = within(form).getByRole('group', { name: 'Scope' });
    expect(within(scope).getByLabelText('Whole province')).toBeChecked();
    await userEvent.click(within(scope).getByLabelText('One region'));
    await userEvent.type(within(scope).getByLabelText('Find a region'), 'taowen');
    await userEvent.click(await within(scope).findByRole('button', { name: /桃文街道/ }));
    expect(scope).toHaveTextContent('Chosen: 桃文街道');
    await userEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('The user zhang.san was created.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.queryByRole('region', { name: 'New user' })).not.toBeInTheDocument();
    expect(client.operations.filter((o) => o.query === UsersQuery).at(-1)?.context.requestPolicy).toBe('network-only');
  });

  it('marks a taken username and a weak password on their fields', async () => {
    const input = { username: 'admin', role: 'VIEWER' as const, password: 'short' };
    const taken = fixture({ query: CreateUserMutation, variables: { input }, error: { message: 'username: a user named admin exists', code: 'CONFLICT', field: 'username' } });
    render([users(), taken]);
    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const form = screen.getByRole('region', { name: 'New user' });
    await userEvent.type(within(form).getByLabelText('Username'), 'admin');
    await userEvent.type(within(form).getByLabelText('Password'), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    const field = within(form).getByLabelText('Username');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/^This username is taken\. \(a user named admin exists\)/);
    expect(field).toHaveFocus();
  });

  it('marks a refused password on its field', async () => {
    const input = { username: 'lisi', role: 'VIEWER' as const, password: 'short' };
    const weak = fixture({ query: CreateUserMutation, variables: { input }, error: { message: 'password: a password has 10 to 128 characters', code: 'BAD_USER_INPUT', field: 'password' } });
    render([users(), weak]);
    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const form = screen.getByRole('region', { name: 'New user' });
    await userEvent.type(within(form).getByLabelText('Username'), 'lisi');
    await userEvent.type(within(form).getByLabelText('Password'), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    const field = within(form).getByLabelText('Password');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^a password has 10 to 128 characters/);
    expect(within(form).getByLabelText('Username')).not.toHaveAttribute('aria-invalid');
  });

  it('edits only what changed: widening the scope clears it, and disabling', async () => {
    const saved = update('2', 3, { displayName: '协调员', clearScope: true, disabled: true }, { data: { updateUser: { ...coordinator, displayName: '协调员', scopeRegion: null, disabled: true, version: 4 } } });
    const { client } = render([users(), saved]);
    const form = await openEdit('coordinator');
    const name = within(form).getByLabelText('Display name');
    expect(name).toHaveFocus();
    expect(within(form).queryByLabelText('Username')).not.toBeInTheDocument();
    await userEvent.clear(name);
    await userEvent.type(name, '协调员');
    expect(within(form).getByLabelText('One region')).toBeChecked();
    await userEvent.click(within(form).getByLabelText('Whole province'));
    await userEvent.click(within(form).getByLabelText(/^Disabled/));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The changes to coordinator were saved.')).toBeInTheDocument();
    expect(client.operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ id: '2', version: 3, input: { displayName: '协调员', clearScope: true, disabled: true } });
  });

  it('says nothing was saved when nothing changed', async () => {
    const { client } = render([users()]);
    const form = await openEdit('analyst');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Nothing was changed, so nothing was saved.');
    expect(client.operations.some((o) => o.kind === 'mutation')).toBe(false);
  });

  it('says someone else changed the user, and reloads on request', async () => {
    const stale = update('3', 1, { role: 'VIEWER' }, { error: { message: 'version: user analyst was changed by someone else: you sent version 1, it is now at version 2; reload and try again', code: 'CONFLICT', field: 'version' } });
    const { client } = render([users(), stale]);
    const form = await openEdit('analyst');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'VIEWER');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveTextContent('Someone else changed this user after you opened it');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.at(-1)?.query).toBe(UsersQuery));
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
  });

  it('says clearly that the last working admin cannot be demoted', async () => {
    const last = update('1', 1, { role: 'ANALYST' }, { error: { message: 'role: this is the last working admin; make another admin first', code: 'CONFLICT', field: 'role' } });
    render([users(), last]);
    const form = await openEdit('admin');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'ANALYST');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The last administrator');
    expect(alert).toHaveTextContent('This is the last working administrator: it can be neither demoted nor disabled.');
    expect(alert).toHaveTextContent('The server said: this is the last working admin; make another admin first');
    expect(within(form).getByLabelText('Role')).toHaveAttribute('aria-invalid', 'true');
    await switchLanguage('zh-CN');
    expect(alert).toHaveTextContent('最后一位管理员');
    await switchLanguage('en');
  });

  it('marks an unknown region on the scope', async () => {
    const search = fixture({ query: RegionPickerQuery, variables: { q: 'gone' }, data: { search: [{ title: '已撤销镇', subtitle: null, node: { __typename: 'Region' as const, id: 'r99' } }] } });
    const missing = update('3', 1, { scopeRegionID: 'r99' }, { error: { message: 'scope: no region has ID 99', code: 'NOT_FOUND', field: 'scope' } });
    render([users(), search, missing]);
    const form = await openEdit('analyst');
    await userEvent.click(within(form).getByLabelText('One region'));
    await userEvent.type(within(form).getByLabelText('Find a region'), 'gone');
    await userEvent.click(await within(form).findByRole('button', { name: '已撤销镇' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const scope = within(form).getByRole('group', { name: 'Scope' });
    expect(await within(scope).findByText('No such region. (no region has ID 99)')).toBeInTheDocument();
    expect(within(scope).getByLabelText('Find a region')).toHaveFocus();
  });

  it('cancels back to the button that opened the form', async () => {
    render([users()]);
    const form = await openEdit('viewer');
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Edit viewer' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit viewer' })).toHaveFocus());
  });

  it('tells an analyst that only an administrator manages users', async () => {
    const { client } = render([], 'ANALYST');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only an administrator may manage users; your role is Analyst.');
    expect(client.operations.some((o) => o.query === UsersQuery)).toBe(false);
  });

  it('shows the server refusing the list', async () => {
    render([fixture({ query: UsersQuery, error: { message: 'only an admin may manage users', code: 'FORBIDDEN' } })]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('The server said: only an admin may manage users');
  });

  it('turns the form into an update', () => {
    const values = { username: 'coordinator', displayName: ' Demo coordinator ', role: 'ADMIN' as const, scope: { id: 'r5', name: '英安镇' }, password: 'new-password-1', disabled: false };
    expect(userChanges(coordinator, values)).toEqual({ role: 'ADMIN', scopeRegionID: 'r5', password: 'new-password-1' });
    expect(userChanges(coordinator, { ...values, role: 'COORDINATOR', scope: { id: 'r4', name: '桃文街道' }, password: '' })).toEqual({});
  });
});
