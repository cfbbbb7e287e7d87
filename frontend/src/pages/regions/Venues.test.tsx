import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { viewerFixture } from '../admin/testViewers';
import { RegionVenuesQuery, Venues } from './Venues';
import { CreateVenueMutation, DeleteVenueMutation, UpdateVenueMutation, newVenue, venueChanges, type VenueRow } from './VenueForms';

const hall: VenueRow = { id: 'v1', version: 3, name: '柳化村党群服务中心', builtOn: '2016-05-01', area: 320, condition: 'GOOD', functions: ['党员会议', '培训'] };
const shed: VenueRow = { id: 'v2', version: 1, name: null, builtOn: null, area: null, condition: 'POOR', functions: null };

const venues = (list: VenueRow[]) => fixture({ query: RegionVenuesQuery, variables: { id: 'r5' }, data: { node: { __typename: 'Region' as const, id: 'r5', venues: list } } });

/** The village 柳化村 (r5) lies in 桃文街道 (r4), the demo coordinator's scope, unless path says otherwise. */
function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'COORDINATOR', path = ['r1', 'r4']) {
  const utils = renderRoute({ path: '/regions/:id', url: '/regions/r5', element: <Venues id="r5" name="柳化村" path={path} />, fixtures: [viewerFixture(role), ...fixtures] });
  return { ...utils, user: userEvent.setup() };
}

const mutations = (client: { operations: Array<{ kind: string; variables: unknown }> }) => client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);

describe('Venues', () => {
  it('lists the venues with their condition, date, area and uses, in both languages', async () => {
    render([venues([hall, shed])], 'VIEWER');
    const table = await screen.findByRole('table', { name: 'Activity venues of 柳化村' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('柳化村党群服务中心');
    expect(rows[0]).toHaveTextContent('Good');
    expect(rows[0]).toHaveTextContent('320 m²');
    expect(within(rows[0]).getByText('党员会议')).toBeInTheDocument();
    // A venue without a name is called by its place in the list.
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Venue 2');
    expect(rows[1]).toHaveTextContent('Needs major repair');
    // A viewer may not edit: no buttons.
    expect(screen.queryByRole('button', { name: 'Add venue' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { name: /活动场所/ })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('需大修');
    await switchLanguage('en');
  });

  it('says when there are none', async () => {
    render([venues([])]);
    expect(await screen.findByText('No venues recorded')).toBeInTheDocument();
  });

  it('offers no edits to a coordinator outside the region', async () => {
    render([venues([hall])], 'COORDINATOR', ['r1', 'r9']);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Add venue' })).not.toBeInTheDocument();
  });

  it('adds a venue, its uses one a line, and says so', async () => {
    const input = { name: '文化广场', builtOn: '2020-08-01', area: 1200, condition: 'FAIR' as const, functions: ['文艺活动', '宣讲'], regionID: 'r5' };
    const { user, client } = render([
      venues([hall]),
      fixture({ query: CreateVenueMutation, variables: { input }, data: { createVenue: { id: 'v9', version: 1, name: '文化广场' } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add venue' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a venue' });
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Name'), '文化广场');
    await user.selectOptions(within(dialog).getByLabelText('Condition'), 'FAIR');
    await user.type(within(dialog).getByLabelText('Built or taken into use on'), '2020-08-01');
    await user.type(within(dialog).getByLabelText('Floor area (m²)'), '1200');
    await user.type(within(dialog).getByLabelText('Used for'), '文艺活动\n宣讲\n');
    await user.click(within(dialog).getByRole('button', { name: 'Add venue' }));
    expect(await screen.findByText('Venue 文化广场 added.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mutations(client)).toEqual([{ input }]);
  });

  it('changes a venue with the version read, clearing what was emptied', async () => {
    const input = { clearArea: true, condition: 'FAIR' as const, functions: ['党员会议', '培训', '卫生室'] };
    const { user, client } = render([
      venues([hall]),
      fixture({ query: UpdateVenueMutation, variables: { id: 'v1', version: 3, input }, data: { updateVenue: { ...hall, version: 4, area: null, condition: 'FAIR' as const, functions: input.functions } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit 柳化村党群服务中心' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit 柳化村党群服务中心' });
    await user.selectOptions(within(dialog).getByLabelText('Condition'), 'FAIR');
    await user.clear(within(dialog).getByLabelText('Floor area (m²)'));
    await user.type(within(dialog).getByLabelText('Used for'), '\n卫生室');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('柳化村党群服务中心 saved.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'v1', version: 3, input }]);
  });

  it('says when nothing changed, and when someone else changed the venue, reading it again on request', async () => {
    const { user, client } = render([
      venues([hall]),
      fixture({ query: UpdateVenueMutation, variables: { id: 'v1', version: 3, input: { name: '党群服务中心' } }, error: { message: 'version: venue v1 was changed by someone else', code: 'CONFLICT', field: 'version' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit 柳化村党群服务中心' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Nothing was changed');
    expect(mutations(client)).toEqual([]);
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, '党群服务中心');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveFocus();
    const before = client.operations.length;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.length).toBeGreaterThan(before));
    expect(client.operations.at(-1)?.query).toBe(RegionVenuesQuery);
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
  });

  it('marks a refused area on its field', async () => {
    const { user } = render([
      venues([hall]),
      fixture({ query: UpdateVenueMutation, variables: { id: 'v1', version: 3, input: { area: -5 } }, error: { message: 'area: value out of range', code: 'BAD_USER_INPUT', field: 'area' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit 柳化村党群服务中心' }));
    const area = screen.getByLabelText('Floor area (m²)');
    await user.clear(area);
    await user.type(area, '-5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(area).toHaveAttribute('aria-invalid', 'true'));
    expect(area).toHaveAccessibleDescription('value out of range');
    expect(area).toHaveFocus();
  });

  it('deletes a venue once confirmed', async () => {
    const { user, client } = render([venues([hall, shed]), fixture({ query: DeleteVenueMutation, variables: { id: 'v2' }, data: { deleteVenue: 'v2' } })]);
    await user.click(await screen.findByRole('button', { name: 'Delete Venue 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Venue 2?' });
    // Cancel has the focus: Enter does not delete by accident.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Venue 2 deleted.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'v2' }]);
  });

  it('sends what was filled in, and only what changed', () => {
    expect(newVenue('r5', { name: ' ', builtOn: '', area: '', condition: 'GOOD', functions: '会议，培训' })).toEqual({ condition: 'GOOD', functions: ['会议', '培训'], regionID: 'r5' });
    expect(venueChanges(hall, { name: '柳化村党群服务中心', builtOn: '', area: '320', condition: 'GOOD', functions: '党员会议\n培训' })).toEqual({ clearBuiltOn: true });
    expect(venueChanges(shed, { name: '', builtOn: '', area: '', condition: 'POOR', functions: ' \n' })).toEqual({});
  });
});
