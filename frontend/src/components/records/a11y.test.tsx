import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { violations } from '../../test/axe';
import { viewerFixture } from '../../pages/admin/testViewers';
import { RegionVenuesQuery, Venues } from '../../pages/regions/Venues';
import TrainingPage, { TrainingRegionQueryDoc } from '../../pages/training/TrainingPage';
import { COURSES_PAGE, TrainingCoursesQuery } from '../../pages/training/queries';
import CoursePage, { ATTENDANCE_PAGE, CourseAttendanceQuery, CoursePageQueryDoc } from '../../pages/training/CoursePage';
import { UpdateTrainingAttendanceMutation } from '../../pages/training/AttendanceForms';
import { ATTENDED_MAX, PersonTraining, PersonTrainingQuery } from '../../pages/people/PersonTraining';
import RuralIncomePage, { RURAL_INCOME_PAGE, RuralIncomesQuery } from '../../pages/admin/RuralIncomePage';
import { Appraisals, SubjectAppraisalsQuery } from './Appraisals';
import { Commendations, SubjectCommendationsQuery } from './Commendations';

const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
const township = { id: 'r4', name: '桃文街道', nameLatin: null, ancestors: [{ id: 'r1', name: '吉林省', nameLatin: null }] };
const course = {
  id: 'tc1',
  title: '2024年村干部岗位能力轮训',
  kind: 'ROTATION' as const,
  organizerLevel: 'TOWNSHIP' as const,
  startsOn: '2024-03-04',
  endsOn: '2024-03-08',
  days: 5,
  capacity: 60,
};

describe('venues, training, appraisals, commendations and rural income (axe)', () => {
  it('a village’s venues, with the add form open', async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <Venues id="r5" name="柳化村" path={['r1', 'r4']} />,
      fixtures: [
        viewerFixture('COORDINATOR'),
        fixture({
          query: RegionVenuesQuery,
          variables: { id: 'r5' },
          data: { node: { __typename: 'Region' as const, id: 'r5', venues: [{ id: 'v1', version: 1, name: '党群服务中心', builtOn: '2016-05-01', area: 320, condition: 'GOOD' as const, functions: ['党员会议'] }] } },
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add venue' }));
    expect(await violations()).toEqual([]);
  });

  it('a region’s courses with their filters, and the new course form', async () => {
    renderRoute({
      path: '/regions/:id/training',
      url: '/regions/r4/training',
      element: <TrainingPage />,
      fixtures: [
        viewerFixture('COORDINATOR'),
        fixture({ query: TrainingRegionQueryDoc, variables: { id: 'r4' }, data: { node: { __typename: 'Region' as const, id: 'r4', name: '桃文街道', nameLatin: null, level: 'TOWNSHIP' as const, ancestors: township.ancestors } } }),
        fixture({
          query: TrainingCoursesQuery,
          variables: { where: { inRegion: 'r4' }, first: COURSES_PAGE },
          data: { trainingCourses: { totalCount: 1, pageInfo, edges: [{ node: { ...course, region: { id: 'r4', name: '桃文街道', nameLatin: null }, attendances: { totalCount: 3 } } }] } },
        }),
      ],
    });
    await screen.findByRole('link', { name: course.title });
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Add course' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add course' }));
    expect(await violations()).toEqual([]);
  });

  it('a course with its attendance, and a refused number of days', async () => {
    renderRoute({
      path: '/training/:id',
      url: '/training/tc1',
      element: <CoursePage />,
      fixtures: [
        viewerFixture('ADMIN'),
        fixture({ query: CoursePageQueryDoc, variables: { id: 'tc1' }, data: { node: { __typename: 'TrainingCourse' as const, id: course.id, version: 1, title: course.title, kind: course.kind, organizerLevel: course.organizerLevel, startsOn: course.startsOn, endsOn: course.endsOn, days: course.days, capacity: course.capacity, region: township } } }),
        fixture({
          query: CourseAttendanceQuery,
          variables: { id: 'tc1', first: ATTENDANCE_PAGE },
          data: {
            node: {
              __typename: 'TrainingCourse' as const,
              id: 'tc1',
              attendances: {
                totalCount: 1,
                pageInfo,
                edges: [{ node: { id: 'ta1', version: 1, days: 5, completed: true, person: { id: 'p1', name: '金英男', nameLatin: null, viewerCanEdit: true, homeRegion: null } } }],
              },
            },
          },
        }),
        fixture({ query: UpdateTrainingAttendanceMutation, variables: { id: 'ta1', version: 1, input: { days: 6 } }, error: { message: 'days: the course lasts 5 days; nobody attends 6', code: 'BAD_USER_INPUT', field: 'days' } }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the attendance of 金英男' }));
    const days = screen.getByLabelText(/^Days attended/);
    await userEvent.clear(days);
    await userEvent.type(days, '6');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(days).toHaveAttribute('aria-invalid', 'true'));
    expect(await violations()).toEqual([]);
  });

  it('a person’s training, appraisals and commendations, with an edit form open', async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: (
        <>
          <PersonTraining id="p1" name="全哲植" />
          <Appraisals subject={{ type: 'person', id: 'p1', name: '全哲植' }} canEdit />
          <Commendations subject={{ type: 'person', id: 'p1', name: '全哲植' }} canEdit />
        </>
      ),
      fixtures: [
        fixture({
          query: PersonTrainingQuery,
          variables: { id: 'p1', last: ATTENDED_MAX },
          data: {
            node: {
              __typename: 'Person' as const,
              id: 'p1',
              attendances: { totalCount: 1, edges: [{ node: { id: 'ta1', days: 5, completed: false, course: { id: 'tc1', title: course.title, kind: course.kind, startsOn: course.startsOn, days: 5, region: { id: 'r4', name: '桃文街道', nameLatin: null } } } }] },
            },
          },
        }),
        fixture({
          query: SubjectAppraisalsQuery,
          variables: { id: 'p1' },
          data: { node: { __typename: 'Person' as const, id: 'p1', appraisals: [{ id: 'a1', version: 1, year: 2024, kind: 'MEMBER_APPRAISAL' as const, rating: 'GOOD' as const, note: null }] } },
        }),
        fixture({
          query: SubjectCommendationsQuery,
          variables: { id: 'p1' },
          data: { node: { __typename: 'Person' as const, id: 'p1', commendations: [{ id: 'c1', version: 1, year: 2023, title: '优秀共产党员', awardedBy: null, bonus: 1000 }] } },
        }),
      ],
    });
    await screen.findByRole('link', { name: course.title });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit 优秀共产党员 (2023)' }));
    expect(await violations()).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Delete the Party member appraisal of 2024' }));
    expect(await violations()).toEqual([]);
  });

  it('the provincial rural income, with the add form open', async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <RuralIncomePage />,
      fixtures: [
        viewerFixture('ADMIN'),
        fixture({
          query: RuralIncomesQuery,
          variables: { first: RURAL_INCOME_PAGE },
          data: { ruralIncomes: { totalCount: 1, pageInfo, edges: [{ node: { id: 'ri1', version: 1, year: 2023, incomePerHead: 19700, source: null } }] } },
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add year' }));
    expect(await violations()).toEqual([]);
  });
});
