import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { OrganizationMembersQuery, OrganizationPageQuery } from '../../gql/graphql';
import OrganizationPage from './OrganizationPage';
import { OrganizationPageQueryDoc } from './pageQuery';
import { OrganizationChildrenQuery } from './OrgChildren';
import { OrganizationMembersQuery as MembersDoc, postWhere } from './OrgMembers';
import { OrganizationLinksQuery } from './OrgLinks';
import { OrganizationProjectsQuery } from './OrgProjects';
import { OrganizationTimelineQuery } from './OrgTimeline';
import { TIMELINE_LIMIT } from '../../components/Timeline';
import { UpdateOrganizationMutation } from './OrgEditForm';
import { EndPositionMutation } from './PostForms';
import { ACTIVITIES_PER_PAGE, LinkActivitiesQuery } from './LinkActivities';
import { today } from '../../lib/format';
import { SubjectAppraisalsQuery } from '../../components/records/Appraisals';
import { SubjectCommendationsQuery } from '../../components/records/Commendations';

// The chart library draws on a canvas jsdom does not have; the test only needs to know a chart was asked for.
const drawn = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('./echarts', () => ({
  init: () => ({ setOption: (o: unknown) => drawn.options.push(o), dispose() {}, resize() {} }),
}));

type OrgNode = Extract<NonNullable<OrganizationPageQuery['node']>, { __typename: 'Organization' }>;
type PositionsConn = Extract<NonNullable<OrganizationMembersQuery['node']>, { __typename: 'Organization' }>['positions'];

const ID = 'o1';
const firstPage = { hasNextPage: false, hasPreviousPage: false, startCursor: null as string | null, endCursor: null as string | null };

function org(over: Partial<OrgNode> = {}): OrgNode {
  return {
    __typename: 'Organization',
    id: ID,
    version: 3,
    viewerCanEdit: false,
    name: '柳化村党支部',
    nameLatin: 'Liuhua Cun Dangzhibu',
    kind: 'PARTY_BRANCH',
    setting: 'VILLAGE',
    status: 'ACTIVE',
    foundedOn: '1970-05-30',
    dissolvedOn: null,
    creditCode: '91222401MA0Y1234X5',
    industry: null,
    twinningCapacity: null,
    memberCount: 14,
    region: {
      id: 'r5',
      name: '柳化村',
      nameLatin: 'Liuhua Cun',
      ancestors: [
        { id: 'r1', name: '吉林省', nameLatin: null },
        { id: 'r4', name: '义福镇', nameLatin: null },
      ],
    },
    parent: { id: 'o0', name: '义福镇党委', nameLatin: null, kind: 'PARTY_COMMITTEE' },
    host: null,
    partyOrganizations: [],
    children: { totalCount: 0 },
    currentLeaders: [{ id: 'pos1', role: 'SECRETARY', startedOn: '2021-05-19', person: { id: 'p1', name: '全哲植', nameLatin: 'Quan Zhezhi' } }],
    ...over,
  };
}

function post(id: string, name: string, role: 'SECRETARY' | 'MEMBER', startedOn: string, endedOn: string | null = null) {
  return {
    id,
    version: 1,
    role,
    startedOn,
    endedOn,
    selectionMethod: role === 'SECRETARY' ? ('DIRECT_ELECTION' as const) : null,
    basicRemuneration: role === 'SECRETARY' ? 30900 : null,
    person: { id: `p-${id}`, name, nameLatin: null },
  };
}

function members(edges: ReturnType<typeof post>[], total = edges.length, pageInfo = firstPage): { node: { __typename: 'Organization'; id: string; positions: PositionsConn } } {
  return { node: { __typename: 'Organization', id: ID, positions: { totalCount: total, pageInfo, edges: edges.map((node) => ({ node })) } } };
}

