import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { OrgEditForm, UpdateOrganizationMutation, changesOf, type EditableOrg } from './OrgEditForm';
import { OrganizationPageQueryDoc } from './pageQuery';

const org: EditableOrg = {
  id: 'o1',
  version: 3,
  name: '柳化村党支部',
  nameLatin: 'Liuhua Cun Dangzhibu',
  status: 'ACTIVE',
  foundedOn: '1970-05-30',
  dissolvedOn: null,
  creditCode: null,
  industry: null,
  twinningCapacity: null,
};

const saved = (input: Record<string, unknown>, answer: Partial<Fixture<unknown, any>>) =>
  fixture({ query: UpdateOrganizationMutation, variables: { id: 'o1', version: 3, input }, ...answer });

function render(fixtures: Fixture<unknown, any>[]) {
  const onDone = vi.fn();
  const utils = renderRoute({ path: '/organizations/:id', url: '/organizations/o1', element: <OrgEditForm org={org} onDone={onDone} />, fixtures });
  return { ...utils, onDone };
}

describe('OrgEditForm', () => {
  it('opens with the values read and the name focused', () => {
    render([]);
    expect(screen.getByRole('region', { name: 'Edit organization' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('柳化村党支部');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText('Latin (pinyin) name')).toHaveValue('Liuhua Cun Dangzhibu');
    expect(screen.getByLabelText('Status')).toHaveValue('ACTIVE');
  });

  it('sends only what changed, with the version read, emptied fields cleared', async () => {
    const ok = saved(
      { name: '柳化村党总支', clearNameLatin: true },
      {
        data: {
          updateOrganization: {
            id: 'o1',
            version: 4,
            name: '柳化村党总支',
            nameLatin: null,
            status: 'ACTIVE' as const,
            foundedOn: '1970-05-30',
            dissolvedOn: null,
            creditCode: null,
            industry: null,
            twinningCapacity: null,
            viewerCanEdit: true,
          },
        },
      },
    );
    const { onDone, client } = render([ok]);
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), '柳化村党总支');
    await userEvent.clear(screen.getByLabelText('Latin (pinyin) name'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(client.operations.at(-1)?.variables).toEqual({ id: 'o1', version: 3, input: { name: '柳化村党总支', clearNameLatin: true } });
  });

  it('saves nothing when nothing changed', async () => {
    const { onDone, client } = render([]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing was changed, so nothing was saved.');
    expect(client.operations).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('marks the field the server refused, with its message, and focuses it', async () => {
    render([saved({ creditCode: '123' }, { error: { message: 'creditCode: unified social credit code must have 18 characters, got 3', code: 'BAD_USER_INPUT', field: 'creditCode' } })]);
    await userEvent.type(screen.getByLabelText('Unified social credit code'), '123');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const input = screen.getByLabelText('Unified social credit code');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('unified social credit code must have 18 characters, got 3');
    expect(input).toHaveFocus();
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    // Changing the field takes the mark away.
    await userEvent.type(input, '4');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('says someone else changed it, and reloads it on request', async () => {
    const conflict = saved({ name: '新名称' }, { error: { message: 'version: organization o1 was changed by someone else', code: 'CONFLICT', field: 'version' } });
    // Reloading reads the page's query again; the answer's shape does not matter here.
    const page = fixture({ query: OrganizationPageQueryDoc, variables: { id: 'o1' }, data: { node: null } });
    const { client, onDone } = render([conflict, page]);
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), '新名称');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveTextContent('Someone else changed this record after you opened it, so your changes were not saved.');
    await waitFor(() => expect(alert).toHaveFocus());
    await switchLanguage('zh-CN');
    expect(alert).toHaveTextContent('已被他人修改');
    await switchLanguage('en');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.at(-1)?.query).toBe(OrganizationPageQueryDoc));
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a refusal outside the scope as a message', async () => {
    render([saved({ name: '新名称' }, { error: { message: 'Organization lies outside your scope; you may change records in 桃文街道 only', code: 'FORBIDDEN' } })]);
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), '新名称');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('you may change records in 桃文街道 only');
  });

  it('cancels without saving', async () => {
    const { onDone } = render([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledWith(false);
  });

  it('turns the fields into an update', () => {
    const values = { name: ' 柳化村党支部 ', nameLatin: '', status: 'DISSOLVED', industry: '农业', creditCode: '', foundedOn: '1970-05-30', dissolvedOn: '2020-01-02', twinningCapacity: '2' };
    expect(changesOf(org, values)).toEqual({ clearNameLatin: true, status: 'DISSOLVED', industry: '农业', dissolvedOn: '2020-01-02', twinningCapacity: 2 });
  });
});
