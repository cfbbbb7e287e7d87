import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NetworkExplorerGraphQuery, NetworkExplorerGraphQueryVariables, OrganizationKind } from '../../gql/graphql';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { NetGraph } from './graphSync';
import NetworkPage from './NetworkPage';
import { NetworkGraphQuery, NetworkOrgSearchQuery, NetworkPathQuery, NetworkSeedsQuery, NetworkSuggestionsQuery } from './queries';

// WebGL does not run here: the canvas is replaced by a button per node, which
// stands in for a click and a double-click on the drawing.
vi.mock('./GraphCanvas', () => ({
  GraphCanvas: ({ graph, onSelect, onExpand }: { graph: NetGraph; onSelect: (id: string) => void; onExpand: (id: string) => void }) => (
    <ul aria-label="canvas">
      {graph.nodes().map((id) => (
        <li key={id}>
          <button type="button" onClick={() => onSelect(id)} onDoubleClick={() => onExpand(id)}>
            canvas {id}
          </button>
        </li>
      ))}
    </ul>
  ),
}));

type Node = { id: string; kind?: OrganizationKind; depth?: number; degree?: number; hidden?: number };
const name = (id: string) => `组织${id}`;

function network(nodes: Node[], edges: [string, string][], truncated = false): NetworkExplorerGraphQuery {
  return {
    network: {
      truncated,
      nodes: nodes.map((n) => ({
        organization: { id: n.id, name: name(n.id), nameLatin: `Zuzhi ${n.id}`, kind: n.kind ?? 'PARTY_BRANCH' },
        depth: n.depth ?? 1,
        degree: n.degree ?? 1,
        hiddenNeighbors: n.hidden ?? 0,
      })),
      edges: edges.map(([s, t]) => ({ id: `link:${s}-${t}`, source: { id: s }, target: { id: t }, kind: 'VILLAGE_VILLAGE', link: { status: 'ACTIVE', startedOn: '2015-01-01', endedOn: null } })),
    },
  };
}

const graphFixture = (variables: NetworkExplorerGraphQueryVariables, data: NetworkExplorerGraphQuery) => fixture({ query: NetworkGraphQuery, variables, data });
const base = (seeds: string[], data: NetworkExplorerGraphQuery, more: Partial<NetworkExplorerGraphQueryVariables> = {}) =>
  graphFixture({ seeds, depth: 1, includeHierarchy: false, maxNodes: 500, ...more }, data);
const expansion = (id: string, maxNodes: number, data: NetworkExplorerGraphQuery) => graphFixture({ seeds: [id], depth: 1, includeHierarchy: false, maxNodes }, data);
const seedNames = (ids: string[]) =>
  fixture({
    query: NetworkSeedsQuery,
    variables: { ids },
    data: { nodes: ids.map((id) => ({ __typename: 'Organization' as const, id, name: name(id), nameLatin: `Zuzhi ${id}`, kind: 'PARTY_COMMITTEE' as const })) },
  });

// Seed 1 with neighbours 2 and 3; 2 has four more neighbours of its own.
const star = network(
  [
    { id: '1', kind: 'PARTY_COMMITTEE', depth: 0, degree: 2 },
    { id: '2', degree: 5 },
    { id: '3', kind: 'COOPERATIVE' },
  ],
  [
    ['1', '2'],
    ['1', '3'],
  ],
);
const openTwo = network(
  [{ id: '2', depth: 0, degree: 5 }, { id: '1', kind: 'PARTY_COMMITTEE', degree: 2 }, { id: '4' }, { id: '5' }, { id: '6' }, { id: '7' }],
  [
    ['1', '2'],
    ['2', '4'],
    ['2', '5'],
    ['2', '6'],
    ['2', '7'],
  ],
);

function open(url: string, fixtures: Parameters<typeof renderRoute>[0]['fixtures']) {
  return renderRoute({ path: '/network', url, element: <NetworkPage />, fixtures });
}
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);
const list = () => screen.getByRole('region', { name: /Organizations in view/ });

