import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { EntityPickerSearch, PICKER_HITS } from '../../components/edit/EntityPicker';
import type { CourseAttendanceQuery, CoursePageQuery } from '../../gql/graphql';
import { viewerFixture } from '../admin/testViewers';
import CoursePage, { ATTENDANCE_PAGE, CourseAttendanceQuery as AttendanceDoc, CoursePageQueryDoc } from './CoursePage';
import { DeleteTrainingCourseMutation, UpdateTrainingCourseMutation, courseChanges, newCourse } from './CourseForms';
import { CreateTrainingAttendanceMutation, DeleteTrainingAttendanceMutation, UpdateTrainingAttendanceMutation, attendanceChanges } from './AttendanceForms';

type CourseNode = Extract<NonNullable<CoursePageQuery['node']>, { __typename: 'TrainingCourse' }>;
type Attendances = Extract<NonNullable<CourseAttendanceQuery['node']>, { __typename: 'TrainingCourse' }>['attendances'];
type Attendance = NonNullable<NonNullable<NonNullable<Attendances['edges']>[number]>['node']>;

/** A course run by 桃文街道 (r4), the demo coordinator's scope. */
const course: CourseNode = {
  __typename: 'TrainingCourse',
  id: 'tc1',
  version: 5,
  title: '2024年村干部岗位能力轮训',
  kind: 'ROTATION',
  organizerLevel: 'TOWNSHIP',
  startsOn: '2024-03-04',
  endsOn: '2024-03-08',
  days: 5,
  capacity: 60,
  region: { id: 'r4', name: '桃文街道', nameLatin: null, ancestors: [{ id: 'r1', name: '吉林省', nameLatin: null }, { id: 'r2', name: '珲春市', nameLatin: null }] },
};

const attendee = (id: string, name: string, days: number, completed: boolean, viewerCanEdit = true): Attendance => ({
  id,
  version: 1,
  days,
  completed,
  person: { id: `p-${id}`, name, nameLatin: null, viewerCanEdit, homeRegion: { id: 'r5', name: '柳化村', nameLatin: null } },
});
const kim = attendee('ta1', '金英男', 5, true);
const lee = attendee('ta2', '李春花', 3, false);
const outsider = attendee('ta3', '朴成国', 4, true, false);

function fixtures(rows: Attendance[] = [kim, lee, outsider]): Fixture<unknown, any>[] {
  return [
    fixture({ query: CoursePageQueryDoc, variables: { id: 'tc1' }, data: { node: course } }),
    fixture({
      query: AttendanceDoc,
      variables: { id: 'tc1', first: ATTENDANCE_PAGE },
      data: {
        node: {
          __typename: 'TrainingCourse' as const,
          id: 'tc1',
          attendances: { totalCount: rows.length, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: rows.map((node) => ({ node })) },
        },
      },
    }),
  ];
}

function render(extra: Fixture<unknown, any>[], role: Parameters<typeof viewerFixture>[0] = 'COORDINATOR', rows?: Attendance[]) {
  const utils = renderRoute({
    path: '/training/:id',
    url: '/training/tc1',
    element: <CoursePage />,
    fixtures: [viewerFixture(role), ...extra, ...fixtures(rows)],
    extra: [{ path: '/regions/:id/training', element: <p>courses of the region</p> }],
  });
  return { ...utils, user: userEvent.setup() };
}

const mutations = (client: { operations: Array<{ kind: string; variables: unknown }> }) => client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);

