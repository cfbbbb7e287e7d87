import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { EntityPickerSearch, PICKER_HITS } from '../../components/edit/EntityPicker';
import { CreateLinkMutation, DeleteLinkDialog, DeleteLinkMutation, LinkDialog, UpdateLinkMutation, linkChanges, type EditableLink } from './LinkForms';
import {
  ACTIVITIES_PER_PAGE,
  CreateLinkActivityMutation,
  DeleteLinkActivityMutation,
  LinkActivities,
  LinkActivitiesQuery,
  UpdateLinkActivityMutation,
  activityChanges,
} from './LinkActivities';

const link: EditableLink = { id: 'l1', version: 3, kind: 'VILLAGE_COMMUNITY', status: 'ACTIVE', startedOn: '2019-03-01', endedOn: null, goals: '产业帮扶', notes: null };

function render(element: ReactElement, fixtures: Fixture<unknown, any>[]) {
  const utils = renderRoute({ path: '/organizations/:id', url: '/organizations/o1', element, fixtures });
  return { ...utils, user: userEvent.setup() };
}

describe('LinkDialog', () => {
  it('adds a link to a partner found by search', async () => {
    const onSaved = vi.fn(async () => {});
    const search = fixture({
      query: EntityPickerSearch,
      variables: { q: '富丰', types: ['ORGANIZATION' as const], first: PICKER_HITS },
      data: {
        search: [
          { title: '平华社区党委', subtitle: null, node: { __typename: 'Organization' as const, id: 'o1' } },
          { title: '富丰村党支部', subtitle: '吉林省 / 珲春市 / 杏平乡 / 富丰村 · 党支部', node: { __typename: 'Organization' as const, id: 'o5' } },
        ],
      },
    });
    const input = { sourceID: 'o1', targetID: 'o5', kind: 'VILLAGE_COMMUNITY', status: 'ACTIVE', startedOn: '2024-05-01', goals: '共建' } as const;
    const { user, client } = render(<LinkDialog organizationID="o1" onClose={() => {}} onSaved={onSaved} />, [
      search,
      fixture({ query: CreateLinkMutation, variables: { input }, data: { createLink: { id: 'l9', version: 1, kind: 'VILLAGE_COMMUNITY' as const, status: 'ACTIVE' as const } } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Add a link' });
    await user.type(within(dialog).getByRole('combobox', { name: /Partner organization/ }), '富丰');
    await screen.findByRole('option', { name: /富丰村党支部/ });
    // The organization itself is no partner.
    expect(screen.queryByRole('option', { name: /平华社区党委/ })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'VILLAGE_COMMUNITY');
    await user.type(within(dialog).getByLabelText('Took effect on'), '2024-05-01');
    await user.type(within(dialog).getByLabelText('Goals'), '共建');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('富丰村党支部'));
    expect(client.operations.at(-1)?.variables).toEqual({ input });
  });

  it('changes only what changed, with the version read', async () => {
    const onSaved = vi.fn(async () => {});
    const input = { status: 'SUSPENDED', clearGoals: true, notes: '暂停' } as const;
    const { user, client } = render(<LinkDialog organizationID="o1" link={link} partner="富丰村党支部" onClose={() => {}} onSaved={onSaved} />, [
      fixture({
        query: UpdateLinkMutation,
        variables: { id: 'l1', version: 3, input },
        data: { updateLink: { id: 'l1', version: 4, kind: 'VILLAGE_COMMUNITY' as const, status: 'SUSPENDED' as const, startedOn: '2019-03-01', endedOn: null, goals: null, notes: '暂停' } },
      }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Edit the link with 富丰村党支部' });
    expect(within(dialog).getByLabelText('Kind')).toHaveFocus();
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'SUSPENDED');
    await user.clear(within(dialog).getByLabelText('Goals'));
    await user.type(within(dialog).getByLabelText('Notes'), '暂停');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'l1', version: 3, input });
  });

  it('marks a refused date on its field and says when someone else changed the link', async () => {
    const onReload = vi.fn(async () => {});
    const { user } = render(<LinkDialog organizationID="o1" link={link} partner="富丰村党支部" onClose={() => {}} onSaved={vi.fn()} onReload={onReload} />, [
      fixture({ query: UpdateLinkMutation, variables: { id: 'l1', version: 3, input: { endedOn: '2018-01-01' } }, error: { message: 'endedOn: endedOn must not be before startedOn', code: 'BAD_USER_INPUT', field: 'endedOn' } }),
      fixture({ query: UpdateLinkMutation, variables: { id: 'l1', version: 3, input: { endedOn: '2025-01-01' } }, error: { message: 'version: link l1 was changed by someone else', code: 'CONFLICT', field: 'version' } }),
    ]);
    const ended = screen.getByLabelText('Ended on');
    await user.type(ended, '2018-01-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ended).toHaveAttribute('aria-invalid', 'true'));
    expect(ended).toHaveAccessibleDescription('endedOn must not be before startedOn');
    await user.clear(ended);
    await user.type(ended, '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('deletes a link once confirmed', async () => {
    const onDeleted = vi.fn(async () => {});
    const { user } = render(<DeleteLinkDialog link={link} partner="富丰村党支部" onClose={() => {}} onDeleted={onDeleted} />, [
      fixture({ query: DeleteLinkMutation, variables: { id: 'l1' }, data: { deleteLink: 'l1' } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Delete the link with 富丰村党支部?' });
    expect(dialog).toHaveTextContent('Its activities are deleted with it.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
  });

  it('turns the fields into an update', () => {
    expect(linkChanges(link, { targetID: '', kind: 'VILLAGE_COMMUNITY', status: 'ACTIVE', startedOn: '', endedOn: '2024-01-01', goals: '产业帮扶', notes: '' })).toEqual({
      clearStartedOn: true,
      endedOn: '2024-01-01',
    });
  });
});

const firstPage = { hasNextPage: false, hasPreviousPage: false, startCursor: null as string | null, endCursor: null as string | null };
const visit = { id: 'a1', version: 1, on: '2024-04-02', kind: 'VISIT' as const, participants: 12, amount: null, description: '走访慰问' };

function activities(viewerCanEdit: boolean, edges = [visit], pageInfo = firstPage) {
  return fixture({
    query: LinkActivitiesQuery,
    variables: { id: 'l1', first: ACTIVITIES_PER_PAGE },
    data: { node: { __typename: 'Link' as const, id: 'l1', viewerCanEdit, activities: { totalCount: edges.length, pageInfo, edges: edges.map((node) => ({ node })) } } },
  });
}

describe('LinkActivities', () => {
  it('lists the activities, without controls for whoever may not edit the link', async () => {
    render(<LinkActivities linkID="l1" partner="富丰村党支部" />, [activities(false)]);
    const table = await screen.findByRole('table', { name: 'Activities with 富丰村党支部' });
    expect(within(table).getByText('走访慰问')).toBeInTheDocument();
    expect(within(table).getByText('Visit')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record activity' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the activity/ })).not.toBeInTheDocument();
  });

  it('records an activity and shows the list read again', async () => {
    const input = { linkID: 'l1', on: '2025-02-03', kind: 'TRAINING', participants: 30, amount: 5000, description: '电商培训' } as const;
    const { user, client } = render(<LinkActivities linkID="l1" partner="富丰村党支部" />, [
      activities(true),
      fixture({ query: CreateLinkActivityMutation, variables: { input }, data: { createLinkActivity: { id: 'a2', version: 1, on: '2025-02-03', kind: 'TRAINING' as const } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Record activity' }));
    const dialog = screen.getByRole('dialog', { name: 'Record an activity' });
    const on = within(dialog).getByLabelText(/Date/);
    expect(on).toHaveFocus();
    await user.clear(on);
    await user.type(on, '2025-02-03');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'TRAINING');
    await user.type(within(dialog).getByLabelText('Participants'), '30');
    await user.type(within(dialog).getByLabelText('Amount (yuan)'), '5000');
    await user.type(within(dialog).getByLabelText('What was done'), '电商培训');
    await user.click(within(dialog).getByRole('button', { name: 'Record activity' }));
    expect(await screen.findByText('Activity recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const mutation = client.operations.find((o) => o.kind === 'mutation');
    expect(mutation?.variables).toEqual({ input });
    const last = client.operations.at(-1);
    expect(last?.query).toBe(LinkActivitiesQuery);
    expect(last?.context.requestPolicy).toBe('network-only');
  });

  it('changes an activity, sending only what changed, and marks a refused amount', async () => {
    const { user } = render(<LinkActivities linkID="l1" partner="富丰村党支部" />, [
      activities(true),
      fixture({ query: UpdateLinkActivityMutation, variables: { id: 'a1', version: 1, input: { amount: -5, clearDescription: true } }, error: { message: 'amount: value out of range', code: 'BAD_USER_INPUT', field: 'amount' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: /Edit the activity of/ }));
    const dialog = screen.getByRole('dialog', { name: 'Edit activity' });
    await user.type(within(dialog).getByLabelText('Amount (yuan)'), '-5');
    await user.clear(within(dialog).getByLabelText('What was done'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const amount = within(dialog).getByLabelText('Amount (yuan)');
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(amount).toHaveAccessibleDescription('value out of range');
  });

  it('deletes an activity once confirmed', async () => {
    const { user, client } = render(<LinkActivities linkID="l1" partner="富丰村党支部" />, [
      activities(true),
      fixture({ query: DeleteLinkActivityMutation, variables: { id: 'a1' }, data: { deleteLinkActivity: 'a1' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: /Delete the activity of/ }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete activity?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Activity deleted.')).toBeInTheDocument();
    expect(client.operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ id: 'a1' });
  });

  it('turns the fields into an update', () => {
    expect(activityChanges(visit, { on: '2024-04-02', kind: 'VISIT', participants: '', amount: '100', description: '走访慰问' })).toEqual({ clearParticipants: true, amount: 100 });
  });
});