const link = (id: string, kind: 'URBAN_RURAL_TWINNING' | 'VILLAGE_ENTERPRISE', partner: { id: string; name: string }, asSource: boolean) => ({
  id,
  version: 1,
  viewerCanEdit: false,
  kind,
  status: 'ACTIVE' as const,
  startedOn: '2015-05-27',
  endedOn: null,
  goals: null,
  notes: null,
  source: asSource ? { id: ID, name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH' as const } : { ...partner, nameLatin: null, kind: 'GOVERNMENT_ORGAN' as const },
  target: asSource ? { ...partner, nameLatin: null, kind: 'ENTERPRISE' as const } : { id: ID, name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH' as const },
});

const twinning = link('l1', 'URBAN_RURAL_TWINNING', { id: 'o7', name: '延吉市林业局' }, false);
const enterprise = link('l2', 'VILLAGE_ENTERPRISE', { id: 'o8', name: '达兴物流' }, true);

function fixtures(over: Partial<OrgNode> = {}): Fixture<unknown, any>[] {
  return [
    fixture({
      query: SubjectAppraisalsQuery,
      variables: { id: ID },
      data: { node: { __typename: 'Organization' as const, id: ID, appraisals: [{ id: 'ap1', version: 1, year: 2023, kind: 'DEMOCRATIC_APPRAISAL' as const, rating: 'EXCELLENT' as const, note: null }] } },
    }),
    fixture({
      query: SubjectCommendationsQuery,
      variables: { id: ID },
      data: { node: { __typename: 'Organization' as const, id: ID, commendations: [{ id: 'cm1', version: 1, year: 2022, title: '五星级党支部', awardedBy: '珲春市委', bonus: null }] } },
    }),
    fixture({ query: OrganizationPageQueryDoc, variables: { id: ID }, data: { node: org(over) } }),
    fixture({
      query: MembersDoc,
      variables: { id: ID, where: postWhere('current'), first: 20 },
      data: members([post('a', '全哲植', 'SECRETARY', '2021-05-19'), post('b', '金月姬', 'MEMBER', '2025-12-02')], 18, { ...firstPage, hasNextPage: true, endCursor: 'm2' }),
    }),
    fixture({
      query: MembersDoc,
      variables: { id: ID, where: postWhere('current'), first: 20, after: 'm2' },
      data: members([post('c', '尹月今', 'MEMBER', '2021-06-03')], 18, { ...firstPage, hasPreviousPage: true, startCursor: 'm3', endCursor: 'm3' }),
    }),
    fixture({
      query: MembersDoc,
      variables: { id: ID, first: 20 },
      data: members([post('d', '延昌赫', 'SECRETARY', '1997-12-26', '2011-03-18')], 20),
    }),
    fixture({
      query: OrganizationLinksQuery,
      variables: { id: ID, first: 20 },
      data: { node: { __typename: 'Organization' as const, id: ID, links: { totalCount: 2, pageInfo: firstPage, edges: [{ node: twinning }, { node: enterprise }] } } },
    }),
    fixture({
      query: OrganizationLinksQuery,
      variables: { id: ID, kinds: ['MILITARY_CIVILIAN'], first: 20 },
      data: { node: { __typename: 'Organization' as const, id: ID, links: { totalCount: 0, pageInfo: firstPage, edges: [] } } },
    }),
    fixture({
      query: OrganizationProjectsQuery,
      variables: { id: ID, first: 10 },
      data: {
        node: {
          __typename: 'Organization' as const,
          id: ID,
          projects: {
            totalCount: 1,
            pageInfo: firstPage,
            edges: [
              {
                node: {
                  id: 'pr1',
                  viewerCanEdit: false,
                  name: '梅花鹿养殖项目',
                  nameLatin: null,
                  kind: 'BREEDING' as const,
                  status: 'ACCEPTED' as const,
                  startedOn: '2009-09-12',
                  investment: 493900,
                  leader: { id: 'p9', name: '明虎正', nameLatin: null },
                  incomes: [
                    { year: 2010, income: 52600 },
                    { year: 2011, income: 64200 },
                  ],
                },
              },
            ],
          },
        },
      },
    }),
    fixture({
      query: OrganizationTimelineQuery,
      variables: { id: ID, limit: TIMELINE_LIMIT },
      data: {
        node: {
          __typename: 'Organization' as const,
          id: ID,
          positions: {
            totalCount: 2,
            edges: [
              { node: { id: 't1', role: 'SECRETARY' as const, startedOn: '1997-12-26', endedOn: '2011-03-18', person: { id: 'p7', name: '延昌赫' } } },
              { node: { id: 't2', role: 'SECRETARY' as const, startedOn: '2011-03-20', endedOn: null, person: { id: 'p1', name: '全哲植' } } },
            ],
          },
          links: {
            totalCount: 1,
            edges: [{ node: { id: 'l1', kind: 'URBAN_RURAL_TWINNING' as const, startedOn: '2015-05-27', endedOn: null, source: { id: 'o7', name: '延吉市林业局' }, target: { id: ID, name: '柳化村党支部' } } }],
          },
        },
      },
    }),
  ];
}

const render = (url = `/organizations/${ID}`, extra: Fixture<unknown, any>[] = [], over: Partial<OrgNode> = {}) =>
  renderRoute({ path: '/organizations/:id', url, element: <OrganizationPage />, fixtures: [...extra, ...fixtures(over)] });

describe('OrganizationPage', () => {
  it('shows the appraisals and commendations, with their forms where the viewer may edit the organization', async () => {
    const { unmount } = render();
    const appraisals = await screen.findByRole('region', { name: /^Appraisals/ });
    expect(await within(appraisals).findByRole('rowheader', { name: '2023' })).toBeInTheDocument();
    expect(within(appraisals).getByText('Excellent')).toBeInTheDocument();
    const commendations = screen.getByRole('region', { name: /^Commendations/ });
    expect(await within(commendations).findByText('五星级党支部')).toBeInTheDocument();
    expect(within(appraisals).queryByRole('button', { name: 'Add appraisal' })).not.toBeInTheDocument();
    unmount();
    render(undefined, [], { viewerCanEdit: true });
    expect(await screen.findByRole('button', { name: 'Add appraisal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add commendation' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Edit the Democratic appraisal of 2023' })).toBeInTheDocument();
  });

  it('shows the header: names, kind, setting, status, region path, facts, leaders and the network button', async () => {
    render();
    expect(await screen.findByRole('heading', { level: 1, name: /柳化村党支部/ })).toHaveTextContent('Liuhua Cun Dangzhibu');
    expect(screen.getByText('Party branch')).toBeInTheDocument();
    expect(screen.getByText('In a village')).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Where it is' });
    expect(within(crumbs).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/regions', '/regions/r1', '/regions/r4', '/regions/r5']);
    expect(screen.getByText('91222401MA0Y1234X5')).toBeInTheDocument();
    expect(screen.getByText('May 30, 1970')).toBeInTheDocument();
    const leaders = screen.getByRole('region', { name: 'Current leaders' });
    expect(within(leaders).getByRole('link', { name: '全哲植' })).toHaveAttribute('href', '/people/p1');
    expect(screen.getByRole('link', { name: '义福镇党委' })).toHaveAttribute('href', '/organizations/o0');
    expect(screen.getByRole('link', { name: 'Open in network' })).toHaveAttribute('href', `/network?seeds=${ID}`);
    // A branch with nobody under it has no subordinate list.
    expect(screen.queryByRole('region', { name: /Subordinate organizations/ })).not.toBeInTheDocument();
  });

  it('marks a dissolved organization and lists the party organizations set up in it', async () => {
    render(`/organizations/${ID}`, [], {
      kind: 'COOPERATIVE',
      setting: null,
      status: 'DISSOLVED',
      dissolvedOn: '2020-01-02',
      parent: null,
      partyOrganizations: [{ id: 'o3', name: '合作社党支部', nameLatin: null, kind: 'PARTY_BRANCH', status: 'ACTIVE' }],
    });
    expect(await screen.findByText('Dissolved', { selector: '.badge' })).toHaveClass('badge-danger');
    expect(screen.getByText('Jan 2, 2020')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '合作社党支部' })).toHaveAttribute('href', '/organizations/o3');
  });

  it('lists subordinate organizations of a committee', async () => {
    const childrenFixture = fixture({
      query: OrganizationChildrenQuery,
      variables: { id: ID, first: 20 },
      data: {
        node: {
          __typename: 'Organization' as const,
          id: ID,
          children: {
            totalCount: 1,
            pageInfo: firstPage,
            edges: [{ node: { id: 'o5', name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH' as const, status: 'ACTIVE' as const, region: { id: 'r5', name: '柳化村', nameLatin: null } } }],
          },
        },
      },
    });
    render(`/organizations/${ID}`, [childrenFixture], { kind: 'PARTY_COMMITTEE', name: '义福镇党委', children: { totalCount: 1 } });
    const section = await screen.findByRole('region', { name: /Subordinate organizations/ });
    expect(await within(section).findByRole('link', { name: '柳化村党支部' })).toHaveAttribute('href', '/organizations/o5');
  });

  it('pages through posts with the cursor in the URL, and filters them', async () => {
    const { router } = render();
    const section = await screen.findByRole('region', { name: /Posts/ });
    expect(await within(section).findByRole('link', { name: '金月姬' })).toBeInTheDocument();
    expect(within(section).getByText('2 of 18')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: /Next/ }));
    expect(await within(section).findByRole('link', { name: '尹月今' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?members=m2');

    await userEvent.selectOptions(within(section).getByLabelText('Show'), 'all');
    expect(await within(section).findByRole('link', { name: '延昌赫' })).toBeInTheDocument();
    expect(within(section).getByText('Mar 18, 2011')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?posts=all');
  });

  it('shows the partner at the other end of each link and filters links by kind', async () => {
    const { router } = render();
    const section = await screen.findByRole('region', { name: /^Links/ });
    expect(await within(section).findByRole('link', { name: '延吉市林业局' })).toHaveAttribute('href', '/organizations/o7');
    expect(within(section).getByRole('link', { name: '达兴物流' })).toHaveAttribute('href', '/organizations/o8');
    expect(within(section).queryByRole('link', { name: '柳化村党支部' })).not.toBeInTheDocument();
    expect(within(section).getByRole('cell', { name: 'Urban–rural twinning' })).toBeInTheDocument();
    // A twinning opens its own page; other links have none.
    expect(within(section).getByRole('link', { name: 'Urban–rural twinning' })).toHaveAttribute('href', '/twinnings/l1');
    expect(within(section).queryByRole('link', { name: 'Village–enterprise' })).not.toBeInTheDocument();

    await userEvent.selectOptions(within(section).getByLabelText('Kind'), 'MILITARY_CIVILIAN');
    expect(await within(section).findByText('No Military–civilian links')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?linkKind=MILITARY_CIVILIAN');
  });

  it('gives project incomes as a table and draws them as a chart', async () => {
    render();
    const section = await screen.findByRole('region', { name: /^Projects/ });
    const table = await within(section).findByRole('table', { name: 'Projects with their yearly income' });
    expect(within(table).getByRole('columnheader', { name: 'Income 2010' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /梅花鹿养殖项目/ });
    expect(within(row).getByText(/64,200/)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '明虎正' })).toHaveAttribute('href', '/people/p9');
    await waitFor(() => expect(drawn.options.length).toBeGreaterThan(0));
    const option = drawn.options.at(-1) as { xAxis: { data: string[] }; series: Array<{ data: number[] }> };
    expect(option.xAxis.data).toEqual(['2010', '2011']);
    expect(option.series[0].data).toEqual([52600, 64200]);
  });

  it('draws posts and links on a timeline, each bar a link', async () => {
    render();
    const section = await screen.findByRole('region', { name: 'Timeline' });
    const bar = await within(section).findByRole('link', { name: /Secretary: 延昌赫, Dec 26, 1997 – Mar 18, 2011/ });
    expect(bar).toHaveAttribute('href', '/people/p7');
    expect(within(section).getByRole('link', { name: /Urban–rural twinning: 延吉市林业局, May 27, 2015 – now/ })).toHaveAttribute('href', '/organizations/o7');
  });

  it('has no Edit button for whoever may not change the organization', async () => {
    render();
    await screen.findByRole('heading', { level: 1, name: /柳化村党支部/ });
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    await screen.findByRole('link', { name: '金月姬' });
    for (const name of ['Add post', 'Add link', 'Add project', /^End the post/, /^Delete the post/, /^Edit the link/, /^Edit 梅花鹿/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('ends a post where the viewer may edit, then reads the posts and the header again', async () => {
    const end = fixture({ query: EndPositionMutation, variables: { id: 'b', version: 1, endedOn: today() }, data: { updatePosition: { id: 'b', version: 2, endedOn: today() } } });
    const { client } = render(`/organizations/${ID}`, [end], { viewerCanEdit: true });
    const user = userEvent.setup();
    const posts = await screen.findByRole('region', { name: /^Posts/ });
    expect(within(posts).getByRole('button', { name: 'Add post' })).toBeInTheDocument();
    await user.click(await within(posts).findByRole('button', { name: 'End the post of 金月姬' }));
    const dialog = screen.getByRole('dialog', { name: 'End the post of Member held by 金月姬' });
    await user.click(within(dialog).getByRole('button', { name: 'End' }));
    expect(await within(posts).findByText('Post of 金月姬 ended.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const reread = client.operations.filter((o) => o.context.requestPolicy === 'network-only').map((o) => o.query);
    expect(reread).toContain(MembersDoc);
    expect(reread).toContain(OrganizationPageQueryDoc);
  });

  it("shows a link's activities on request", async () => {
    const activities = fixture({
      query: LinkActivitiesQuery,
      variables: { id: 'l1', first: ACTIVITIES_PER_PAGE },
      data: {
        node: {
          __typename: 'Link' as const,
          id: 'l1',
          viewerCanEdit: false,
          activities: { totalCount: 1, pageInfo: firstPage, edges: [{ node: { id: 'a1', version: 1, on: '2024-04-02', kind: 'DONATION' as const, participants: null, amount: 20000, description: '捐赠物资' } }] },
        },
      },
    });
    render(`/organizations/${ID}`, [activities]);
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Activities of the link with 延吉市林业局' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: 'Activities with 延吉市林业局' });
    expect(within(table).getByText('捐赠物资')).toBeInTheDocument();
    expect(within(table).getByText('Donation')).toBeInTheDocument();
  });

  it('edits the organization where the viewer may: saved, the form closes and focus returns to Edit', async () => {
    const update = fixture({
      query: UpdateOrganizationMutation,
      variables: { id: ID, version: 3, input: { name: '柳化村党总支' } },
      data: {
        updateOrganization: {
          id: ID,
          version: 4,
          name: '柳化村党总支',
          nameLatin: 'Liuhua Cun Dangzhibu',
          status: 'ACTIVE' as const,
          foundedOn: '1970-05-30',
          dissolvedOn: null,
          creditCode: '91222401MA0Y1234X5',
          industry: null,
          twinningCapacity: null,
          viewerCanEdit: true,
        },
      },
    });
    const { client } = render(`/organizations/${ID}`, [update], { viewerCanEdit: true });
    const edit = await screen.findByRole('button', { name: 'Edit' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(edit);
    const form = screen.getByRole('region', { name: 'Edit organization' });
    expect(within(form).getByLabelText('Unified social credit code')).toHaveValue('91222401MA0Y1234X5');
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), '柳化村党总支');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes saved.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('region', { name: 'Edit organization' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus());
    expect(client.operations.some((o) => o.kind === 'mutation')).toBe(true);
  });

  it('offers a retry when the organization cannot be loaded', async () => {
    renderRoute({
      path: '/organizations/:id',
      url: '/organizations/x',
      element: <OrganizationPage />,
      fixtures: [fixture({ query: OrganizationPageQueryDoc, variables: { id: 'x' }, error: { message: 'boom' } })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('boom');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
