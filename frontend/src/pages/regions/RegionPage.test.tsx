import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { RegionLevel, RegionRowFragment } from '../../gql/graphql';
import RegionPage, { RegionPageQueryDoc, RegionRootsQuery } from './RegionPage';
import { RegionChildrenQuery } from './RegionTree';
import { VillageCommitteesQuery, VillageOrganizationsQuery, VillageProjectsQuery, sortOneX } from './VillagePanel';
import { RegionVenuesQuery } from './Venues';
import { LATEST_COURSES } from './RegionTraining';
import { TrainingCoursesQuery } from '../training/queries';

// Builders: every region row the tree shows, with figures a test can override.
function row(id: string, name: string, level: RegionLevel, over: Partial<RegionRowFragment> = {}): RegionRowFragment {
  return {
    id,
    name,
    nameLatin: null,
    level,
    code: `2224${id.padStart(8, '0')}`,
    border: false,
    backward: false,
    difficult: false,
    population: 1000,
    stats: { organizations: 7, partyMembers: 30, links: 2 },
    children: { totalCount: 0 },
    ...over,
  };
}

const pageInfo = (more = false, cursor: string | null = null) => ({
  hasNextPage: more,
  hasPreviousPage: false,
  startCursor: cursor,
  endCursor: cursor,
});

function conn<N>(nodes: N[], total = nodes.length, more = false) {
  return { totalCount: total, pageInfo: pageInfo(more, more ? 'next-cursor' : null), edges: nodes.map((node) => ({ node })) };
}

const province = row('1', '吉林省', 'PROVINCE', { children: { totalCount: 1 } });
const city = row('2', '延边朝鲜族自治州', 'CITY', { nameLatin: 'Yanbian', children: { totalCount: 8 } });
const county = {
  __typename: 'Region' as const,
  id: '3',
  name: '延吉市',
  nameLatin: 'Yanji Shi',
  level: 'COUNTY' as const,
  code: '222401000000',
  border: true,
  backward: false,
  difficult: false,
  households: 58059,
  population: 154481,
  collectiveIncome: null,
  leadingIndustry: null,
  ancestors: [
    { id: '1', name: '吉林省', nameLatin: 'Jilin Sheng' },
    { id: '2', name: '延边朝鲜族自治州', nameLatin: null },
  ],
  stats: { organizations: 484, partyMembers: 1321, links: 69 },
  children: { totalCount: 2 },
};
const township = row('10', '义福镇', 'TOWNSHIP', { nameLatin: 'Yifu Zhen', children: { totalCount: 2 }, stats: { organizations: 163, partyMembers: 433, links: 32 } });
const other = row('11', '四道河街道', 'TOWNSHIP', { children: { totalCount: 4 } });

const countyFixtures = [
  fixture({ query: RegionPageQueryDoc, variables: { id: '3' }, data: { node: county } }),
  fixture({
    query: TrainingCoursesQuery,
    variables: { where: { inRegion: '3' }, first: LATEST_COURSES },
    data: {
      trainingCourses: conn([
        {
          id: 'tc1',
          title: '2024年村干部岗位能力轮训',
          kind: 'ROTATION' as const,
          organizerLevel: 'COUNTY' as const,
          startsOn: '2024-03-04',
          endsOn: '2024-03-08',
          days: 5,
          capacity: null,
          region: { id: '3', name: '延吉市', nameLatin: null },
          attendances: { totalCount: 48 },
        },
      ], 7),
    },
  }),
  fixture({
    query: RegionChildrenQuery,
    variables: { id: '3', first: 50 },
    data: { node: { __typename: 'Region' as const, id: '3', children: conn([township, other]) } },
  }),
  fixture({
    query: RegionChildrenQuery,
    variables: { id: '10', first: 50 },
    data: {
      node: {
        __typename: 'Region' as const,
        id: '10',
        children: conn([row('100', '柳化村', 'VILLAGE', { backward: true, difficult: true }), row('101', '马明社区', 'COMMUNITY')]),
      },
    },
  }),
];

