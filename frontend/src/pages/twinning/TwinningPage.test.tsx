import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DocumentNode } from 'graphql';
import type { Operation } from 'urql';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { viewerFixture } from '../admin/testViewers';
import TwinningPage, { TwinningRootQueryDoc } from './TwinningPage';
import { ProposeTwinningMutation } from './Uncovered';
import { ApplyTwinningPlanMutation, TwinningPlanQueryDoc } from './PlanView';
import {
  chunfeng,
  overview,
  overviewFixture,
  pairRow,
  pairsFixture,
  pinghua,
  plan,
  regionFixture,
  suggestionsFixture,
  uncoveredFixture,
  villages,
} from './testData';

const board = (extra: Fixture<unknown, any>[] = []) => [
  regionFixture(),
  overviewFixture(),
  uncoveredFixture(),
  suggestionsFixture('v1', [pinghua, chunfeng]),
  suggestionsFixture('v2', [chunfeng]),
  pairsFixture([pairRow('l1'), pairRow('l2', { status: 'ACTIVE', stale: true, lastActivityOn: '2025-09-15', source: { id: 'o13', name: '珲春市水利局', nameLatin: null, kind: 'GOVERNMENT_ORGAN' } })]),
  ...extra,
];

function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'COORDINATOR', url = '/regions/r2/twinning') {
  const utils = renderRoute({
    path: '/regions/:id/twinning',
    url,
    element: <TwinningPage />,
    fixtures: [viewerFixture(role), ...fixtures],
    extra: [
      { path: '/twinning', element: <TwinningPage /> },
      { path: '/twinnings/:id', element: <p>the pair page</p> },
    ],
  });
  return { ...utils, user: userEvent.setup() };
}

const named = (op: Operation) => (op.query as DocumentNode).definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);
const sent = (ops: Operation[], name: string) => ops.filter((o) => named(o) === name);

