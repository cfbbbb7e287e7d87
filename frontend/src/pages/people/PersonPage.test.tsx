import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { today } from '../../lib/format';
import type { PersonPageQuery } from '../../gql/graphql';
import PersonPage, { PersonPageQueryDoc, ageOn } from './PersonPage';
import { PersonPastPostsQuery } from './PersonPosts';
import { PersonTimelineQuery } from './PersonTimeline';
import { PersonProjectsQuery } from './PersonProjects';
import { TIMELINE_LIMIT } from '../../components/Timeline';
import { ATTENDED_MAX, PersonTrainingQuery } from './PersonTraining';
import { SubjectAppraisalsQuery } from '../../components/records/Appraisals';
import { SubjectCommendationsQuery } from '../../components/records/Commendations';

type PersonNode = Extract<NonNullable<PersonPageQuery['node']>, { __typename: 'Person' }>;

const ID = 'p1';
const onePage = { hasNextPage: false, hasPreviousPage: false, startCursor: null as string | null, endCursor: null as string | null };
const branch = { id: 'o1', name: '柳化村党支部', nameLatin: 'Liuhua Cun Dangzhibu', kind: 'PARTY_BRANCH' as const };
const economy = { id: 'o2', name: '柳化村股份经济合作社', nameLatin: null, kind: 'COLLECTIVE_ECONOMY' as const };

function person(over: Partial<PersonNode> = {}): PersonNode {
  return {
    __typename: 'Person',
    id: ID,
    version: 2,
    name: '全哲植',
    nameLatin: 'Quan Zhezhi',
    viewerCanEdit: false,
    gender: 'MALE',
    birthDate: '1969-08-01',
    birthYear: 1969,
    ethnicity: '朝鲜族',
    education: 'SENIOR_HIGH',
    politicalStatus: 'MEMBER',
    joinedPartyOn: '1998-06-04',
    backgrounds: ['VILLAGE_CADRE', 'VETERAN'],
    skills: ['畜禽养殖'],
    migrant: false,
    currentLocation: '',
    endowmentInsuredSince: '2014-06-25',
    idNumber: '222401********0013',
    phone: '*******3391',
    homeRegion: { id: 'r5', name: '柳化村', nameLatin: 'Liuhua Cun', ancestors: [{ id: 'r1', name: '吉林省', nameLatin: null }] },
    currentPositions: [
      // Listed member post first to check the secretary post is put ahead of it.
      { id: 's3', role: 'MEMBER', startedOn: '1998-06-04', endedOn: null, selectionMethod: null, basicRemuneration: null, organization: { ...branch, region: { id: 'r5', name: '柳化村', nameLatin: null } } },
      { id: 's1', role: 'SECRETARY', startedOn: '2021-05-19', endedOn: null, selectionMethod: 'TWO_RECOMMENDATIONS_ONE_ELECTION', basicRemuneration: 30900, organization: { ...branch, region: { id: 'r5', name: '柳化村', nameLatin: null } } },
    ],
    ...over,
  };
}

