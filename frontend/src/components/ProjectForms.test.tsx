import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { fixture, type Fixture } from '../test/fixtures';
import { renderRoute } from '../test/render';
import {
  AddProjectDialog,
  CreateProjectIncomeMutation,
  CreateProjectMutation,
  DeleteProjectIncomeMutation,
  EditProjectDialog,
  IncomesDialog,
  ProjectEditQuery,
  UpdateProjectIncomeMutation,
  UpdateProjectMutation,
  incomeChanges,
} from './ProjectForms';

const project = {
  __typename: 'Project' as const,
  id: 'pr1',
  version: 6,
  viewerCanEdit: true,
  name: '梅花鹿养殖项目',
  nameLatin: null,
  kind: 'BREEDING' as const,
  industry: '梅花鹿',
  status: 'UNDERWAY' as const,
  startedOn: '2019-09-12',
  acceptedOn: null,
  investment: 493900,
  households: 12,
  responsibilityLetterOn: null,
  region: { id: 'r5', name: '柳化村' },
  organization: { id: 'o1', name: '柳化村党支部' },
  leader: { id: 'p9', name: '明虎正' },
  incomes: [
    { id: 'i1', version: 1, year: 2022, income: 52600 },
    { id: 'i2', version: 2, year: 2023, income: 64200 },
  ],
};
const read = fixture({ query: ProjectEditQuery, variables: { id: 'pr1' }, data: { node: project } });

function render(element: ReactElement, fixtures: Fixture<unknown, any>[]) {
  const utils = renderRoute({ path: '/organizations/:id', url: '/organizations/o1', element, fixtures });
  return { ...utils, user: userEvent.setup() };
}

