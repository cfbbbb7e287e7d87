import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { today } from '../../lib/format';
import { EntityPickerSearch, PICKER_HITS } from '../../components/edit/EntityPicker';
import { AddPostDialog, CreatePositionMutation, DeletePositionMutation, DeletePostDialog, EndPositionMutation, EndPostDialog, newPost, type PostRow } from './PostForms';

const post: PostRow = { id: 'pos1', version: 2, role: 'MEMBER', startedOn: '2021-06-03', endedOn: null, person: { id: 'p7', name: '尹月今' } };

const search = fixture({
  query: EntityPickerSearch,
  variables: { q: '孙琳', types: ['PERSON' as const], first: PICKER_HITS },
  data: {
    search: [
      { title: '孙琳', subtitle: '吉林省 / 珲春市 / 桃文街道', node: { __typename: 'Person' as const, id: 'p1' } },
      { title: '孙琳', subtitle: '吉林省 / 珲春市 / 湖谷镇 / 张家屯村', node: { __typename: 'Person' as const, id: 'p2' } },
    ],
  },
});

function render(element: ReactElement, fixtures: Fixture<unknown, any>[]) {
  const utils = renderRoute({ path: '/organizations/:id', url: '/organizations/o1', element, fixtures });
  return { ...utils, user: userEvent.setup() };
}