function fixtures(over: Partial<PersonNode> = {}): Fixture<unknown, any>[] {
  return [
    fixture({
      query: PersonTrainingQuery,
      variables: { id: ID, last: ATTENDED_MAX },
      data: {
        node: {
          __typename: 'Person' as const,
          id: ID,
          attendances: {
            totalCount: 1,
            edges: [{ node: { id: 'ta1', days: 5, completed: true, course: { id: 'tc1', title: '2024年村干部岗位能力轮训', kind: 'ROTATION' as const, startsOn: '2024-03-04', days: 5, region: { id: 'r4', name: '义福镇', nameLatin: null } } } }],
          },
        },
      },
    }),
    fixture({
      query: SubjectAppraisalsQuery,
      variables: { id: ID },
      data: { node: { __typename: 'Person' as const, id: ID, appraisals: [{ id: 'ap1', version: 1, year: 2024, kind: 'PERFORMANCE_REVIEW' as const, rating: 'GOOD' as const, note: null }] } },
    }),
    fixture({ query: SubjectCommendationsQuery, variables: { id: ID }, data: { node: { __typename: 'Person' as const, id: ID, commendations: [] } } }),
    fixture({ query: PersonPageQueryDoc, variables: { id: ID }, data: { node: person(over) } }),
    fixture({
      query: PersonPastPostsQuery,
      variables: { id: ID, on: today(), first: 20 },
      data: {
        node: {
          __typename: 'Person' as const,
          id: ID,
          positions: {
            totalCount: 21,
            pageInfo: { ...onePage, hasNextPage: true, endCursor: 'x1' },
            edges: [{ node: { id: 's9', role: 'DIRECTOR' as const, startedOn: '2011-01-01', endedOn: '2014-02-03', selectionMethod: 'DIRECT_ELECTION' as const, organization: economy } }],
          },
        },
      },
    }),
    fixture({
      query: PersonPastPostsQuery,
      variables: { id: ID, on: today(), first: 20, after: 'x1' },
      data: {
        node: {
          __typename: 'Person' as const,
          id: ID,
          positions: {
            totalCount: 21,
            pageInfo: { ...onePage, hasPreviousPage: true, startCursor: 'x2', endCursor: 'x2' },
            edges: [{ node: { id: 's8', role: 'ASSISTANT' as const, startedOn: '2001-01-01', endedOn: '2003-02-03', selectionMethod: null, organization: economy } }],
          },
        },
      },
    }),
    fixture({
      query: PersonTimelineQuery,
      variables: { id: ID, limit: TIMELINE_LIMIT },
      data: {
        node: {
          __typename: 'Person' as const,
          id: ID,
          positions: {
            totalCount: 2,
            edges: [
              { node: { id: 's3', role: 'MEMBER' as const, startedOn: '1998-06-04', endedOn: null, organization: { id: 'o1', name: '柳化村党支部' } } },
              { node: { id: 's9', role: 'DIRECTOR' as const, startedOn: '2011-01-01', endedOn: '2014-02-03', organization: { id: 'o2', name: '柳化村股份经济合作社' } } },
            ],
          },
        },
      },
    }),
    fixture({
      query: PersonProjectsQuery,
      variables: { id: ID, first: 20 },
      data: {
        node: {
          __typename: 'Person' as const,
          id: ID,
          ledProjects: {
            totalCount: 1,
            pageInfo: onePage,
            edges: [
              {
                node: {
                  id: 'pr1',
                  name: '梅花鹿养殖项目',
                  kind: 'BREEDING' as const,
                  status: 'UNDERWAY' as const,
                  startedOn: '2009-09-12',
                  organization: { id: 'o1', name: '柳化村党支部', nameLatin: null },
                  region: { id: 'r5', name: '柳化村', nameLatin: null },
                  incomes: [
                    { year: 2011, income: 64200 },
                    { year: 2009, income: 48300 },
                  ],
                },
              },
            ],
          },
        },
      },
    }),
  ];
}

const render = (over: Partial<PersonNode> = {}, url = `/people/${ID}`) =>
  renderRoute({ path: '/people/:id', url, element: <PersonPage />, fixtures: fixtures(over) });