describe('RegionPage', () => {
  it('shows the root region expanded one level at /regions', async () => {
    const { router } = renderRoute({
      path: '/regions',
      url: '/regions',
      element: <RegionPage />,
      fixtures: [
        fixture({ query: RegionRootsQuery, variables: { first: 50 }, data: { regions: conn([province]) } }),
        fixture({
          query: RegionChildrenQuery,
          variables: { id: '1', first: 50 },
          data: { node: { __typename: 'Region' as const, id: '1', children: conn([city]) } },
        }),
      ],
    });
    expect(await screen.findByRole('link', { name: '延边朝鲜族自治州' })).toHaveAttribute('href', '/regions/2');
    const toggle = screen.getByRole('button', { name: /Collapse 吉林省/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.queryByRole('link', { name: '延边朝鲜族自治州' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Expand 吉林省/ })).toHaveAttribute('aria-expanded', 'false');
    expect(router.state.location.search).toBe('?open=');
  });

  it('shows breadcrumbs, figures and subtree counts of a region', async () => {
    renderRoute({ path: '/regions/:id', url: '/regions/3', element: <RegionPage />, fixtures: countyFixtures });
    expect(await screen.findByRole('heading', { level: 1, name: /延吉市/ })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: '吉林省' })).toHaveAttribute('href', '/regions/1');
    expect(within(crumbs).getByRole('link', { name: '延边朝鲜族自治州' })).toHaveAttribute('href', '/regions/2');
    expect(within(crumbs).getByText('延吉市')).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByText('County').length).toBeGreaterThan(0);
    expect(screen.getByText('Border')).toBeInTheDocument();
    expect(screen.getByText('154,481')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Twinning board' })).toHaveAttribute('href', '/regions/3/twinning');
    const training = screen.getByRole('region', { name: /^Training courses/ });
    expect(await within(training).findByRole('link', { name: '2024年村干部岗位能力轮训' })).toHaveAttribute('href', '/training/tc1');
    expect(within(training).getByRole('link', { name: 'All courses' })).toHaveAttribute('href', '/regions/3/training');
    expect(within(training).getByRole('heading')).toHaveTextContent('7');
    expect(screen.getByText('1,321')).toBeInTheDocument();
    // The children with their own subtree counts.
    const tree = await screen.findByRole('table', { name: 'Regions under 延吉市' });
    const yifu = within(tree).getByRole('row', { name: /义福镇/ });
    expect(within(yifu).getByText('163')).toBeInTheDocument();
    expect(within(yifu).getByText('433')).toBeInTheDocument();
  });

  it('expands a township in place, by click and by keyboard, keeping it in the URL', async () => {
    const { router } = renderRoute({ path: '/regions/:id', url: '/regions/3', element: <RegionPage />, fixtures: countyFixtures });
    const expand = await screen.findByRole('button', { name: 'Expand 义福镇 (2 sub-regions)' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(expand);
    expect(await screen.findByRole('link', { name: '柳化村' })).toHaveAttribute('href', '/regions/100');
    expect(screen.getByRole('link', { name: '马明社区' })).toBeInTheDocument();
    expect(screen.getByText('Relatively backward')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/regions/3');
    expect(new URLSearchParams(router.state.location.search).get('open')).toBe('10');

    const collapse = screen.getByRole('button', { name: 'Collapse 义福镇' });
    collapse.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.queryByRole('link', { name: '柳化村' })).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(await screen.findByRole('link', { name: '柳化村' })).toBeInTheDocument();
  });

  it('opens with the regions the URL says are expanded', async () => {
    renderRoute({ path: '/regions/:id', url: '/regions/3?open=10', element: <RegionPage />, fixtures: countyFixtures });
    expect(await screen.findByRole('link', { name: '柳化村' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Collapse 义福镇' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('pages through children with the cursor in the URL', async () => {
    const many = Array.from({ length: 50 }, (_, i) => row(`2${i}`, `村${i}`, 'VILLAGE'));
    const { router } = renderRoute({
      path: '/regions/:id',
      url: '/regions/3',
      element: <RegionPage />,
      fixtures: [
        fixture({ query: RegionPageQueryDoc, variables: { id: '3' }, data: { node: { ...county, children: { totalCount: 51 } } } }),
        fixture({
          query: RegionChildrenQuery,
          variables: { id: '3', first: 50 },
          data: { node: { __typename: 'Region' as const, id: '3', children: conn(many, 51, true) } },
        }),
        fixture({
          query: RegionChildrenQuery,
          variables: { id: '3', first: 50, after: 'next-cursor' },
          data: {
            node: {
              __typename: 'Region' as const,
              id: '3',
              children: { totalCount: 51, pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: 'c50', endCursor: 'c50' }, edges: [{ node: row('99', '最后村', 'VILLAGE') }] },
            },
          },
        }),
      ],
    });
    expect(await screen.findByText('50 of 51')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByRole('link', { name: '最后村' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?children=next-cursor');
  });

  it('shows a village with its two committees, 1+X organizations and projects', async () => {
    const village = { ...county, id: '100', name: '柳化村', nameLatin: 'Liuhua Cun', level: 'VILLAGE' as const, border: false, backward: true, collectiveIncome: 42400, leadingIndustry: '特种养殖' };
    const leader = (id: string, role: 'SECRETARY' | 'DIRECTOR', name: string) => ({ id, role, startedOn: '2021-05-19', person: { id: `p${id}`, name, nameLatin: null } });
    renderRoute({
      path: '/regions/:id',
      url: '/regions/100',
      element: <RegionPage />,
      fixtures: [
        fixture({ query: RegionPageQueryDoc, variables: { id: '100' }, data: { node: village } }),
        fixture({
          query: RegionVenuesQuery,
          variables: { id: '100' },
          data: { node: { __typename: 'Region' as const, id: '100', venues: [{ id: 'v1', version: 1, name: '柳化村党群服务中心', builtOn: null, area: 320, condition: 'GOOD' as const, functions: null }] } },
        }),
        fixture({
          query: VillageCommitteesQuery,
          variables: { id: '100' },
          data: {
            node: {
              __typename: 'Region' as const,
              id: '100',
              organizations: {
                edges: [
                  { node: { id: 'o2', name: '柳化村村民委员会', nameLatin: null, kind: 'VILLAGERS_COMMITTEE' as const, currentLeaders: [leader('2', 'DIRECTOR', '金仁香')] } },
                  { node: { id: 'o1', name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH' as const, currentLeaders: [leader('1', 'SECRETARY', '全哲植')] } },
                ],
              },
            },
          },
        }),
        fixture({
          query: VillageOrganizationsQuery,
          variables: { id: '100', first: 20 },
          data: {
            node: {
              __typename: 'Region' as const,
              id: '100',
              organizations: conn([
                { id: 'o9', name: '延吉柳化梅花鹿养殖专业合作社', nameLatin: null, kind: 'COOPERATIVE' as const, setting: null, status: 'ACTIVE' as const, foundedOn: '2011-04-04', memberCount: 1 },
                { id: 'o2', name: '柳化村村民委员会', nameLatin: null, kind: 'VILLAGERS_COMMITTEE' as const, setting: null, status: 'ACTIVE' as const, foundedOn: null, memberCount: 4 },
                { id: 'o1', name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH' as const, setting: 'VILLAGE' as const, status: 'ACTIVE' as const, foundedOn: '1970-05-30', memberCount: 14 },
              ]),
            },
          },
        }),
        fixture({
          query: VillageProjectsQuery,
          variables: { id: '100', first: 20 },
          data: {
            node: {
              __typename: 'Region' as const,
              id: '100',
              projects: conn([
                {
                  id: 'pr1',
                  viewerCanEdit: false,
                  name: '柳化村梅花鹿养殖项目',
                  kind: 'BREEDING' as const,
                  status: 'ACCEPTED' as const,
                  startedOn: '2009-09-12',
                  organization: { id: 'o1', name: '柳化村党支部', nameLatin: null },
                  leader: { id: 'p9', name: '明虎正', nameLatin: null },
                  incomes: [
                    { year: 2010, income: 52600 },
                    { year: 2011, income: 64200 },
                  ],
                },
              ]),
            },
          },
        }),
      ],
    });
    const committees = await screen.findByRole('region', { name: 'The two village committees' });
    expect(within(committees).getByRole('link', { name: '全哲植' })).toHaveAttribute('href', '/people/p1');
    expect(within(committees).getByRole('link', { name: '金仁香' })).toHaveAttribute('href', '/people/p2');
    // The party organization leads both the committees and the 1+X list.
    expect(within(committees).getAllByRole('link')[0]).toHaveTextContent('柳化村党支部');
    const orgs = await screen.findByRole('region', { name: /Organizations \(1\+X\)/ });
    const names = within(orgs)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('link')[0].textContent);
    expect(names).toEqual(['柳化村党支部', '柳化村村民委员会', '延吉柳化梅花鹿养殖专业合作社']);
    const projects = await screen.findByRole('region', { name: /Projects/ });
    expect(within(projects).getByText('柳化村梅花鹿养殖项目')).toBeInTheDocument();
    expect(within(projects).getByText('Accepted')).toBeInTheDocument();
    expect(within(projects).getByText('in 2011')).toBeInTheDocument();
    expect(within(projects).getByRole('link', { name: '明虎正' })).toHaveAttribute('href', '/people/p9');
    expect(screen.queryByRole('table', { name: /Regions under/ })).not.toBeInTheDocument();
    const venues = await screen.findByRole('region', { name: /Activity venues/ });
    expect(within(venues).getByRole('rowheader', { name: '柳化村党群服务中心' })).toBeInTheDocument();
    // Villages run no courses.
    expect(screen.queryByRole('region', { name: /^Training courses/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Twinning board' })).not.toBeInTheDocument();
  });

  it('offers a retry when the region cannot be loaded', async () => {
    renderRoute({
      path: '/regions/:id',
      url: '/regions/3',
      element: <RegionPage />,
      fixtures: [fixture({ query: RegionPageQueryDoc, variables: { id: '3' }, error: { message: 'region not found', code: 'NOT_FOUND' } })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/Not found/);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says so when the id belongs to something that is not a region', async () => {
    renderRoute({
      path: '/regions/:id',
      url: '/regions/9',
      element: <RegionPage />,
      fixtures: [fixture({ query: RegionPageQueryDoc, variables: { id: '9' }, data: { node: { __typename: 'Person' as const } } })],
    });
    expect(await screen.findByText('No such region')).toBeInTheDocument();
  });
});

describe('sortOneX', () => {
  it('puts the village party organization first, then the committee, then the X', () => {
    const sorted = sortOneX([
      { kind: 'COOPERATIVE' as const, setting: null },
      { kind: 'PARTY_BRANCH' as const, setting: 'COOPERATIVE' as const },
      { kind: 'MILITIA' as const, setting: null },
      { kind: 'VILLAGERS_COMMITTEE' as const, setting: null },
      { kind: 'PARTY_BRANCH' as const, setting: 'VILLAGE' as const },
    ]);
    expect(sorted.map((o) => `${o.kind}/${o.setting ?? ''}`)).toEqual([
      'PARTY_BRANCH/VILLAGE',
      'PARTY_BRANCH/COOPERATIVE',
      'VILLAGERS_COMMITTEE/',
      'MILITIA/',
      'COOPERATIVE/',
    ]);
  });
});