describe('AddPostDialog', () => {
  const created = (input: Record<string, unknown>, result: Partial<Fixture<unknown, any>>) => fixture({ query: CreatePositionMutation, variables: { input }, ...result });

  it('adds a post for a person found by search, sending only the fields filled in', async () => {
    const onSaved = vi.fn(async () => {});
    const answer = { createPosition: { id: 'pos9', version: 1, role: 'DEPUTY_SECRETARY' as const, startedOn: '2024-03-01', endedOn: null, person: { id: 'p2', name: '孙琳' } } };
    const { user, client } = render(<AddPostDialog organizationID="o1" onClose={() => {}} onSaved={onSaved} />, [
      search,
      created({ organizationID: 'o1', personID: 'p2', role: 'DEPUTY_SECRETARY', startedOn: '2024-03-01', basicRemuneration: 24000 }, { data: answer }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Add a post' });
    const person = within(dialog).getByRole('combobox', { name: /Person/ });
    expect(person).toHaveFocus();
    await user.type(person, '孙琳');
    // Namesakes are told apart by where they live.
    const option = await screen.findByRole('option', { name: /湖谷镇/ });
    await user.click(option);
    await user.selectOptions(within(dialog).getByLabelText('Post'), 'DEPUTY_SECRETARY');
    expect(within(dialog).getByLabelText('Started on')).toHaveValue(today());
    await user.clear(within(dialog).getByLabelText('Started on'));
    await user.type(within(dialog).getByLabelText('Started on'), '2024-03-01');
    await user.type(within(dialog).getByLabelText('Basic pay (yuan a year)'), '24000');
    await user.click(within(dialog).getByRole('button', { name: 'Add post' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('孙琳'));
    expect(client.operations.at(-1)?.variables).toEqual({ input: { organizationID: 'o1', personID: 'p2', role: 'DEPUTY_SECRETARY', startedOn: '2024-03-01', basicRemuneration: 24000 } });
  });

  it('asks for a person before sending anything', async () => {
    const { user, client } = render(<AddPostDialog organizationID="o1" onClose={() => {}} onSaved={vi.fn()} />, []);
    await user.click(screen.getByRole('button', { name: 'Add post' }));
    const person = screen.getByRole('combobox', { name: /Person/ });
    expect(person).toHaveAttribute('aria-invalid', 'true');
    expect(person).toHaveAccessibleDescription(/Find the person by name/);
    expect(person).toHaveFocus();
    expect(client.operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);
  });

  it('marks the field the server refused', async () => {
    const { user } = render(<AddPostDialog organizationID="o1" onClose={() => {}} onSaved={vi.fn()} />, [
      search,
      created({ organizationID: 'o1', personID: 'p1', role: 'MEMBER', startedOn: today(), endedOn: '2000-01-01' }, { error: { message: 'endedOn: endedOn must not be before startedOn', code: 'BAD_USER_INPUT', field: 'endedOn' } }),
    ]);
    await user.type(screen.getByRole('combobox', { name: /Person/ }), '孙琳');
    await user.click(await screen.findByRole('option', { name: /桃文街道/ }));
    await user.type(screen.getByLabelText('Ended on'), '2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Add post' }));
    const ended = screen.getByLabelText('Ended on');
    await waitFor(() => expect(ended).toHaveAttribute('aria-invalid', 'true'));
    expect(ended).toHaveAccessibleDescription(/endedOn must not be before startedOn/);
    expect(ended).toHaveFocus();
  });

  it('shows a refusal outside the scope, and closes with Escape', async () => {
    const onClose = vi.fn();
    const { user } = render(<AddPostDialog organizationID="o1" onClose={onClose} onSaved={vi.fn()} />, [
      search,
      created({ organizationID: 'o1', personID: 'p1', role: 'MEMBER', startedOn: today() }, { error: { message: 'Position lies outside your scope; you may change records in 桃文街道 only', code: 'FORBIDDEN' } }),
    ]);
    await user.type(screen.getByRole('combobox', { name: /Person/ }), '孙琳');
    await user.click(await screen.findByRole('option', { name: /桃文街道/ }));
    await user.click(screen.getByRole('button', { name: 'Add post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('leaves out what is empty', () => {
    expect(newPost('o1', { personID: 'p1', role: 'SECRETARY', startedOn: '', endedOn: '', selectionMethod: 'DIRECT_ELECTION', basicRemuneration: ' ' })).toEqual({
      organizationID: 'o1',
      personID: 'p1',
      role: 'SECRETARY',
      selectionMethod: 'DIRECT_ELECTION',
    });
  });
});

describe('EndPostDialog', () => {
  const ended = (result: Partial<Fixture<unknown, any>>) => fixture({ query: EndPositionMutation, variables: { id: 'pos1', version: 2, endedOn: '2025-01-31' }, ...result });

  it('ends the post on the day given, with the version read', async () => {
    const onSaved = vi.fn(async () => {});
    const { user, client } = render(<EndPostDialog post={post} onClose={() => {}} onSaved={onSaved} onReload={vi.fn()} />, [
      ended({ data: { updatePosition: { id: 'pos1', version: 3, endedOn: '2025-01-31' } } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'End the post of Member held by 尹月今' });
    const date = within(dialog).getByLabelText(/Ended on/);
    expect(date).toHaveValue(today());
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, '2025-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'End' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'pos1', version: 2, endedOn: '2025-01-31' });
  });

  it('says someone else changed the post, and reloads on request', async () => {
    const onReload = vi.fn(async () => {});
    const { user } = render(<EndPostDialog post={post} onClose={() => {}} onSaved={vi.fn()} onReload={onReload} />, [
      ended({ error: { message: 'version: position pos1 was changed by someone else', code: 'CONFLICT', field: 'version' } }),
    ]);
    await user.clear(screen.getByLabelText(/Ended on/));
    await user.type(screen.getByLabelText(/Ended on/), '2025-01-31');
    await user.click(screen.getByRole('button', { name: 'End' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this record after you opened it');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});

describe('DeletePostDialog', () => {
  it('deletes the post once confirmed, Cancel focused first', async () => {
    const onDeleted = vi.fn(async () => {});
    const { user, client } = render(<DeletePostDialog post={post} onClose={() => {}} onDeleted={onDeleted} />, [
      fixture({ query: DeletePositionMutation, variables: { id: 'pos1' }, data: { deletePosition: 'pos1' } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Delete the post of Member held by 尹月今?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(dialog).toHaveTextContent('Only for a post recorded in error');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'pos1' });
  });

  it('shows why the deletion was refused', async () => {
    const onDeleted = vi.fn();
    const { user } = render(<DeletePostDialog post={post} onClose={() => {}} onDeleted={onDeleted} />, [
      fixture({ query: DeletePositionMutation, variables: { id: 'pos1' }, error: { message: 'Position lies outside your scope; you may change records in 桃文街道 only', code: 'FORBIDDEN' } }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('桃文街道 only');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
