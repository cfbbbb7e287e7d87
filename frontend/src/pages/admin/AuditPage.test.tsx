import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import AuditPage, { AuditActorsQuery, AuditEventsQuery, auditWhere, entityPath } from './AuditPage';
import { viewerFixture } from './testViewers';

const ev = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  at: '2025-03-04T05:06:00Z',
  actorName: 'coordinator',
  actor: { id: '2', username: 'coordinator' },
  operation: 'UPDATE' as const,
  entityType: 'Organization',
  entityID: '17',
  changes: [{ field: 'name', before: '桃文街道党工委', after: '桃文街道党工委（已更名）' }],
  requestID: 'req-1',
  ...extra,
});

const page = (events: ReturnType<typeof ev>[], more: string | null = null, total = events.length) => ({
  auditEvents: {
    totalCount: total,
    pageInfo: { hasNextPage: more !== null, endCursor: more },
    edges: events.map((node) => ({ node })),
  },
});

const actors = fixture({
  query: AuditActorsQuery,
  data: {
    users: {
      edges: [
        { node: { id: '1', username: 'admin', displayName: 'Demo admin' } },
        { node: { id: '2', username: 'coordinator', displayName: 'coordinator' } },
      ],
    },
  },
});

function render(fixtures: Fixture<unknown, any>[], url = '/admin/audit', role: Parameters<typeof viewerFixture>[0] = 'ADMIN') {
  return renderRoute({
    path: '/admin/audit',
    url,
    element: <AuditPage />,
    fixtures: [viewerFixture(role), actors, ...fixtures],
    extra: [
      { path: '/organizations/:id', element: <p>organization page</p> },
      { path: '/people/:id', element: <p>person page</p> },
    ],
  });
}

const auditOps = (client: { operations: Array<{ query: unknown; variables: unknown }> }) => client.operations.filter((o) => o.query === AuditEventsQuery);

describe('auditWhere', () => {
  it('holds only the filters given', () => {
    expect(auditWhere({})).toEqual({});
    expect(auditWhere({ actor: '2' })).toEqual({ actor: '2' });
    expect(auditWhere({ entityType: 'Person' })).toEqual({ entityType: 'Person' });
  });

  it('runs a day range from the start of the first day to the start of the day after the last, in local time', () => {
    expect(auditWhere({ actor: '2', entityType: 'Organization', from: '2025-03-01', to: '2025-03-31' })).toEqual({
      actor: '2',
      entityType: 'Organization',
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 3, 1).toISOString(),
    });
    expect(auditWhere({ to: '2024-12-31' })).toEqual({ to: new Date(2025, 0, 1).toISOString() });
    // A malformed day (typed into the URL) is left out.
    expect(auditWhere({ from: 'yesterday' })).toEqual({});
  });

  it('links organizations, people and regions', () => {
    expect(entityPath('Organization', '17')).toBe('/organizations/17');
    expect(entityPath('Person', '5')).toBe('/people/5');
    expect(entityPath('Region', '3')).toBe('/regions/3');
    expect(entityPath('Link', '9')).toBeUndefined();
  });
});

