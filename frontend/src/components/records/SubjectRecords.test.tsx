import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { Appraisals, CreateAppraisalMutation, DeleteAppraisalMutation, SubjectAppraisalsQuery, UpdateAppraisalMutation, appraisalChanges, type AppraisalRow } from './Appraisals';
import { Commendations, CreateCommendationMutation, DeleteCommendationMutation, SubjectCommendationsQuery, UpdateCommendationMutation, commendationChanges, newCommendation, type CommendationRow } from './Commendations';
import type { Subject } from './subject';

const branch: Subject = { type: 'organization', id: 'o1', name: '柳化村党支部' };
const secretary: Subject = { type: 'person', id: 'p1', name: '全哲植' };

const a2022: AppraisalRow = { id: 'a1', version: 1, year: 2022, kind: 'DEMOCRATIC_APPRAISAL', rating: 'GOOD', note: null };
const a2024: AppraisalRow = { id: 'a2', version: 2, year: 2024, kind: 'DEMOCRATIC_APPRAISAL', rating: 'EXCELLENT', note: '群众满意度高' };
const c2021: CommendationRow = { id: 'c1', version: 1, year: 2021, title: '“双十佳”村党组织书记', awardedBy: '延边州委组织部', bonus: 5000 };
const c2023: CommendationRow = { id: 'c2', version: 4, year: 2023, title: '优秀共产党员', awardedBy: null, bonus: null };

const appraisals = (s: Subject, list: AppraisalRow[]) =>
  fixture({
    query: SubjectAppraisalsQuery,
    variables: { id: s.id },
    data: { node: s.type === 'organization' ? { __typename: 'Organization' as const, id: s.id, appraisals: list } : { __typename: 'Person' as const, id: s.id, appraisals: list } },
  });
const commendations = (s: Subject, list: CommendationRow[]) =>
  fixture({
    query: SubjectCommendationsQuery,
    variables: { id: s.id },
    data: { node: s.type === 'organization' ? { __typename: 'Organization' as const, id: s.id, commendations: list } : { __typename: 'Person' as const, id: s.id, commendations: list } },
  });

function render(element: ReactElement, fixtures: Fixture<unknown, any>[]) {
  const utils = renderRoute({ path: '/x/:id', url: '/x/1', element, fixtures });
  return { ...utils, user: userEvent.setup() };
}

const mutations = (client: { operations: Array<{ kind: string; variables: unknown }> }) => client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);

