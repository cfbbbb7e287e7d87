import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { EntityPickerSearch, PICKER_HITS } from '../../components/edit/EntityPicker';
import { PersonEditForm, UpdatePersonMutation, changesOf, skillsOf, valuesOf, type EditablePerson } from './PersonEditForm';
import { PersonPageQueryDoc } from './PersonPage';

const person: EditablePerson = {
  id: 'p1',
  version: 4,
  name: '孙琳',
  nameLatin: 'Sun Lin',
  gender: 'FEMALE',
  birthDate: '1971-04-15',
  ethnicity: '汉族',
  education: 'SENIOR_HIGH',
  politicalStatus: 'MEMBER',
  joinedPartyOn: '1998-06-04',
  backgrounds: ['VILLAGE_CADRE'],
  skills: ['蔬菜种植'],
  migrant: false,
  currentLocation: null,
  endowmentInsuredSince: null,
  phone: '17940950088',
  idNumber: '222404197104150022',
  homeRegion: { id: 'r9', name: '桃文街道', ancestors: [{ name: '吉林省' }, { name: '珲春市' }] },
};

const answer = {
  id: 'p1',
  version: 5,
  viewerCanEdit: true,
  name: '孙琳',
  nameLatin: 'Sun Lin',
  gender: 'FEMALE' as const,
  birthDate: '1971-04-15',
  birthYear: 1971,
  ethnicity: null,
  education: 'SENIOR_HIGH' as const,
  politicalStatus: 'MEMBER' as const,
  joinedPartyOn: '1998-06-04',
  backgrounds: ['VILLAGE_CADRE' as const, 'VETERAN' as const],
  skills: ['蔬菜种植', '电商'],
  migrant: false,
  currentLocation: null,
  endowmentInsuredSince: null,
  idNumber: '222404197104150022',
  phone: '13900001111',
  homeRegion: { id: 'r9', name: '桃文街道', nameLatin: null },
};

const saved = (input: Record<string, unknown>, result: Partial<Fixture<unknown, any>>) => fixture({ query: UpdatePersonMutation, variables: { id: 'p1', version: 4, input }, ...result });

function render(fixtures: Fixture<unknown, any>[]) {
  const onDone = vi.fn();
  const utils = renderRoute({ path: '/people/:id', url: '/people/p1', element: <PersonEditForm person={person} onDone={onDone} />, fixtures });
  return { ...utils, onDone, user: userEvent.setup() };
}

describe('PersonEditForm', () => {
  it('opens with the values read, personal data in full, the name focused', () => {
    render([]);
    const form = screen.getByRole('region', { name: 'Edit person' });
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
    expect(screen.getByLabelText('Phone')).toHaveValue('17940950088');
    expect(screen.getByLabelText('Resident ID number')).toHaveValue('222404197104150022');
    expect(screen.getByLabelText('Date of birth')).toHaveValue('1971-04-15');
    expect(screen.getByLabelText('Gender')).toHaveValue('FEMALE');
    expect(screen.getByRole('combobox', { name: 'Home region' })).toHaveValue('桃文街道');
    const personal = within(form).getByRole('group', { name: 'Personal data' });
    expect(within(personal).getByLabelText('Phone')).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: 'Backgrounds' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Village cadre' })).toBeChecked();
  });

  it('sends only what changed, with the version read, an emptied field cleared', async () => {
    const { user, client, onDone } = render([saved({ clearEthnicity: true, phone: '13900001111', backgrounds: ['VILLAGE_CADRE', 'VETERAN'], skills: ['蔬菜种植', '电商'] }, { data: { updatePerson: answer } })]);
    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '13900001111');
    await user.clear(screen.getByLabelText('Ethnicity'));
    await user.click(screen.getByRole('checkbox', { name: 'Veteran' }));
    await user.type(screen.getByLabelText('Practical skills'), '\n电商');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(client.operations.at(-1)?.variables).toEqual({
      id: 'p1',
      version: 4,
      input: { clearEthnicity: true, phone: '13900001111', backgrounds: ['VILLAGE_CADRE', 'VETERAN'], skills: ['蔬菜种植', '电商'] },
    });
  });

  it('moves the person to a home region found by search', async () => {
    const search = fixture({
      query: EntityPickerSearch,
      variables: { q: '平华', types: ['REGION' as const], first: PICKER_HITS },
      data: { search: [{ title: '平华社区', subtitle: '吉林省 / 珲春市 / 桃文街道', node: { __typename: 'Region' as const, id: 'r10' } }] },
    });
    const { user, client, onDone } = render([search, saved({ homeRegionID: 'r10' }, { data: { updatePerson: answer } })]);
    const box = screen.getByRole('combobox', { name: 'Home region' });
    await user.clear(box);
    await user.type(box, '平华');
    await user.click(await screen.findByRole('option', { name: /平华社区/ }));
    expect(box).toHaveValue('平华社区');
    expect(box).toHaveAccessibleDescription('吉林省 / 珲春市 / 桃文街道');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'p1', version: 4, input: { homeRegionID: 'r10' } });
  });

  it('marks a resident ID number refused by the server on its field, taken or invalid', async () => {
    const { user } = render([
      saved({ idNumber: '222404198301030016' }, { error: { message: 'idNumber: a person with this id number already exists', code: 'CONFLICT', field: 'idNumber' } }),
    ]);
    const id = screen.getByLabelText('Resident ID number');
    await user.clear(id);
    await user.type(id, '222404198301030016');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(id).toHaveAttribute('aria-invalid', 'true'));
    expect(id).toHaveAccessibleDescription(/a person with this id number already exists/);
    expect(id).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says someone else changed the person, and reloads on request', async () => {
    const conflict = saved({ phone: '1' }, { error: { message: 'version: person p1 was changed by someone else', code: 'CONFLICT', field: 'version' } });
    const page = fixture({ query: PersonPageQueryDoc, variables: { id: 'p1' }, data: { node: null } });
    const { user, client, onDone } = render([conflict, page]);
    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    await waitFor(() => expect(alert).toHaveFocus());
    await switchLanguage('zh-CN');
    expect(alert).toHaveTextContent('已被他人修改');
    await switchLanguage('en');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.at(-1)?.query).toBe(PersonPageQueryDoc));
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a refusal outside the scope as a message', async () => {
    const { user } = render([saved({ phone: '1' }, { error: { message: 'Person lies outside your scope; you may change records in 桃文街道 only', code: 'FORBIDDEN' } })]);
    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('you may change records in 桃文街道 only');
  });

  it('saves nothing when nothing changed', async () => {
    const { user, client } = render([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing was changed');
    expect(client.operations).toHaveLength(0);
  });

  it('turns the fields into an update', () => {
    const v = { ...valuesOf(person), gender: '', migrant: 'true', currentLocation: ' 北京市 ', skills: '蔬菜种植，电商、 养殖', homeRegionID: '', backgrounds: '' };
    expect(changesOf(person, v)).toEqual({ clearGender: true, migrant: true, currentLocation: '北京市', skills: ['蔬菜种植', '电商', '养殖'], clearHomeRegion: true, clearBackgrounds: true });
    expect(skillsOf(' a \n\n b,c ')).toEqual(['a', 'b', 'c']);
  });
});