describe('PersonPage', () => {
  it('shows the training attended, the appraisals and the commendations, with forms where the viewer may edit the person', async () => {
    const { unmount } = render();
    const training = await screen.findByRole('region', { name: /^Training/ });
    expect(await within(training).findByRole('link', { name: '2024年村干部岗位能力轮训' })).toHaveAttribute('href', '/training/tc1');
    const appraisals = screen.getByRole('region', { name: /^Appraisals/ });
    expect(await within(appraisals).findByText('Performance review')).toBeInTheDocument();
    expect(await screen.findByText('No commendations recorded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add appraisal' })).not.toBeInTheDocument();
    unmount();
    render({ viewerCanEdit: true });
    expect(await screen.findByRole('button', { name: 'Add appraisal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add commendation' })).toBeInTheDocument();
  });

  it('shows the personal details, with the masked numbers exactly as given', async () => {
    render();
    expect(await screen.findByRole('heading', { level: 1, name: /全哲植/ })).toHaveTextContent('Quan Zhezhi');
    const details = screen.getByRole('region', { name: 'Personal details' });
    expect(within(details).getByText('Male')).toBeInTheDocument();
    expect(within(details).getByText(/Aug 1, 1969/)).toBeInTheDocument();
    expect(within(details).getByText('Senior high school')).toBeInTheDocument();
    expect(within(details).getByText('Jun 4, 1998')).toBeInTheDocument();
    expect(within(details).getByText('Village cadre')).toBeInTheDocument();
    expect(within(details).getByText('Veteran')).toBeInTheDocument();
    expect(within(details).getByText('畜禽养殖')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: '柳化村' })).toHaveAttribute('href', '/regions/r5');
    expect(within(details).getByText('Resident ID (masked)')).toBeInTheDocument();
    expect(within(details).getByText('222401********0013')).toBeInTheDocument();
    expect(within(details).getByText('Phone (masked)')).toBeInTheDocument();
    expect(within(details).getByText('*******3391')).toBeInTheDocument();
    expect(within(details).getAllByText('masked')).toHaveLength(2);
    const crumbs = screen.getByRole('navigation', { name: 'Home region' });
    expect(within(crumbs).getByRole('link', { name: '吉林省' })).toHaveAttribute('href', '/regions/r1');
  });

  it('gives only the year of birth when the date is withheld', async () => {
    render({ birthDate: null, birthYear: 1969 });
    const details = await screen.findByRole('region', { name: 'Personal details' });
    expect(within(details).getByText('in 1969')).toBeInTheDocument();
    expect(within(details).queryByText(/years old/)).not.toBeInTheDocument();
  });

  it('shows the numbers in full, unmarked, to whoever may edit the person', async () => {
    render({ viewerCanEdit: true, idNumber: '222401196908010013', phone: '13943373391' });
    const details = await screen.findByRole('region', { name: 'Personal details' });
    expect(within(details).getByText('Resident ID')).toBeInTheDocument();
    expect(within(details).getByText('222401196908010013')).toBeInTheDocument();
    expect(within(details).queryByText('masked')).not.toBeInTheDocument();
  });

  it('says where a migrant is now', async () => {
    render({ migrant: true, currentLocation: '北京市' });
    expect(await screen.findByText('Yes, now in 北京市')).toBeInTheDocument();
    expect(screen.getByText('Works away from home')).toBeInTheDocument();
  });

  it('lists current posts first, leading posts on top, then earlier posts a page at a time', async () => {
    const { router } = render();
    const posts = await screen.findByRole('region', { name: 'Posts' });
    const current = within(posts).getByRole('table', { name: 'Current posts' });
    const roles = within(current)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(roles).toEqual(['Secretary', 'Member']);
    expect(within(current).getByText('Two recommendations, one election')).toBeInTheDocument();

    const earlier = await within(posts).findByRole('table', { name: 'Earlier posts' });
    expect(within(earlier).getByRole('link', { name: '柳化村股份经济合作社' })).toHaveAttribute('href', '/organizations/o2');
    expect(within(earlier).getByText('Feb 3, 2014')).toBeInTheDocument();
    await userEvent.click(within(posts).getByRole('button', { name: /Next/ }));
    expect(await within(posts).findByText('Assistant')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?posts=x1');
  });

  it('draws the posts on a timeline, one band per organization', async () => {
    render();
    const section = await screen.findByRole('region', { name: 'Posts over time' });
    expect(await within(section).findByRole('link', { name: /柳化村党支部: Member, Jun 4, 1998 – now/ })).toHaveAttribute('href', '/organizations/o1');
    expect(within(section).getByRole('link', { name: /柳化村股份经济合作社: Director, Jan 1, 2011 – Feb 3, 2014/ })).toBeInTheDocument();
  });

  it('lists the projects the person leads, with status and organization', async () => {
    render();
    const section = await screen.findByRole('region', { name: /Projects led/ });
    const row = await within(section).findByRole('row', { name: /梅花鹿养殖项目/ });
    expect(within(row).getByText('Underway')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '柳化村党支部' })).toHaveAttribute('href', '/organizations/o1');
    expect(within(row).getByText('in 2011')).toBeInTheDocument();
  });

  it('explains an empty list of current posts', async () => {
    render({ currentPositions: [] });
    expect(await screen.findByText('No current post')).toBeInTheDocument();
  });

  it('says so when the id is not a person', async () => {
    renderRoute({
      path: '/people/:id',
      url: '/people/o1',
      element: <PersonPage />,
      fixtures: [fixture({ query: PersonPageQueryDoc, variables: { id: 'o1' }, data: { node: { __typename: 'Organization' as const } } })],
    });
    expect(await screen.findByText('No such person')).toBeInTheDocument();
  });
});

describe('person helpers', () => {
  it('counts age in whole years', () => {
    expect(ageOn('1969-08-01', '2026-07-31')).toBe(56);
    expect(ageOn('1969-08-01', '2026-08-01')).toBe(57);
  });
});