describe('Appraisals', () => {
  it('lists the appraisals, the newest year first, without edit controls for a reader', async () => {
    render(<Appraisals subject={branch} />, [appraisals(branch, [a2022, a2024])]);
    const table = await screen.findByRole('table', { name: 'Appraisals of 柳化村党支部, the newest year first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2024', '2022']);
    expect(rows[0]).toHaveTextContent('Democratic appraisal');
    expect(rows[0]).toHaveTextContent('Excellent');
    expect(rows[0]).toHaveTextContent('群众满意度高');
    expect(screen.queryByRole('button', { name: 'Add appraisal' })).not.toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(rows[0]).toHaveTextContent('优秀');
    expect(screen.getByRole('heading', { name: /评议/ })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('adds an appraisal of an organization: a democratic appraisal by default', async () => {
    const input = { year: 2023, kind: 'DEMOCRATIC_APPRAISAL', rating: 'FAIR', note: '整改后复评', organizationID: 'o1' } as const;
    const { user, client } = render(<Appraisals subject={branch} canEdit />, [
      appraisals(branch, [a2022]),
      fixture({ query: CreateAppraisalMutation, variables: { input }, data: { createAppraisal: { id: 'a9', version: 1, year: 2023, kind: 'DEMOCRATIC_APPRAISAL' as const, rating: 'FAIR' as const, note: '整改后复评' } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add appraisal' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an appraisal of 柳化村党支部' });
    const year = within(dialog).getByLabelText(/^Year/);
    expect(year).toHaveFocus();
    expect(within(dialog).getByLabelText('Kind')).toHaveValue('DEMOCRATIC_APPRAISAL');
    await user.clear(year);
    await user.type(year, '2023');
    await user.selectOptions(within(dialog).getByLabelText('Rating'), 'FAIR');
    await user.type(within(dialog).getByLabelText('Remarks'), '整改后复评');
    await user.click(within(dialog).getByRole('button', { name: 'Add appraisal' }));
    expect(await screen.findByText('Appraisal of 2023 added.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ input }]);
  });

  it("appraises a person as a party member, and marks a year the server refuses on the year", async () => {
    const input = { year: 1900, kind: 'MEMBER_APPRAISAL', rating: 'GOOD', personID: 'p1' } as const;
    const { user } = render(<Appraisals subject={secretary} canEdit />, [
      appraisals(secretary, []),
      fixture({ query: CreateAppraisalMutation, variables: { input }, error: { message: 'year: value out of range', code: 'BAD_USER_INPUT', field: 'year' } }),
    ]);
    expect(await screen.findByText('No appraisals recorded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add appraisal' }));
    const dialog = screen.getByRole('dialog');
    const year = within(dialog).getByLabelText(/^Year/);
    expect(within(dialog).getByLabelText('Kind')).toHaveValue('MEMBER_APPRAISAL');
    await user.clear(year);
    await user.type(year, '1900');
    await user.click(within(dialog).getByRole('button', { name: 'Add appraisal' }));
    await waitFor(() => expect(year).toHaveAttribute('aria-invalid', 'true'));
    expect(year).toHaveAccessibleDescription('value out of range');
    expect(year).toHaveFocus();
  });

  it('changes an appraisal with its version, says when someone else did, and deletes one once confirmed', async () => {
    const { user, client } = render(<Appraisals subject={branch} canEdit />, [
      appraisals(branch, [a2022, a2024]),
      fixture({ query: UpdateAppraisalMutation, variables: { id: 'a2', version: 2, input: { clearNote: true } }, error: { message: 'version: changed by someone else', code: 'CONFLICT', field: 'version' } }),
      fixture({ query: UpdateAppraisalMutation, variables: { id: 'a1', version: 1, input: { rating: 'EXCELLENT' } }, data: { updateAppraisal: { ...a2022, version: 2, rating: 'EXCELLENT' as const } } }),
      fixture({ query: DeleteAppraisalMutation, variables: { id: 'a1' }, data: { deleteAppraisal: 'a1' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit the Democratic appraisal of 2024' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit the Democratic appraisal of 2024' });
    await user.clear(within(dialog).getByLabelText('Remarks'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Changed by someone else');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Edit the Democratic appraisal of 2022' }));
    dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Rating'), 'EXCELLENT');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Appraisal of 2022 saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the Democratic appraisal of 2022' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the Democratic appraisal of 2022?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Democratic appraisal of 2022 deleted.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'a2', version: 2, input: { clearNote: true } }, { id: 'a1', version: 1, input: { rating: 'EXCELLENT' } }, { id: 'a1' }]);
  });

  it('sends only what changed', () => {
    expect(appraisalChanges(a2024, branch, { year: '2024', kind: 'DEMOCRATIC_APPRAISAL', rating: 'EXCELLENT', note: ' 群众满意度高 ' })).toEqual({});
    expect(appraisalChanges(a2022, branch, { year: '2021', kind: 'PERFORMANCE_REVIEW', rating: 'GOOD', note: '' })).toEqual({ year: 2021, kind: 'PERFORMANCE_REVIEW' });
  });
});

describe('Commendations', () => {
  it('lists the commendations of a person, the newest year first', async () => {
    render(<Commendations subject={secretary} />, [commendations(secretary, [c2021, c2023])]);
    const table = await screen.findByRole('table', { name: 'Commendations of 全哲植, the newest year first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2023', '2021']);
    expect(rows[0]).toHaveTextContent('优秀共产党员');
    expect(rows[1]).toHaveTextContent('“双十佳”村党组织书记');
    expect(rows[1]).toHaveTextContent('延边州委组织部');
    expect(rows[1]).toHaveTextContent('¥5,000');
  });

  it('adds a commendation, asking for its title first', async () => {
    const input = { year: 2024, title: '三创两建示范村', awardedBy: '珲春市委', bonus: 20000, organizationID: 'o1' } as const;
    const { user, client } = render(<Commendations subject={branch} canEdit />, [
      commendations(branch, []),
      fixture({ query: CreateCommendationMutation, variables: { input }, data: { createCommendation: { id: 'c9', version: 1, year: 2024, title: '三创两建示范村', awardedBy: '珲春市委', bonus: 20000 } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add commendation' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a commendation of 柳化村党支部' });
    await user.click(within(dialog).getByRole('button', { name: 'Add commendation' }));
    const award = within(dialog).getByLabelText(/^Award( \*)?$/);
    expect(award).toHaveAccessibleDescription(/Fill this in\./);
    expect(award).toHaveFocus();
    await user.type(award, '三创两建示范村');
    const year = within(dialog).getByLabelText(/^Year/);
    await user.clear(year);
    await user.type(year, '2024');
    await user.type(within(dialog).getByLabelText('Awarded by'), '珲春市委');
    await user.type(within(dialog).getByLabelText('Bonus (yuan)'), '20000');
    await user.click(within(dialog).getByRole('button', { name: 'Add commendation' }));
    expect(await screen.findByText('Commendation 三创两建示范村 added.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ input }]);
  });

  it('changes a commendation, clearing an emptied bonus, and deletes one once confirmed', async () => {
    const { user, client } = render(<Commendations subject={secretary} canEdit />, [
      commendations(secretary, [c2021, c2023]),
      fixture({ query: UpdateCommendationMutation, variables: { id: 'c1', version: 1, input: { clearBonus: true } }, data: { updateCommendation: { ...c2021, version: 2, bonus: null } } }),
      fixture({ query: DeleteCommendationMutation, variables: { id: 'c2' }, data: { deleteCommendation: 'c2' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit “双十佳”村党组织书记 (2021)' }));
    await user.clear(screen.getByLabelText('Bonus (yuan)'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Commendation “双十佳”村党组织书记 saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete 优秀共产党员 (2023)' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Commendation 优秀共产党员 of 2023 deleted.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'c1', version: 1, input: { clearBonus: true } }, { id: 'c2' }]);
  });

  it('sends what was filled in, and only what changed', () => {
    expect(newCommendation(secretary, { year: '2022', title: ' 优秀党务工作者 ', awardedBy: '', bonus: '' })).toEqual({ year: 2022, title: '优秀党务工作者', personID: 'p1' });
    expect(commendationChanges(c2023, { year: '2023', title: '优秀共产党员', awardedBy: '县委', bonus: '0' })).toEqual({ awardedBy: '县委', bonus: 0 });
  });
});