describe('NetworkPage', () => {
  it('explains how to start, and starts from a suggested organization', async () => {
    const { router } = open('/network', [
      fixture({
        query: NetworkSuggestionsQuery,
        data: { networkCentrality: { scores: [{ score: 20, organization: { id: '9', name: '敦化供热有限公司', nameLatin: 'Dunhua Gongre', kind: 'ENTERPRISE' } }] } },
      }),
      base(['9'], network([{ id: '9', depth: 0, degree: 0 }], [])),
      seedNames(['9']),
    ]);
    expect(screen.getByText('Start from an organization')).toBeInTheDocument();
    expect(screen.getByText(/Search for an organization above/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: /敦化供热有限公司/ }));
    expect(search(router).get('seeds')).toBe('9');
    // An organization without links: the view says so instead of looking broken.
    expect(await screen.findByText(/No links to show for these organizations/)).toBeInTheDocument();
  });

  it('shows the seeds’ network: chips, counts, legend and the list of organizations', async () => {
    open('/network?seeds=1', [base(['1'], star), seedNames(['1'])]);
    expect(await screen.findByText('3 organizations · 2 links')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Remove 组织1 from the starting organizations' })).toBeInTheDocument();
    const rows = within(list()).getAllByRole('listitem');
    // Seeds first, then the best connected.
    expect(rows.map((r) => within(r).getAllByRole('button')[0].textContent)).toEqual([
      expect.stringContaining('组织1'),
      expect.stringContaining('组织2'),
      expect.stringContaining('组织3'),
    ]);
    const legend = screen.getByRole('list', { name: 'Organization kinds' });
    expect(within(legend).getByText('Party committee')).toBeInTheDocument();
    expect(within(legend).getByText('Cooperative')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Link kinds' })).getByText('Village–village')).toBeInTheDocument();
  });

  it('removes a seed with its chip', async () => {
    const { router } = open('/network?seeds=1', [base(['1'], star), seedNames(['1'])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove 组织1 from the starting organizations' }));
    expect(search(router).get('seeds')).toBeNull();
    expect(await screen.findByText('Start from an organization')).toBeInTheDocument();
  });

  it('adds a seed with the organization picker, by keyboard', async () => {
    const { router } = open('/network?seeds=1', [
      base(['1'], star),
      seedNames(['1']),
      fixture({
        query: NetworkOrgSearchQuery,
        variables: { q: 'yj' },
        data: {
          search: [
            { title: '延吉市林业局', subtitle: '吉林省 / 延边朝鲜族自治州 / 延吉市 · 机关', node: { __typename: 'Organization', id: '8', name: '延吉市林业局', nameLatin: 'Yanji Shi Linye Ju', kind: 'GOVERNMENT_ORGAN' } },
            { title: '延吉市', subtitle: null, node: { __typename: 'Region', id: '77' } },
          ],
        },
      }),
      base(['1', '8'], star),
      seedNames(['1', '8']),
    ]);
    const input = screen.getByRole('combobox', { name: 'Add a starting organization' });
    await userEvent.type(input, 'yj');
    const option = await screen.findByRole('option', { name: /延吉市林业局/ });
    expect(option).toHaveTextContent('吉林省 / 延边朝鲜族自治州 / 延吉市 · 机关');
    // Regions are not offered.
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(search(router).get('seeds')).toBe('1,8');
    expect(search(router).get('sel')).toBe('8');
    expect(input).toHaveValue('');
  });

  it('puts the hierarchy and depth in the address', async () => {
    const { router } = open('/network?seeds=1', [base(['1'], star), seedNames(['1'])]);
    await screen.findByText('3 organizations · 2 links');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Party hierarchy' }));
    expect(search(router).get('h')).toBe('1');
    await userEvent.click(screen.getByRole('radio', { name: '2 steps' }));
    expect(search(router).get('depth')).toBe('2');
    expect(screen.getByRole('radio', { name: '2 steps' })).toBeChecked();
  });

  it('puts link kinds and the date in the address and reloads with them', async () => {
    const { router, client } = open('/network?seeds=1&h=1&depth=2', [base(['1'], star, { depth: 2, includeHierarchy: true }), seedNames(['1'])]);
    await screen.findByText('3 organizations · 2 links');
    await userEvent.click(screen.getByText('Link kinds:'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Village–village' }));
    expect(search(router).get('kinds')).toBe('VILLAGE_ENTERPRISE,VILLAGE_COMMUNITY,URBAN_RURAL_TWINNING,INDUSTRY_CHAIN,MILITARY_CIVILIAN');

    const date = screen.getByLabelText('Exact date');
    fireEvent.change(date, { target: { value: '2015-06-01' } });
    fireEvent.blur(date);
    expect(search(router).get('asOf')).toBe('2015-06-01');
    await waitFor(() =>
      expect(client.operations.at(-1)?.variables).toEqual({
        seeds: ['1'],
        depth: 2,
        kinds: ['VILLAGE_ENTERPRISE', 'VILLAGE_COMMUNITY', 'URBAN_RURAL_TWINNING', 'INDUSTRY_CHAIN', 'MILITARY_CIVILIAN'],
        includeHierarchy: true,
        asOf: '2015-06-01',
        maxNodes: 500,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back to today' }));
    expect(search(router).get('asOf')).toBeNull();
  });

  it('moves through time with the year slider once it comes to rest', async () => {
    const { router } = open('/network?seeds=1', [base(['1'], star), seedNames(['1'])]);
    const slider = screen.getByRole('slider', { name: 'Year' });
    fireEvent.change(slider, { target: { value: '2014' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'End of 2014');
    expect(search(router).get('asOf')).toBeNull();
    await waitFor(() => expect(search(router).get('asOf')).toBe('2014-12-31'));
  });

  it('keeps one link kind selected at least', async () => {
    const { router } = open('/network?seeds=1&kinds=INDUSTRY_CHAIN', [base(['1'], star, { kinds: ['INDUSTRY_CHAIN'] }), seedNames(['1'])]);
    await userEvent.click(screen.getByText('Link kinds:'));
    const last = screen.getByRole('checkbox', { name: 'Industry chain' });
    expect(last).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('At least one link kind stays selected.')).toBeInTheDocument();
    await userEvent.click(last);
    expect(last).toBeChecked();
    expect(search(router).get('kinds')).toBe('INDUSTRY_CHAIN');
    await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(search(router).get('kinds')).toBeNull();
  });

  it('selects an organization from the list and shows what it is and what can be done', async () => {
    const { router } = open('/network?seeds=1', [base(['1'], star), seedNames(['1'])]);
    await screen.findByRole('region', { name: /Organizations in view/ });
    await userEvent.click(within(list()).getByRole('button', { name: /^组织2/ }));
    expect(search(router).get('sel')).toBe('2');
    const panel = screen.getByRole('region', { name: '组织2' });
    expect(within(panel).getByText('Zuzhi 2')).toBeInTheDocument();
    expect(within(panel).getByText('Party branch')).toBeInTheDocument();
    expect(within(panel).getByText('Links').nextSibling).toHaveTextContent('5');
    expect(within(panel).getByText('4 neighbours are not on screen yet.')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /Open organization page/ })).toHaveAttribute('href', '/organizations/2');
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(search(router).get('sel')).toBeNull();
  });

  it('expands a node from its panel and collapses it again; Back undoes it', async () => {
    const { router } = open('/network?seeds=1&sel=2', [base(['1'], star), seedNames(['1']), expansion('2', 50, openTwo)]);
    const panel = await screen.findByRole('region', { name: '组织2' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Show neighbours' }));
    expect(search(router).get('x')).toBe('2:50');
    expect(await screen.findByText('7 organizations · 6 links')).toBeInTheDocument();
    expect(within(panel).getByText('Every neighbour is on screen.')).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Collapse' }));
    expect(search(router).get('x')).toBeNull();
    expect(await screen.findByText('3 organizations · 2 links')).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(await screen.findByText('7 organizations · 6 links')).toBeInTheDocument();
  });

  it('expands on a double-click on the drawing, and from the list by keyboard', async () => {
    const { router } = open('/network?seeds=1', [base(['1'], star), seedNames(['1']), expansion('2', 50, openTwo)]);
    await userEvent.dblClick(await screen.findByRole('button', { name: 'canvas 2' }));
    expect(search(router).get('x')).toBe('2:50');
    expect(await screen.findByRole('button', { name: 'canvas 7' })).toBeInTheDocument();
    await userEvent.click(within(list()).getByRole('button', { name: 'Collapse: 组织2' }));
    expect(search(router).get('x')).toBeNull();
    await userEvent.click(within(list()).getByRole('button', { name: 'Show neighbours: 组织2' }));
    expect(search(router).get('x')).toBe('2:50');
  });

  it('explains hidden neighbours and pages a super-node step by step', async () => {
    const hub = network([{ id: '1', depth: 0, degree: 300, hidden: 298 }, { id: '2' }, { id: '3' }], [
      ['1', '2'],
      ['1', '3'],
    ], true);
    const page50 = network(
      [{ id: '1', depth: 0, degree: 300, hidden: 251 }, ...Array.from({ length: 49 }, (_, i) => ({ id: String(100 + i) }))],
      Array.from({ length: 49 }, (_, i): [string, string] => ['1', String(100 + i)]),
      true,
    );
    const { router } = open('/network?seeds=1&sel=1', [base(['1'], hub), seedNames(['1']), expansion('1', 50, page50)]);
    expect(await screen.findByText('Some neighbours are hidden.')).toBeInTheDocument();
    expect(screen.getByText(/1 organization marked “\+N more” has 298 neighbours not shown/)).toBeInTheDocument();
    expect(within(list()).getByText(/\+298 more/)).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: '组织1' });
    expect(within(panel).getByText(/\+298 more: this organization has more neighbours than one request returns/)).toBeInTheDocument();

    // The seeds' own request was cut short: a bigger one can be asked for.
    await userEvent.click(screen.getByRole('button', { name: 'Load a bigger view (up to 1,000 organizations)' }));
    expect(search(router).get('max')).toBe('1000');
    await act(() => router.navigate(-1));

    const again = () => screen.getByRole('region', { name: '组织1' });
    await userEvent.click(await within(again()).findByRole('button', { name: 'Show neighbours' }));
    expect(search(router).get('x')).toBe('1:50');
    expect(await screen.findByText('52 organizations · 51 links')).toBeInTheDocument();
    expect(within(list()).getByText(/\+249 more/)).toBeInTheDocument();
    await userEvent.click(within(again()).getByRole('button', { name: 'Show more (up to 199)' }));
    expect(search(router).get('x')).toBe('1:200');
  });

  it('shows a path from the address as a list, and clears it', async () => {
    const pathVars = { from: '1', to: '3', includeHierarchy: false };
    const { router } = open('/network?seeds=1&path=1,3', [
      base(['1'], star),
      seedNames(['1']),
      fixture({
        query: NetworkPathQuery,
        variables: pathVars,
        data: {
          shortestPath: {
            length: 1,
            organizations: [
              { id: '1', name: name('1'), nameLatin: null, kind: 'PARTY_COMMITTEE' },
              { id: '3', name: name('3'), nameLatin: null, kind: 'COOPERATIVE' },
            ],
            edges: [{ id: 'link:1-3', source: { id: '1' }, target: { id: '3' }, kind: 'VILLAGE_VILLAGE' }],
          },
        },
      }),
      graphFixture({ seeds: ['1', '3'], depth: 0, includeHierarchy: false, maxNodes: 2 }, network([{ id: '1', depth: 0, degree: 2 }, { id: '3', depth: 0 }], [['1', '3']])),
    ]);
    const panel = screen.getByRole('region', { name: 'Find a path' });
    expect(await within(panel).findByText('1 step')).toBeInTheDocument();
    const steps = within(panel).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual([expect.stringContaining('组织1'), expect.stringContaining('Village–village'), expect.stringContaining('组织3')]);
    // The ends fill the form, so the path can be changed from there.
    expect(await within(panel).findByRole('button', { name: 'Change “From”: 组织1' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Change “To”: 组织3' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /^组织3/ }));
    expect(search(router).get('sel')).toBe('3');
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear path' }));
    expect(search(router).get('path')).toBeNull();
  });

  it('says clearly when there is no path within 8 steps', async () => {
    open('/network?path=1,3&h=1', [
      fixture({ query: NetworkPathQuery, variables: { from: '1', to: '3', includeHierarchy: true }, data: { shortestPath: null } }),
      fixture({ query: NetworkSuggestionsQuery, data: { networkCentrality: { scores: [] } } }),
    ]);
    expect(await screen.findByText('No path within 8 steps')).toBeInTheDocument();
    expect(screen.getByText(/not connected by 8 links or fewer of the chosen kinds today/)).toBeInTheDocument();
  });

  it('finds a path between two organizations picked from the panel', async () => {
    const { router } = open('/network?seeds=1&sel=2', [base(['1'], star), seedNames(['1'])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Path from here' }));
    await userEvent.click(screen.getByRole('button', { name: 'canvas 3' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Path to here' }));
    expect(search(router).get('path')).toBe('2,3');
  });

  it('shows a failed load with a retry that asks again', async () => {
    const { client } = open('/network?seeds=1', [
      fixture({ query: NetworkGraphQuery, variables: { seeds: ['1'], depth: 1, includeHierarchy: false, maxNodes: 500 }, error: { message: 'database unavailable' } }),
      seedNames(['1']),
    ]);
    expect(await screen.findByText('The network could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('database unavailable');
    const before = client.operations.filter((o) => o.variables && 'seeds' in o.variables && 'maxNodes' in o.variables).length;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(client.operations.filter((o) => o.variables && 'seeds' in o.variables && 'maxNodes' in o.variables).length).toBe(before + 1));
  });

  it('shows which expansion failed, keeps the rest, and retries it', async () => {
    const { client } = open('/network?seeds=1&x=2:50', [
      base(['1'], star),
      seedNames(['1']),
      fixture({ query: NetworkGraphQuery, variables: { seeds: ['2'], depth: 1, includeHierarchy: false, maxNodes: 50 }, error: { message: 'timeout' } }),
    ]);
    expect(await screen.findByText('The neighbours of 组织2 could not be loaded.')).toBeInTheDocument();
    expect(screen.getByText('3 organizations · 2 links')).toBeInTheDocument();
    const sent = () => client.operations.filter((o) => JSON.stringify(o.variables).includes('"seeds":["2"]')).length;
    const before = sent();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(sent()).toBe(before + 1));
  });

  it('marks a seed that is not an organization', async () => {
    open('/network?seeds=77', [
      fixture({ query: NetworkSeedsQuery, variables: { ids: ['77'] }, data: { nodes: [null] } }),
      fixture({ query: NetworkGraphQuery, variables: { seeds: ['77'], depth: 1, includeHierarchy: false, maxNodes: 500 }, error: { message: 'not an organization', code: 'NOT_FOUND' } }),
    ]);
    expect(await screen.findByRole('button', { name: 'Remove Unknown organization 77 from the starting organizations' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Not found');
  });
});
