import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import RuralIncomePage, { CreateRuralIncomeMutation, DeleteRuralIncomeMutation, RURAL_INCOME_PAGE, RuralIncomesQuery, UpdateRuralIncomeMutation, ruralIncomeChanges, type RuralIncomeRow } from './RuralIncomePage';
import { viewerFixture } from './testViewers';

const y2023: RuralIncomeRow = { id: 'ri1', version: 2, year: 2023, incomePerHead: 19700, source: '吉林统计年鉴2024' };
const y2022: RuralIncomeRow = { id: 'ri2', version: 1, year: 2022, incomePerHead: 18134, source: null };

const incomes = (list: RuralIncomeRow[]) =>
  fixture({
    query: RuralIncomesQuery,
    variables: { first: RURAL_INCOME_PAGE },
    data: { ruralIncomes: { totalCount: list.length, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: list.map((node) => ({ node })) } },
  });

function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'ADMIN') {
  const utils = renderRoute({ path: '/admin/rural-income', url: '/admin/rural-income', element: <RuralIncomePage />, fixtures: [viewerFixture(role), ...fixtures] });
  return { ...utils, user: userEvent.setup() };
}

const mutations = (client: { operations: Array<{ kind: string; variables: unknown }> }) => client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);

describe('RuralIncomePage', () => {
  it('lists the figures by year, newest first, read-only for anyone but an administrator', async () => {
    render([incomes([y2023, y2022])], 'COORDINATOR');
    expect(screen.getByRole('heading', { level: 1, name: 'Average rural income' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Average rural income per head, the newest year first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2023', '2022']);
    expect(rows[0]).toHaveTextContent('¥19,700');
    expect(rows[0]).toHaveTextContent('吉林统计年鉴2024');
    expect(screen.getByText('Only an administrator may record or change these figures.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add year' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '农村人均收入' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('lets an administrator add a year; a year already recorded is refused on the year', async () => {
    const refused = fixture({
      query: CreateRuralIncomeMutation,
      variables: { input: { year: 2023, incomePerHead: 20500, source: '统计公报' } },
      error: { message: 'year: a rural income with the same year already exists', code: 'CONFLICT', field: 'year' },
    });
    const created = fixture({
      query: CreateRuralIncomeMutation,
      variables: { input: { year: 2024, incomePerHead: 20500, source: '统计公报' } },
      data: { createRuralIncome: { id: 'ri9', version: 1, year: 2024, incomePerHead: 20500, source: '统计公报' } },
    });
    const { user, client } = render([incomes([y2023, y2022]), refused, created]);
    await user.click(await screen.findByRole('button', { name: 'Add year' }));
    const dialog = screen.getByRole('dialog', { name: "Add a year's figure" });
    const year = within(dialog).getByLabelText(/^Year/);
    expect(year).toHaveFocus();
    await user.clear(year);
    await user.type(year, '2023');
    await user.type(within(dialog).getByLabelText(/^Income per head/), '20500');
    await user.type(within(dialog).getByLabelText('Source'), '统计公报');
    await user.click(within(dialog).getByRole('button', { name: 'Add year' }));
    await waitFor(() => expect(year).toHaveAttribute('aria-invalid', 'true'));
    expect(year).toHaveAccessibleDescription('a rural income with the same year already exists');
    await user.clear(year);
    await user.type(year, '2024');
    await user.click(within(dialog).getByRole('button', { name: 'Add year' }));
    expect(await screen.findByText('Figure of 2024 added.')).toBeInTheDocument();
    expect(mutations(client)).toHaveLength(2);
  });

  it('changes a figure with its version (someone else having changed it said so), and deletes one once confirmed', async () => {
    const { user, client } = render([
      incomes([y2023, y2022]),
      fixture({ query: UpdateRuralIncomeMutation, variables: { id: 'ri1', version: 2, input: { incomePerHead: 19750, clearSource: true } }, error: { message: 'version: changed', code: 'CONFLICT', field: 'version' } }),
      fixture({ query: UpdateRuralIncomeMutation, variables: { id: 'ri2', version: 1, input: { source: '吉林统计年鉴2023' } }, data: { updateRuralIncome: { ...y2022, version: 2, source: '吉林统计年鉴2023' } } }),
      fixture({ query: DeleteRuralIncomeMutation, variables: { id: 'ri2' }, data: { deleteRuralIncome: 'ri2' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit the figure of 2023' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit the figure of 2023' });
    const income = within(dialog).getByLabelText(/^Income per head/);
    await user.clear(income);
    await user.type(income, '19750');
    await user.clear(within(dialog).getByLabelText('Source'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Changed by someone else');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the figure of 2022' }));
    dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Source'), '吉林统计年鉴2023');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Figure of 2022 saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the figure of 2022' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the figure of 2022?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Figure of 2022 deleted.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'ri1', version: 2, input: { incomePerHead: 19750, clearSource: true } }, { id: 'ri2', version: 1, input: { source: '吉林统计年鉴2023' } }, { id: 'ri2' }]);
  });

  it('sends only what changed', () => {
    expect(ruralIncomeChanges(y2023, { year: '2023', incomePerHead: '19700', source: '吉林统计年鉴2024' })).toEqual({});
  });
});