describe('AddProjectDialog', () => {
  it('creates a project run by the organization, in its village, sending the fields filled in', async () => {
    const onSaved = vi.fn(async () => {});
    const input = { name: '木耳种植项目', kind: 'PLANTING', status: 'PLANNED', regionID: 'r5', industry: '黑木耳', organizationID: 'o1', investment: 100000 } as const;
    const { user, client } = render(<AddProjectDialog region={{ id: 'r5', name: '柳化村' }} organization={{ id: 'o1', name: '柳化村党支部' }} onClose={() => {}} onSaved={onSaved} />, [
      fixture({ query: CreateProjectMutation, variables: { input }, data: { createProject: { id: 'pr9', version: 1, name: '木耳种植项目' } } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Add a project' });
    const name = within(dialog).getByLabelText(/^Name/);
    expect(name).toHaveFocus();
    expect(within(dialog).getByRole('combobox', { name: /Village/ })).toHaveValue('柳化村');
    expect(within(dialog).queryByRole('combobox', { name: /Run by/ })).not.toBeInTheDocument();
    await user.type(name, '木耳种植项目');
    await user.type(within(dialog).getByLabelText('Industry'), '黑木耳');
    await user.type(within(dialog).getByLabelText('Investment (yuan)'), '100000');
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('木耳种植项目'));
    expect(client.operations.at(-1)?.variables).toEqual({ input });
  });

  it('asks for a name first', async () => {
    const { user, client } = render(<AddProjectDialog region={{ id: 'r5', name: '柳化村' }} regionFixed onClose={() => {}} onSaved={vi.fn()} />, []);
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription('Fill this in.');
    expect(client.operations).toHaveLength(0);
  });
});

describe('EditProjectDialog', () => {
  it('reads the project afresh and sends only what changed', async () => {
    const onSaved = vi.fn(async () => {});
    const input = { status: 'ACCEPTED', acceptedOn: '2024-10-01', clearHouseholds: true } as const;
    const { user, client } = render(<EditProjectDialog id="pr1" name="梅花鹿养殖项目" onClose={() => {}} onSaved={onSaved} />, [
      read,
      fixture({
        query: UpdateProjectMutation,
        variables: { id: 'pr1', version: 6, input },
        data: {
          updateProject: {
            id: 'pr1',
            version: 7,
            name: '梅花鹿养殖项目',
            nameLatin: null,
            kind: 'BREEDING' as const,
            industry: '梅花鹿',
            status: 'ACCEPTED' as const,
            startedOn: '2019-09-12',
            acceptedOn: '2024-10-01',
            investment: 493900,
            households: null,
            responsibilityLetterOn: null,
            leader: { id: 'p9', name: '明虎正' },
          },
        },
      }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Edit 梅花鹿养殖项目' });
    const status = await within(dialog).findByLabelText('Status');
    expect(within(dialog).getByLabelText(/^Name/)).toHaveFocus();
    expect(within(dialog).getByRole('combobox', { name: 'Leader' })).toHaveValue('明虎正');
    await user.selectOptions(status, 'ACCEPTED');
    await user.type(within(dialog).getByLabelText('Accepted on'), '2024-10-01');
    await user.clear(within(dialog).getByLabelText('Households taking part'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'pr1', version: 6, input });
  });

  it('says someone else changed the project, and reads it again on request', async () => {
    const { user, client } = render(<EditProjectDialog id="pr1" name="梅花鹿养殖项目" onClose={() => {}} onSaved={vi.fn()} />, [
      read,
      fixture({ query: UpdateProjectMutation, variables: { id: 'pr1', version: 6, input: { industry: '鹿茸' } }, error: { message: 'version: project pr1 was changed by someone else', code: 'CONFLICT', field: 'version' } }),
    ]);
    const industry = await screen.findByLabelText('Industry');
    await user.clear(industry);
    await user.type(industry, '鹿茸');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    const before = client.operations.length;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.length).toBeGreaterThan(before));
    expect(client.operations.at(-1)?.query).toBe(ProjectEditQuery);
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
  });
});

describe('IncomesDialog', () => {
  it('lists the incomes, newest first, and adds one', async () => {
    const onChanged = vi.fn(async () => {});
    const { user, client } = render(<IncomesDialog id="pr1" name="梅花鹿养殖项目" onClose={() => {}} onChanged={onChanged} />, [
      read,
      fixture({ query: CreateProjectIncomeMutation, variables: { input: { projectID: 'pr1', year: 2024, income: 70000 } }, data: { createProjectIncome: { id: 'i3', version: 1, year: 2024, income: 70000 } } }),
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Yearly income of 梅花鹿养殖项目' });
    const rows = await within(dialog).findAllByRole('row');
    expect(rows[1]).toHaveTextContent('2023');
    expect(rows[2]).toHaveTextContent('2022');
    const add = within(dialog).getByRole('form', { name: "Add a year's income" });
    await user.clear(within(add).getByLabelText(/Year/));
    await user.type(within(add).getByLabelText(/Year/), '2024');
    await user.type(within(add).getByLabelText(/Income/), '70000');
    await user.click(within(add).getByRole('button', { name: 'Add income' }));
    expect(await within(dialog).findByText('Income of 2024 added.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
    expect(client.operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ input: { projectID: 'pr1', year: 2024, income: 70000 } });
  });

  it('marks a year that has an income already on the year field', async () => {
    const { user } = render(<IncomesDialog id="pr1" name="梅花鹿养殖项目" onClose={() => {}} onChanged={vi.fn()} />, [
      read,
      fixture({
        query: CreateProjectIncomeMutation,
        variables: { input: { projectID: 'pr1', year: 2023, income: 1 } },
        error: { message: 'year: a project income with the same project and year already exists', code: 'CONFLICT', field: 'year' },
      }),
    ]);
    const add = await screen.findByRole('form', { name: "Add a year's income" });
    const year = within(add).getByLabelText(/Year/);
    await user.clear(year);
    await user.type(year, '2023');
    await user.type(within(add).getByLabelText(/Income/), '1');
    await user.click(within(add).getByRole('button', { name: 'Add income' }));
    await waitFor(() => expect(year).toHaveAttribute('aria-invalid', 'true'));
    expect(year).toHaveAccessibleDescription('a project income with the same project and year already exists');
    expect(year).toHaveFocus();
  });

  it('changes an income with its version, and deletes one once confirmed', async () => {
    const onChanged = vi.fn(async () => {});
    const { user, client } = render(<IncomesDialog id="pr1" name="梅花鹿养殖项目" onClose={() => {}} onChanged={onChanged} />, [
      read,
      fixture({ query: UpdateProjectIncomeMutation, variables: { id: 'i2', version: 2, input: { income: 65000 } }, data: { updateProjectIncome: { id: 'i2', version: 3, year: 2023, income: 65000 } } }),
      fixture({ query: DeleteProjectIncomeMutation, variables: { id: 'i1' }, data: { deleteProjectIncome: 'i1' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit the income of 2023' }));
    const form = screen.getByRole('form', { name: 'Edit the income of 2023' });
    await user.clear(within(form).getByLabelText(/Income/));
    await user.type(within(form).getByLabelText(/Income/), '65000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Income of 2023 saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete the income of 2022' }));
    const confirm = screen.getByRole('group', { name: 'Delete the income of 2022?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Income of 2022 deleted.')).toBeInTheDocument();
    const mutations = client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);
    expect(mutations).toEqual([{ id: 'i2', version: 2, input: { income: 65000 } }, { id: 'i1' }]);
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('sends only the changed part of an income', () => {
    expect(incomeChanges({ id: 'i1', version: 1, year: 2022, income: 5 }, { year: '2021', income: '5' })).toEqual({ year: 2021 });
  });
});