describe('AuditPage', () => {
  it('lists the changes: time, actor, operation, the record (linked) and each field before and after', async () => {
    const person = ev('e2', { operation: 'CREATE', entityType: 'Person', entityID: '5', changes: [{ field: 'name', before: null, after: '金明' }, { field: 'migrant', before: null, after: true }] });
    const token = ev('e3', { entityType: 'ApiToken', entityID: '8', actorName: 'admin', actor: { id: '1', username: 'admin' }, changes: [] });
    const account = ev('e4', { entityType: 'User', entityID: '3', changes: [{ field: 'displayName', before: 'a', after: 'b' }, { field: 'disabled', before: false, after: true }] });
    render([fixture({ query: AuditEventsQuery, variables: { first: 20, where: {} }, data: page([ev('e1'), person, token, account]) })]);
    const list = await screen.findByRole('list', { name: 'Changes, newest first' });
    const items = (await within(list).findAllByRole('listitem')).filter((li) => li.classList.contains('history-event'));
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Changed');
    expect(items[0]).toHaveTextContent('by coordinator');
    expect(within(items[0]).getByRole('link', { name: '桃文街道党工委（已更名）' })).toHaveAttribute('href', '/organizations/17');
    expect(items[0]).toHaveTextContent(/Name\s*桃文街道党工委\s*→\s*桃文街道党工委（已更名）/);
    expect(within(items[0]).getByText(/^Mar 4, 2025/)).toHaveAttribute('datetime', '2025-03-04T05:06:00Z');
    expect(items[0]).toHaveTextContent('Request req-1');
    expect(items[1]).toHaveTextContent('Created');
    expect(within(items[1]).getByRole('link', { name: '金明' })).toHaveAttribute('href', '/people/5');
    expect(items[1]).toHaveTextContent(/Migrant\s*\(empty\)\s*→\s*yes/);
    expect(items[2]).toHaveTextContent('API token #8');
    expect(within(items[2]).queryByRole('link')).not.toBeInTheDocument();
    expect(items[2]).toHaveTextContent('No field changed.');
    // Fields of accounts and tokens are named too.
    expect(items[3]).toHaveTextContent(/Display name\s*a\s*→\s*b/);
    expect(items[3]).toHaveTextContent(/Disabled\s*no\s*→\s*yes/);
    expect(screen.getByText('4 of 4 changes')).toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '审计记录' })).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('接口令牌 #8');
    expect(items[3]).toHaveTextContent(/显示名称\s*a\s*→\s*b/);
    await switchLanguage('en');
  });

  it('filters by actor, type of record and days, keeping the filters in the address', async () => {
    const { client, router } = render([fixture({ query: AuditEventsQuery, data: page([ev('e1')]) })]);
    await screen.findByRole('list', { name: 'Changes, newest first' });
    const actor = screen.getByLabelText('Made by');
    await within(actor).findByRole('option', { name: 'admin (Demo admin)' });
    expect(within(actor).getByRole('option', { name: 'coordinator' })).toBeInTheDocument();
    await userEvent.selectOptions(actor, '2');
    await waitFor(() => expect(auditOps(client).at(-1)?.variables).toEqual({ first: 20, where: { actor: '2' } }));
    await userEvent.selectOptions(screen.getByLabelText('Record type'), 'Organization');
    fireEvent.change(screen.getByLabelText('From (day)'), { target: { value: '2025-03-01' } });
    fireEvent.change(screen.getByLabelText('To (day, inclusive)'), { target: { value: '2025-03-04' } });
    await waitFor(() =>
      expect(auditOps(client).at(-1)?.variables).toEqual({
        first: 20,
        where: { actor: '2', entityType: 'Organization', from: new Date(2025, 2, 1).toISOString(), to: new Date(2025, 2, 5).toISOString() },
      }),
    );
    expect(router.state.location.search).toBe('?actor=2&type=Organization&from=2025-03-01&to=2025-03-04');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(auditOps(client).at(-1)?.variables).toEqual({ first: 20, where: {} }));
    expect(router.state.location.search).toBe('');
  });

  it('starts from the filters in the address, and warns of a range that cannot match', async () => {
    const { client } = render([fixture({ query: AuditEventsQuery, data: page([]) })], '/admin/audit?type=Person&from=2025-03-05&to=2025-03-01');
    expect(await screen.findByText('No changes found')).toBeInTheDocument();
    expect(screen.getByLabelText('Record type')).toHaveValue('Person');
    expect(screen.getByText('The start day comes after the end day, so nothing can match.')).toBeInTheDocument();
    expect(auditOps(client)[0].variables).toEqual({ first: 20, where: { entityType: 'Person', from: new Date(2025, 2, 5).toISOString(), to: new Date(2025, 2, 2).toISOString() } });
  });

  it('loads more under the list, moving focus to the first new change', async () => {
    const first = fixture({ query: AuditEventsQuery, variables: { first: 20, where: {} }, data: page([ev('e1')], 'c1', 2) });
    const second = fixture({ query: AuditEventsQuery, variables: { first: 20, after: 'c1', where: {} }, data: page([ev('e0', { entityID: '18', changes: [{ field: 'name', before: 'a', after: '乙' }] })], null, 2) });
    render([first, second]);
    expect(await screen.findByText('1 of 2 changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const link = await screen.findByRole('link', { name: '乙' });
    await waitFor(() => expect(link.closest('li')).toHaveFocus());
    expect(screen.getByText('2 of 2 changes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows the server refusing to read the trail', async () => {
    render([fixture({ query: AuditEventsQuery, error: { message: 'only an admin may read the audit trail, not a ANALYST', code: 'FORBIDDEN' } })]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('The server said: only an admin may read the audit trail');
  });

  it('asks an anonymous visitor to sign in, and turns a coordinator away', async () => {
    const { unmount } = render([], '/admin/audit?type=Person', null);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Fadmin%2Faudit%3Ftype%3DPerson');
    unmount();
    render([], '/admin/audit', 'COORDINATOR');
    expect(await screen.findByRole('alert')).toHaveTextContent('Only an administrator may read the audit trail; your role is Coordinator.');
  });
});
