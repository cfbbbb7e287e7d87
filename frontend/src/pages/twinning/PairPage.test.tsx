import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { today } from '../../lib/format';
import { viewerFixture } from '../admin/testViewers';
import PairPage from './PairPage';
import { ActivateTwinningMutation, EndTwinningMutation, transitionInput } from './MoveDialog';
import { RecordTwinningActivityMutation, activityInput } from './Activities';
import { legalMoves, proposedOn } from './model';
import { activitiesFixture, pair, pairFixture } from './testData';

const active = pair({
  status: 'ACTIVE',
  startedOn: '2026-06-10',
  lastActivityOn: '2026-06-20',
  transitions: [
    { id: 't1', from: null, to: 'PROPOSED', on: '2026-06-01', reason: '县委组织部拟定结对方案。', actorName: 'coordinator' },
    { id: 't2', from: 'PROPOSED', to: 'ACTIVE', on: '2026-06-10', reason: '双方签订结对帮扶协议。', actorName: '' },
  ],
});

const visits = [
  { id: 'a2', on: '2026-06-20', kind: 'FUNDING' as const, amount: 50000, participants: null, description: '捐建水稻烘干设备' },
  { id: 'a1', on: '2026-06-12', kind: 'VISIT' as const, amount: null, participants: 6, description: '走访慰问' },
];

function render(fixtures: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'COORDINATOR', id = 'l9') {
  const utils = renderRoute({ path: '/twinnings/:id', url: `/twinnings/${id}`, element: <PairPage />, fixtures: [viewerFixture(role), ...fixtures] });
  return { ...utils, user: userEvent.setup() };
}