describe('CoursePage', () => {
  it('shows the course: organizer, kind, dates, days, places, and who attended', async () => {
    render([], 'VIEWER');
    expect(await screen.findByRole('heading', { level: 1, name: '2024年村干部岗位能力轮训' })).toBeInTheDocument();
    expect(document.title).toContain('2024年村干部岗位能力轮训');
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: '桃文街道' })).toHaveAttribute('href', '/regions/r4');
    expect(screen.getByRole('link', { name: 'All courses of 桃文街道' })).toHaveAttribute('href', '/regions/r4/training');
    const facts = screen.getByRole('region', { name: 'About the course' });
    expect(facts).toHaveTextContent('Rotation training');
    expect(facts).toHaveTextContent('Township');
    expect(facts).toHaveTextContent('Mar 4, 2024');
    expect(facts).toHaveTextContent('60');
    const table = await screen.findByRole('table', { name: 'Who attended 2024年村干部岗位能力轮训' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: '金英男' })).toHaveAttribute('href', '/people/p-ta1');
    expect(rows[0]).toHaveTextContent('5 of 5');
    expect(rows[0]).toHaveTextContent('Yes');
    expect(rows[1]).toHaveTextContent('3 of 5');
    expect(rows[1]).toHaveTextContent('No');
    // A viewer changes nothing.
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record attendance' })).not.toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByRole('region', { name: '培训班概况' })).toHaveTextContent('岗位能力轮训');
    expect(rows[0]).toHaveTextContent('5 / 5 天');
    await switchLanguage('en');
  });

  it('offers edits where the viewer may: the course in the scope, the attendance of people in it', async () => {
    render([]);
    await screen.findByRole('table');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record attendance' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit the attendance of 金英男' })).toBeInTheDocument();
    // 朴成国 lives outside the coordinator's scope.
    expect(screen.queryByRole('button', { name: 'Edit the attendance of 朴成国' })).not.toBeInTheDocument();
  });

  it('changes the course with the version read, and says someone else did when so', async () => {
    const input = { endsOn: '2024-03-10', days: 7, clearCapacity: true } as const;
    const { user, client } = render([
      fixture({ query: UpdateTrainingCourseMutation, variables: { id: 'tc1', version: 5, input }, error: { message: 'version: changed by someone else', code: 'CONFLICT', field: 'version' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit 2024年村干部岗位能力轮训' });
    expect(within(dialog).getByLabelText(/^Course/)).toHaveFocus();
    const ends = within(dialog).getByLabelText(/^Last day/);
    await user.clear(ends);
    await user.type(ends, '2024-03-10');
    const days = within(dialog).getByLabelText(/^Training days/);
    await user.clear(days);
    await user.type(days, '7');
    await user.clear(within(dialog).getByLabelText('Places'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    const before = client.operations.length;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(client.operations.length).toBeGreaterThan(before));
    expect(client.operations.at(-1)?.query).toBe(CoursePageQueryDoc);
    expect(mutations(client)).toEqual([{ id: 'tc1', version: 5, input }]);
  });

  it('marks the days of a course shorter than its attendance on the days field', async () => {
    const { user } = render([
      fixture({ query: UpdateTrainingCourseMutation, variables: { id: 'tc1', version: 5, input: { days: 4 } }, error: { message: 'days: someone attended 5 days of this course; it cannot last 4', code: 'BAD_USER_INPUT', field: 'days' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const days = screen.getByLabelText(/^Training days/);
    await user.clear(days);
    await user.type(days, '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(days).toHaveAttribute('aria-invalid', 'true'));
    expect(days).toHaveAccessibleDescription('someone attended 5 days of this course; it cannot last 4');
  });

  it('deletes the course once confirmed, going back to the courses of its region', async () => {
    const { user, router } = render([fixture({ query: DeleteTrainingCourseMutation, variables: { id: 'tc1' }, data: { deleteTrainingCourse: 'tc1' } })]);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the course 2024年村干部岗位能力轮训?' });
    expect(dialog).toHaveTextContent('Its attendance is deleted with it.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/r4/training'));
    expect(router.state.location.state).toEqual({ deleted: '2024年村干部岗位能力轮训' });
  });

  it('records attendance of a person found by search; days beyond the course are refused on the days field', async () => {
    const search = fixture({
      query: EntityPickerSearch,
      variables: { q: '崔', types: ['PERSON' as const], first: PICKER_HITS },
      data: { search: [{ title: '崔明哲', subtitle: '吉林省 / 珲春市 / 桃文街道 / 柳化村', node: { __typename: 'Person' as const, id: 'p7' } }] },
    });
    const refused = fixture({
      query: CreateTrainingAttendanceMutation,
      variables: { input: { courseID: 'tc1', personID: 'p7', days: 9, completed: true } },
      error: { message: 'days: the course lasts 5 days; nobody attends 9', code: 'BAD_USER_INPUT', field: 'days' },
    });
    const created = fixture({
      query: CreateTrainingAttendanceMutation,
      variables: { input: { courseID: 'tc1', personID: 'p7', days: 4, completed: false } },
      data: { createTrainingAttendance: { id: 'ta9', version: 1, days: 4, completed: false } },
    });
    const { user, client } = render([search, refused, created]);
    await user.click(await screen.findByRole('button', { name: 'Record attendance' }));
    const dialog = screen.getByRole('dialog', { name: 'Record attendance of 2024年村干部岗位能力轮训' });
    const days = within(dialog).getByLabelText(/^Days attended/);
    expect(days).toHaveValue(5);
    expect(days).toHaveAccessibleDescription('The course lasts 5 days.');
    // No person yet: asked for first, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Record attendance' }));
    const person = within(dialog).getByRole('combobox', { name: /Person/ });
    expect(person).toHaveAttribute('aria-invalid', 'true');
    expect(mutations(client)).toEqual([]);
    await user.type(person, '崔');
    await user.click(await screen.findByRole('option', { name: /崔明哲/ }));
    await user.clear(days);
    await user.type(days, '9');
    await user.click(within(dialog).getByRole('button', { name: 'Record attendance' }));
    await waitFor(() => expect(days).toHaveAttribute('aria-invalid', 'true'));
    expect(days).toHaveAccessibleDescription(/the course lasts 5 days; nobody attends 9/);
    expect(days).toHaveFocus();
    await user.clear(days);
    expect(days).not.toHaveAttribute('aria-invalid');
    await user.type(days, '4');
    await user.click(within(dialog).getByLabelText('Completed'));
    await user.click(within(dialog).getByRole('button', { name: 'Record attendance' }));
    expect(await screen.findByText('Attendance of 崔明哲 recorded.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([
      { input: { courseID: 'tc1', personID: 'p7', days: 9, completed: true } },
      { input: { courseID: 'tc1', personID: 'p7', days: 4, completed: false } },
    ]);
  });

  it('changes an attendance with its version, and removes one once confirmed', async () => {
    const { user, client } = render([
      fixture({ query: UpdateTrainingAttendanceMutation, variables: { id: 'ta2', version: 1, input: { days: 5, completed: true } }, data: { updateTrainingAttendance: { id: 'ta2', version: 2, days: 5, completed: true } } }),
      fixture({ query: DeleteTrainingAttendanceMutation, variables: { id: 'ta1' }, data: { deleteTrainingAttendance: 'ta1' } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit the attendance of 李春花' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit the attendance of 李春花' });
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    const days = within(dialog).getByLabelText(/^Days attended/);
    await user.clear(days);
    await user.type(days, '5');
    await user.click(within(dialog).getByLabelText('Completed'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Attendance of 李春花 saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the attendance of 金英男' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove the attendance of 金英男?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Attendance of 金英男 removed.')).toBeInTheDocument();
    expect(mutations(client)).toEqual([{ id: 'ta2', version: 1, input: { days: 5, completed: true } }, { id: 'ta1' }]);
  });

  it('says when the course is not there', async () => {
    renderRoute({ path: '/training/:id', url: '/training/x', element: <CoursePage />, fixtures: [viewerFixture(null), fixture({ query: CoursePageQueryDoc, variables: { id: 'x' }, data: { node: null } })] });
    expect(await screen.findByText('Course not found')).toBeInTheDocument();
  });
});

describe('course forms', () => {
  it('send a new course at its region’s level, and only what changed', () => {
    expect(newCourse({ id: 'r4', level: 'TOWNSHIP' }, { title: ' 实用技术培训 ', kind: 'PRACTICAL_TECHNICAL', startsOn: '2024-05-01', endsOn: '2024-05-02', days: '2', capacity: '' })).toEqual({
      title: '实用技术培训',
      kind: 'PRACTICAL_TECHNICAL',
      startsOn: '2024-05-01',
      endsOn: '2024-05-02',
      days: 2,
      regionID: 'r4',
      organizerLevel: 'TOWNSHIP',
    });
    expect(courseChanges(course, { title: course.title, kind: 'ROTATION', startsOn: '2024-03-04', endsOn: '2024-03-08', days: '5', capacity: '80' })).toEqual({ capacity: 80 });
    expect(attendanceChanges({ id: 'a', version: 1, days: 3, completed: false, person: { id: 'p', name: 'x' } }, { personID: 'p', days: '3', completed: 'true' })).toEqual({ completed: true });
  });
});
