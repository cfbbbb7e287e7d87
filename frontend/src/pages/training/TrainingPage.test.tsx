import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import type { RegionLevel, TrainingCourseWhereInput, TrainingCoursesQuery as CoursesData } from '../../gql/graphql';
import { viewerFixture } from '../admin/testViewers';
import TrainingPage, { TrainingRegionQueryDoc } from './TrainingPage';
import { COURSES_PAGE, TrainingCoursesQuery, courseWhere, filterYears } from './queries';
import { CreateTrainingCourseMutation } from './CourseForms';

type Course = NonNullable<NonNullable<NonNullable<CoursesData['trainingCourses']['edges']>[number]>['node']>;

const township = { id: 'r4', name: '桃文街道', nameLatin: null, level: 'TOWNSHIP' as RegionLevel, ancestors: [{ id: 'r1', name: '吉林省', nameLatin: null }, { id: 'r2', name: '珲春市', nameLatin: null }] };
const village = { id: 'r5', name: '柳化村', nameLatin: null, level: 'VILLAGE' as RegionLevel, ancestors: [...township.ancestors, { id: 'r4', name: '桃文街道', nameLatin: null }] };

const course = (id: string, title: string, startsOn: string, over: Partial<Course> = {}): Course => ({
  id,
  title,
  kind: 'ROTATION',
  organizerLevel: 'TOWNSHIP',
  startsOn,
  endsOn: startsOn,
  days: 1,
  capacity: null,
  region: { id: 'r4', name: '桃文街道', nameLatin: null },
  attendances: { totalCount: 12 },
  ...over,
});
const rotation = course('tc1', '2024年村干部岗位能力轮训', '2024-03-04', { endsOn: '2024-03-08', days: 5, capacity: 60 });
const technique = course('tc2', '木耳栽培实用技术', '2023-06-01', { kind: 'PRACTICAL_TECHNICAL', region: { id: 'r6', name: '英安镇', nameLatin: null }, attendances: { totalCount: 30 } });

const courses = (where: TrainingCourseWhereInput, list: Course[]) =>
  fixture({
    query: TrainingCoursesQuery,
    variables: { where, first: COURSES_PAGE },
    data: { trainingCourses: { totalCount: list.length, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: list.map((node) => ({ node })) } },
  });

function render(region: typeof township, extra: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'COORDINATOR', url = `/regions/${region.id}/training`) {
  const utils = renderRoute({
    path: '/regions/:id/training',
    url,
    element: <TrainingPage />,
    fixtures: [viewerFixture(role), fixture({ query: TrainingRegionQueryDoc, variables: { id: region.id }, data: { node: { __typename: 'Region' as const, ...region } } }), ...extra],
    extra: [{ path: '/training/:id', element: <p>the course page</p> }],
  });
  return { ...utils, user: userEvent.setup() };
}

describe('TrainingPage', () => {
  it('lists the courses run in the region and below, the latest first', async () => {
    render(township, [courses({ inRegion: 'r4' }, [rotation, technique])], 'VIEWER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Training courses of 桃文街道' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: '桃文街道' })).toHaveAttribute('href', '/regions/r4');
    expect(within(crumbs).getByText('Training')).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Training courses of 桃文街道, the latest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: '2024年村干部岗位能力轮训' })).toHaveAttribute('href', '/training/tc1');
    expect(rows[0]).toHaveTextContent('Rotation training');
    expect(rows[0]).toHaveTextContent('Mar 4, 2024 – Mar 8, 2024');
    expect(rows[0]).toHaveTextContent('12 of 60');
    expect(within(rows[1]).getByRole('link', { name: '英安镇' })).toHaveAttribute('href', '/regions/r6');
    expect(rows[1]).toHaveTextContent('30');
    // A viewer adds nothing.
    expect(screen.queryByRole('button', { name: 'Add course' })).not.toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '桃文街道的培训班' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('实用技术培训');
    await switchLanguage('en');
  });

  it('filters by year and kind, keeping them in the URL', async () => {
    const year = filterYears()[2];
    const { user, router } = render(township, [
      courses({ inRegion: 'r4' }, [rotation, technique]),
      courses(courseWhere('r4', year), [rotation]),
      courses(courseWhere('r4', year, 'PRACTICAL_TECHNICAL'), []),
    ]);
    await screen.findByRole('link', { name: '木耳栽培实用技术' });
    const filters = screen.getByRole('group', { name: 'Filter the courses' });
    await user.selectOptions(within(filters).getByLabelText('Year'), year);
    await waitFor(() => expect(screen.queryByRole('link', { name: '木耳栽培实用技术' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe(`?year=${year}`);
    await user.selectOptions(within(filters).getByLabelText('Kind'), 'PRACTICAL_TECHNICAL');
    expect(await screen.findByText('No courses match')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?year=${year}&kind=PRACTICAL_TECHNICAL`);
    expect(courseWhere('r4', '2023', 'ACADEMIC')).toEqual({ inRegion: 'r4', kind: 'ACADEMIC', startsOnGTE: '2023-01-01', startsOnLTE: '2023-12-31' });
  });

  it('reads the filters from the URL', async () => {
    const year = filterYears()[1];
    render(township, [courses(courseWhere('r4', year, 'ROTATION'), [rotation])], 'VIEWER', `/regions/r4/training?year=${year}&kind=ROTATION`);
    await screen.findByRole('link', { name: '2024年村干部岗位能力轮训' });
    expect(screen.getByLabelText('Year')).toHaveValue(year);
    expect(screen.getByLabelText('Kind')).toHaveValue('ROTATION');
  });

  it('adds a course run by the region at its level, then opens it', async () => {
    const input = { title: '2025年村干部岗位能力轮训', kind: 'ROTATION', startsOn: '2025-03-03', endsOn: '2025-03-07', days: 5, capacity: 80, regionID: 'r4', organizerLevel: 'TOWNSHIP' } as const;
    const { user, router, client } = render(township, [
      courses({ inRegion: 'r4' }, []),
      fixture({ query: CreateTrainingCourseMutation, variables: { input }, data: { createTrainingCourse: { id: 'tc9', version: 1, title: input.title } } }),
    ]);
    expect(await screen.findByText('No training courses recorded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add course' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a course run by 桃文街道' });
    // Required fields are asked for before anything is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Add course' }));
    expect(within(dialog).getByLabelText(/^Course/)).toHaveAccessibleDescription('Fill this in.');
    await user.type(within(dialog).getByLabelText(/^Course/), input.title);
    await user.type(within(dialog).getByLabelText('Places', { exact: false }), '80');
    await user.type(within(dialog).getByLabelText(/^First day/), '2025-03-03');
    await user.type(within(dialog).getByLabelText(/^Last day/), '2025-03-07');
    await user.type(within(dialog).getByLabelText(/^Training days/), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Add course' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/training/tc9'));
    expect(client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables)).toEqual([{ input }]);
  });

  it('offers no new course in a village, whose committee runs none', async () => {
    render(village, [courses({ inRegion: 'r5' }, [])]);
    expect(await screen.findByText(/none are run by 柳化村 itself/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The courses of 桃文街道' })).toHaveAttribute('href', '/regions/r4/training');
    expect(screen.queryByRole('button', { name: 'Add course' })).not.toBeInTheDocument();
  });

  it('says which course was deleted when its page sends the viewer back here', async () => {
    const { router } = render(township, [courses({ inRegion: 'r4' }, [])], 'COORDINATOR');
    await router.navigate('/regions/r4/training', { state: { deleted: '旧培训班' } });
    expect(await screen.findByText('Course 旧培训班 deleted.')).toBeInTheDocument();
  });
});