describe('TwinningPage', () => {
  it('shows the coverage, each uncovered village with the partners suggested and why, and the pairs', async () => {
    render(board());
    expect(await screen.findByRole('heading', { level: 1, name: 'Urban–rural twinning in 珲春市' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: '珲春市' })).toHaveAttribute('href', '/regions/r2');
    expect(within(crumbs).getByText('Twinning')).toHaveAttribute('aria-current', 'page');

    const coverage = screen.getByRole('region', { name: 'Coverage' });
    const bar = await within(coverage).findByRole('progressbar', { name: 'Backward villages twinned in 珲春市' });
    expect(bar).toHaveAttribute('aria-valuenow', '80');
    expect(bar).toHaveAttribute('aria-valuetext', '80%: 12 of 15, target 100%');
    expect(coverage).toHaveTextContent('12 of 15 backward villages have an active twinning');
    const figure = (label: string) => within(coverage).getByText(label).closest('div');
    expect(figure('Backward villages')).toHaveTextContent('15');
    expect(figure('Covered')).toHaveTextContent('12');
    expect(figure('Uncovered')).toHaveTextContent('3');
    expect(figure('Stale pairs')).toHaveTextContent('4active, no activity in 90 days');
    expect(figure('Funds in 2026')).toHaveTextContent('CN¥242,900');
    const states = within(coverage).getByRole('list', { name: 'Pairs by state' });
    expect(within(states).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Proposed 1', 'Active 15', 'Suspended 0', 'Ended 6']);
    expect(within(coverage).getByRole('link', { name: 'The indicator: backward villages twinned' })).toHaveAttribute('href', '/indicators/BACKWARD_VILLAGE_TWINNED?region=r2');

    // Each village: the partners, best first, with what each factor adds to the score.
    const mingu = screen.getByRole('region', { name: /^民谷村/ });
    const table = await within(mingu).findByRole('table', { name: 'Suggested partners for 民谷村, best first' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByRole('rowheader')).toHaveTextContent('平华社区居民委员会');
    expect(first).toHaveTextContent('0.55');
    expect(first).toHaveTextContent('1 placeadds 0.20 (1.00 × weight 0.20)');
    expect(first).toHaveTextContent('11 kmadds 0.24 (0.80 × weight 0.30)');
    expect(first).toHaveTextContent('Related or unknown');
    expect(first).toHaveTextContent('2 steps apart');
    expect(first).toHaveTextContent('1 activity in the last year');
    expect(second).toHaveTextContent('2 places');
    expect(second).toHaveTextContent('Unknown');
    expect(second).toHaveTextContent('None within 3 steps');
    expect(second).toHaveTextContent('0 activities in the last year');
    expect(within(first).getByRole('button', { name: 'Accept 平华社区居民委员会 for 民谷村' })).toHaveTextContent('Accept');

    expect(screen.getByRole('link', { name: 'Pairs (CSV)' })).toHaveAttribute('href', '/export/twinning/pairs.csv?region=r2&lang=en');
    const year = new Date().getFullYear();
    expect(screen.getByRole('link', { name: `Activities in ${year} (CSV)` })).toHaveAttribute('href', `/export/twinning/activities.csv?region=r2&year=${year}&lang=en`);

    const pairs = await screen.findByRole('table', { name: 'Twinnings in 珲春市, the newest first' });
    const rows = within(pairs).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: 'Open the pair of 平华社区居民委员会 and 黑兴村党支部' })).toHaveAttribute('href', '/twinnings/l1');
    expect(rows[0]).toHaveTextContent('Jul 4, 2024');
    expect(rows[1]).toHaveTextContent('Stale');

    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '珲春市城乡结对' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '结对关系（CSV）' })).toHaveAttribute('href', '/export/twinning/pairs.csv?region=r2&lang=zh');
    expect(within(mingu).getByRole('button', { name: '采纳平华社区居民委员会结对民谷村' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('offers no Accept to a viewer who may not write, nor partners from a scope they lack', async () => {
    render(board(), 'VIEWER');
    await screen.findByRole('table', { name: 'Suggested partners for 民谷村, best first' });
    expect(screen.queryByRole('button', { name: /^Accept/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Partners only from' })).not.toBeInTheDocument();
    expect(screen.getByText('Partners are suggested from the whole province.')).toBeInTheDocument();
  });

  it("accepts a suggestion from the viewer's scope with one click, then reads the board again", async () => {
    const { user, client, router } = render(
      board([
        suggestionsFixture('v1', [pinghua], 'r4'),
        suggestionsFixture('v2', [], 'r4'),
        fixture({ query: ProposeTwinningMutation, variables: { input: { village: 'v1', partner: 'o10' } }, data: { proposeTwinning: { id: 'l9', status: 'PROPOSED' as const } } }),
      ]),
    );
    const choice = await screen.findByRole('group', { name: 'Partners only from' });
    expect(within(choice).getByRole('radio', { name: 'The whole province' })).toBeChecked();
    await user.click(within(choice).getByRole('radio', { name: 'My scope: 桃文街道' }));
    await waitFor(() => expect(router.state.location.search).toBe('?partners=scope'));
    const qinwang = screen.getByRole('region', { name: /^勤旺村/ });
    expect(await within(qinwang).findByText('No partner to suggest')).toBeInTheDocument();
    expect(qinwang).toHaveTextContent('No urban unit in your scope has a place left');
    const mingu = screen.getByRole('region', { name: /^民谷村/ });
    await waitFor(() => expect(within(mingu).getAllByRole('row')).toHaveLength(2));

    const overviews = sent(client.operations, 'TwinningOverview').length;
    await user.click(within(mingu).getByRole('button', { name: 'Accept 平华社区居民委员会 for 民谷村' }));
    const status = await screen.findByText('Proposed: 平华社区居民委员会 with 民谷村.');
    expect(within(status).getByRole('link', { name: 'Open the pair' })).toHaveAttribute('href', '/twinnings/l9');
    expect(sent(client.operations, 'ProposeTwinning').map((o) => o.variables)).toEqual([{ input: { village: 'v1', partner: 'o10' } }]);
    // The figures, the villages, their suggestions and the pairs are read again from the server.
    await waitFor(() => expect(sent(client.operations, 'TwinningOverview').length).toBe(overviews + 1));
    expect(sent(client.operations, 'TwinningOverview').at(-1)?.context.requestPolicy).toBe('network-only');
    expect(sent(client.operations, 'TwinningUncovered').at(-1)?.context.requestPolicy).toBe('network-only');
    expect(sent(client.operations, 'TwinningPairs').at(-1)?.context.requestPolicy).toBe('network-only');
    expect(sent(client.operations, 'TwinningSuggestions').at(-1)?.variables).toMatchObject({ partnerRegion: 'r4' });
  });

  it('shows why a suggestion was refused', async () => {
    const { user } = render(
      board([
        fixture({
          query: ProposeTwinningMutation,
          variables: { input: { village: 'v1', partner: 'o10' } },
          error: { message: '平华社区居民委员会 is at capacity: 1 places, 1 held by active and proposed twinnings', code: 'CONFLICT' },
        }),
      ]),
    );
    const mingu = await screen.findByRole('region', { name: /^民谷村/ });
    await user.click(await within(mingu).findByRole('button', { name: 'Accept 平华社区居民委员会 for 民谷村' }));
    const alert = await within(mingu).findByRole('alert');
    expect(alert).toHaveTextContent('The pair was not proposed');
    expect(alert).toHaveTextContent('平华社区居民委员会 is at capacity');
  });

  it('shows a pair under way above the suggestions of its village', async () => {
    render([
      regionFixture(),
      overviewFixture(),
      uncoveredFixture([villages[0]]),
      suggestionsFixture('v1', [chunfeng], undefined, [{ id: 'l5', status: 'PROPOSED', source: { id: 'o13', name: '珲春市人民医院', nameLatin: null } }]),
      pairsFixture([]),
    ]);
    const mingu = await screen.findByRole('region', { name: /^民谷村/ });
    expect(await within(mingu).findByText('A pair with 珲春市人民医院 is under way.')).toBeInTheDocument();
    expect(within(mingu).getByRole('link', { name: 'Open the pair of 珲春市人民医院 and 民谷村' })).toHaveAttribute('href', '/twinnings/l5');
    expect(within(mingu).getByRole('table', { name: 'Suggested partners for 民谷村, best first' })).toBeInTheDocument();
    expect(await screen.findByText('No twinnings recorded')).toBeInTheDocument();
  });

  it('makes a plan, applies the ticked rows, and reads the board again', async () => {
    const { user, client } = render(
      board([
        fixture({ query: TwinningPlanQueryDoc, variables: { region: 'r2' }, data: { twinningPlan: plan() } }),
        fixture({
          query: ApplyTwinningPlanMutation,
          variables: { plan: { rows: [{ village: 'v1', partner: 'o11', remaining: 1 }], reason: '县委组织部统一安排' } },
          data: { applyTwinningPlan: [{ id: 'l20' }] },
        }),
      ]),
    );
    const section = await screen.findByRole('region', { name: 'Plan' });
    await user.click(within(section).getByRole('button', { name: 'Make a plan' }));
    const table = await within(section).findByRole('table', { name: 'The plan for 珲春市: a partner for each village' });
    const boxes = within(table).getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Apply 春峰社区居民委员会 for 民谷村', 'Apply 五道岔社区居民委员会 for 勤旺村']);
    for (const b of boxes) expect(b).toBeChecked();
    const fact = (label: string) => within(section).getByText(label).closest('div');
    expect(fact('Villages assigned')).toHaveTextContent('2 (greedy: 1)');
    expect(fact('Total score')).toHaveTextContent('1.02 (greedy: 0.55)');
    expect(fact('Method')).toHaveTextContent('Minimum-cost flow');
    const unassigned = within(section).getByRole('list', { name: '1 village left without a partner' });
    expect(unassigned).toHaveTextContent('永吉村');
    expect(unassigned).toHaveTextContent('It has no active party organization to twin.');

    await user.click(boxes[1]);
    await user.type(within(section).getByLabelText("Reason (optional, kept in each pair's history)"), '县委组织部统一安排');
    const overviews = sent(client.operations, 'TwinningOverview').length;
    await user.click(within(section).getByRole('button', { name: 'Apply 1 ticked row' }));
    expect(await within(section).findByText('1 pair proposed.')).toBeInTheDocument();
    expect(sent(client.operations, 'ApplyTwinningPlan').map((o) => o.variables)).toEqual([
      { plan: { rows: [{ village: 'v1', partner: 'o11', remaining: 1 }], reason: '县委组织部统一安排' } },
    ]);
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    await waitFor(() => expect(sent(client.operations, 'TwinningOverview').length).toBe(overviews + 1));
  });

  it('asks for a new plan when the plan has gone stale', async () => {
    const { user } = render(
      board([
        fixture({ query: TwinningPlanQueryDoc, variables: { region: 'r2' }, data: { twinningPlan: plan() } }),
        fixture({
          query: ApplyTwinningPlanMutation,
          error: { message: 'rows[0].remaining: 春峰社区居民委员会 has 0 places left, not 1 as the plan assumed: make the plan again', code: 'STALE', field: 'rows[0].remaining' },
        }),
      ]),
    );
    const section = await screen.findByRole('region', { name: 'Plan' });
    await user.click(within(section).getByRole('button', { name: 'Make a plan' }));
    await user.click(await within(section).findByRole('button', { name: 'Apply 2 ticked rows' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The plan is out of date');
    expect(alert).toHaveTextContent('Make the plan again and review it.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getByRole('button', { name: 'Make the plan again' })).toBeInTheDocument();
  });

  it('lists only the stale pairs when asked, keeping it in the URL', async () => {
    const { user, router } = render(board([pairsFixture([pairRow('l2', { stale: true })], true)]));
    await screen.findByRole('table', { name: 'Twinnings in 珲春市, the newest first' });
    await user.click(screen.getByRole('checkbox', { name: 'Stale only' }));
    const table = await screen.findByRole('table', { name: 'Stale twinnings in 珲春市, the newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(router.state.location.search).toBe('?stale=1');
  });

  it('shows the province at /twinning', async () => {
    render(
      [
        fixture({ query: TwinningRootQueryDoc, data: { regions: { edges: [{ node: { id: 'r1' } }] } } }),
        regionFixture({ id: 'r1', name: '吉林省', nameLatin: null, level: 'PROVINCE', ancestors: [] }),
        overviewFixture(overview({ backwardVillages: 0, covered: 0, uncovered: 0, coverage: 1, topPartners: [] }), 'r1'),
        uncoveredFixture([], 'r1'),
        pairsFixture([], false, 'r1'),
      ],
      'ADMIN',
      '/twinning',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Urban–rural twinning in 吉林省' })).toBeInTheDocument();
    expect(await screen.findByText('Every backward village is covered')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });
});