describe('PairPage', () => {
  it('shows the two ends, the state and dates, the history oldest first and the activities newest first', async () => {
    render([pairFixture({ ...active, viewerCanEdit: false }), activitiesFixture(visits)], 'VIEWER');
    expect(await screen.findByRole('heading', { level: 1, name: '平华社区居民委员会 – 民谷村党支部' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: '民谷村' })).toHaveAttribute('href', '/regions/v1');
    expect(screen.getByRole('link', { name: 'Twinning board of 珲春市' })).toHaveAttribute('href', '/regions/r2/twinning');
    const facts = screen.getByRole('region', { name: 'The pair' });
    expect(within(facts).getByRole('link', { name: '平华社区居民委员会' })).toHaveAttribute('href', '/organizations/o10');
    expect(within(facts).getByRole('link', { name: '民谷村党支部' })).toHaveAttribute('href', '/organizations/o31');
    const fact = (label: string) => within(facts).getByText(label, { selector: 'dt' }).closest('div');
    expect(fact('State')).toHaveTextContent('Active');
    expect(fact('Proposed')).toHaveTextContent('Jun 1, 2026');
    expect(fact('Started')).toHaveTextContent('Jun 10, 2026');
    expect(fact('Ended')).toHaveTextContent('—');
    expect(fact('Goals')).toHaveTextContent('发展水稻深加工');

    const history = within(screen.getByRole('table', { name: 'Changes of state, the oldest first' })).getAllByRole('row').slice(1);
    expect(history.map((r) => r.textContent)).toEqual([
      'Jun 1, 2026New → Proposed县委组织部拟定结对方案。coordinator',
      'Jun 10, 2026Proposed → Active双方签订结对帮扶协议。System',
    ]);
    const log = await screen.findByRole('table', { name: 'Activities of the pair, the newest first' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Jun 20, 2026Funding—CN¥50,000捐建水稻烘干设备');
    expect(rows[1]).toHaveTextContent('Jun 12, 2026Visit6—走访慰问');

    // Someone who may not change the pair gets neither buttons nor the form.
    expect(screen.queryByRole('button', { name: 'Suspend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Record an activity' })).not.toBeInTheDocument();

    await switchLanguage('zh-CN');
    expect(screen.getByRole('table', { name: '状态变更，最早的在前' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '珲春市城乡结对工作台' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('offers only the legal changes of each state', () => {
    expect(legalMoves('PROPOSED')).toEqual(['activate', 'end']);
    expect(legalMoves('ACTIVE')).toEqual(['suspend', 'end']);
    expect(legalMoves('SUSPENDED')).toEqual(['resume', 'end']);
    expect(legalMoves('ENDED')).toEqual([]);
    expect(proposedOn(active.transitions)).toBe('2026-06-01');
    expect(transitionInput('l9', { on: ' ', reason: '' })).toEqual({ twinning: 'l9' });
    expect(activityInput('l9', { on: '2026-06-20', kind: 'FUNDING', amount: '500', participants: '', description: ' 捐款 ' })).toEqual({
      twinning: 'l9',
      on: '2026-06-20',
      kind: 'FUNDING',
      amount: 500,
      description: '捐款',
    });
  });

  it('activates a proposed pair with a reason, then shows it active', async () => {
    const input = { twinning: 'l9', on: today(), reason: '签订结对协议' };
    const proposed = pair();
    const { user, client } = render([
      pairFixture(proposed),
      activitiesFixture([]),
      fixture({ query: ActivateTwinningMutation, variables: { input }, data: { activateTwinning: { id: 'l9', status: 'ACTIVE' as const, startedOn: today(), endedOn: null } } }),
    ]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Activate' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument();
    // A proposed pair has no activities yet.
    expect(within(screen.getByRole('region', { name: 'Record an activity' })).getByText('Activities are recorded once the pair is active.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Activate' }));
    const dialog = screen.getByRole('dialog', { name: 'Activate the pair of 平华社区居民委员会 and 民谷村党支部' });
    expect(within(dialog).getByLabelText('Day')).toHaveValue(today());
    await user.type(within(dialog).getByLabelText('Reason (optional)'), '签订结对协议');
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));
    expect(await screen.findByText('The pair is active.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const mutations = client.operations.filter((o) => o.kind === 'mutation');
    expect(mutations.map((o) => o.variables)).toEqual([{ input }]);
    // The pair is read again from the server.
    expect(client.operations.filter((o) => o.kind === 'query' && o.context.requestPolicy === 'network-only').length).toBeGreaterThan(0);
  });

  it('shows a refused day on its field, and other refusals above the form', async () => {
    const { user } = render([
      pairFixture(active),
      activitiesFixture([]),
      fixture({
        query: EndTwinningMutation,
        variables: { input: { twinning: 'l9', on: '2026-06-05' } },
        error: { message: 'on: the twinning started on 2026-06-10; it cannot end before', code: 'BAD_USER_INPUT', field: 'on' },
      }),
      fixture({
        query: EndTwinningMutation,
        variables: { input: { twinning: 'l9', on: '2026-06-15' } },
        error: { message: 'status: a ENDED twinning cannot end: only one that is [PROPOSED ACTIVE SUSPENDED] can', code: 'CONFLICT', field: 'status' },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'End' }));
    const dialog = screen.getByRole('dialog', { name: 'End the pair of 平华社区居民委员会 and 民谷村党支部' });
    const day = within(dialog).getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '2026-06-05');
    await user.click(within(dialog).getByRole('button', { name: 'End' }));
    await waitFor(() => expect(day).toHaveAttribute('aria-invalid', 'true'));
    expect(day).toHaveAccessibleDescription(/the twinning started on 2026-06-10; it cannot end before/);
    await user.clear(day);
    await user.type(day, '2026-06-15');
    await user.click(within(dialog).getByRole('button', { name: 'End' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('a ENDED twinning cannot end');
  });

  it('records an activity, then shows it in the log', async () => {
    const input = { twinning: 'l9', on: today(), kind: 'VISIT' as const, participants: 6, description: '走访慰问' };
    const { user, client } = render([
      pairFixture(active),
      activitiesFixture(visits),
      fixture({
        query: RecordTwinningActivityMutation,
        variables: { input: { ...input, participants: -1 } },
        error: { message: 'participants: participants are 0 or more, not -1', code: 'BAD_USER_INPUT', field: 'participants' },
      }),
      fixture({ query: RecordTwinningActivityMutation, variables: { input }, data: { recordTwinningActivity: { id: 'a3', on: today(), kind: 'VISIT' as const } } }),
    ]);
    const form = await screen.findByRole('region', { name: 'Record an activity' });
    expect(within(form).getByLabelText(/^Day/)).toHaveValue(today());
    expect(within(form).getByLabelText('Kind')).toHaveValue('VISIT');
    const people = within(form).getByLabelText('Participants');
    await user.type(people, '-1');
    await user.type(within(form).getByLabelText('What was done'), '走访慰问');
    await user.click(within(form).getByRole('button', { name: 'Record activity' }));
    await waitFor(() => expect(people).toHaveAttribute('aria-invalid', 'true'));
    expect(people).toHaveAccessibleDescription('participants are 0 or more, not -1');
    await user.clear(people);
    await user.type(people, '6');
    await user.click(within(form).getByRole('button', { name: 'Record activity' }));
    expect(await within(form).findByText('Activity recorded.')).toBeInTheDocument();
    // The form is empty again, and the log is read again.
    await waitFor(() => expect(within(form).getByLabelText('What was done')).toHaveValue(''));
    await waitFor(() =>
      expect(client.operations.filter((o) => o.kind === 'query' && o.variables && (o.variables as { first?: number }).first === 10 && o.context.requestPolicy === 'network-only')).toHaveLength(1),
    );
  });

  it('says so when the link is not a twinning', async () => {
    render([pairFixture(pair({ kind: 'VILLAGE_ENTERPRISE' })), activitiesFixture([])]);
    expect(await screen.findByText('This link is not a twinning')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '平华社区居民委员会' })).toHaveAttribute('href', '/organizations/o10');
  });
});
