import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CoursePageQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Facts, PersonLink, RegionLink, RegionPath, Section } from '../../components/ui';
import { Saved } from '../../components/edit/form';
import { RowActions, type Open } from '../../components/records/edit';
import { formatDate, formatNumber } from '../../lib/format';
import { useMayEdit, useMayWriteIn } from '../../lib/scope';
import { CourseDialog, DeleteCourseDialog } from './CourseForms';
import { AttendanceDialog, DeleteAttendanceDialog } from './AttendanceForms';

export const CoursePageQueryDoc = graphql(`
  query CoursePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on TrainingCourse {
        id
        version
        title
        kind
        organizerLevel
        startsOn
        endsOn
        days
        capacity
        region {
          id
          name
          nameLatin
          ancestors { id name nameLatin }
        }
      }
    }
  }
`);

export const CourseAttendanceQuery = graphql(`
  query CourseAttendance($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on TrainingCourse {
        id
        attendances(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              days
              completed
              person {
                id
                name
                nameLatin
                viewerCanEdit
                homeRegion { id name nameLatin }
              }
            }
          }
        }
      }
    }
  }
`);

export const ATTENDANCE_PAGE = 50;

type Course = PageNode<CoursePageQuery, 'TrainingCourse'>;

/** /training/:id: a training course, who attended it, and (for those who may) its forms. */
export default function CoursePage() {
  const { id = '' } = useParams();
  return <CourseView key={id} id={id} />;
}

function CourseView({ id }: { id: string }) {
  const { t } = useTranslation(['records', 'common']);
  return (
    <NodePage
      query={CoursePageQueryDoc}
      id={id}
      typename="TrainingCourse"
      loading={t('course.loading')}
      notFound={{ title: t('course.notFound'), hint: t('course.notFoundHint') }}
    >
      {(course) => <CourseArticle course={course} />}
    </NodePage>
  );
}

function CourseArticle({ course }: { course: Course }) {
  const { t, i18n } = useTranslation(['records', 'common', 'account', 'forms']);
  const lng = i18n.language;
  const client = useClient();
  const navigate = useNavigate();
  const region = course.region;
  const mayEdit = useMayWriteIn(region.id, region.ancestors.map((a) => a.id));
  const [open, setOpen] = useState<'edit' | 'delete'>();
  const [saved, setSaved] = useState<string | null>(null);
  const reread = () => client.query(CoursePageQueryDoc, { id: course.id }, { requestPolicy: 'network-only' }).toPromise();
  const facts: Array<[string, ReactNode]> = [
    [t('course.organizer'), <RegionLink region={region} />],
    [t('course.organizerLevel'), t(`level.${course.organizerLevel}`, { ns: 'common' })],
    [t('course.kind'), t(`courseKind.${course.kind}`)],
    [t('course.startsOn'), formatDate(course.startsOn, lng)],
    [t('course.endsOn'), formatDate(course.endsOn, lng)],
    [t('course.days'), formatNumber(course.days, lng)],
    [t('course.capacity'), course.capacity == null ? t('course.unlimited') : formatNumber(course.capacity, lng)],
  ];
  return (
    <article className="page course-page">
      <title>{`${course.title} · ${t('app.name', { ns: 'common' })}`}</title>
      <header className="ent-header">
        <RegionPath label={t('breadcrumbs')} path={[...region.ancestors, region]} />
        <div className="ent-header-row">
          <h1>{course.title}</h1>
          <div className="rec-head-actions">
            <Link className="button" to={`/regions/${region.id}/training`}>
              {t('course.allOf', { region: region.name })}
            </Link>
            {mayEdit && (
              <>
                <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen('edit')}>
                  {t('edit.edit', { ns: 'account' })}
                </button>
                <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen('delete')}>
                  {t('delete', { ns: 'forms' })}
                </button>
              </>
            )}
          </div>
        </div>
        <div className="ent-badges">
          <span className="badge">{t(`courseKind.${course.kind}`)}</span>
          <span className="badge">{t('course.daysBadge', { count: course.days })}</span>
        </div>
      </header>
      <Saved text={saved} />
      {open === 'edit' && (
        <CourseDialog
          key={course.version}
          course={course}
          onClose={() => setOpen(undefined)}
          onSaved={async (_, title) => {
            await reread();
            setOpen(undefined);
            setSaved(t('course.saved', { title }));
          }}
          onReload={reread}
        />
      )}
      {open === 'delete' && (
        <DeleteCourseDialog course={course} onClose={() => setOpen(undefined)} onDeleted={() => navigate(`/regions/${region.id}/training`, { state: { deleted: course.title } })} />
      )}
      <Section id="course-facts" title={t('course.facts')}>
        <Facts items={facts} />
      </Section>
      <Attendance course={course} />
    </article>
  );
}

/**
 * Who attended the course: the days and whether they completed it. Any
 * editor may record someone (the server checks that the person lives in
 * the editor's scope); a row the viewer may edit can be changed or removed.
 */
function Attendance({ course }: { course: Course }) {
  const { t, i18n } = useTranslation(['records', 'forms']);
  const lng = i18n.language;
  const list = usePagedQuery(CourseAttendanceQuery, { id: course.id }, 'attendance', ATTENDANCE_PAGE);
  const conn = list.data?.node?.__typename === 'TrainingCourse' ? list.data.node.attendances : undefined;
  const rows = nodesOf(conn);
  const mayAdd = useMayEdit();
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const current = open && open.kind !== 'add' ? rows.find((r) => r.id === open.id) : undefined;
  const changed = async (message: string) => {
    await list.refetch();
    setOpen(undefined);
    setSaved(message);
  };
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      title: t('attendance.person'),
      rowHeader: true,
      cell: (a) => (
        <>
          <PersonLink person={a.person} />
          {a.person.homeRegion && <div className="muted ent-sub">{a.person.homeRegion.name}</div>}
        </>
      ),
    },
    { title: t('attendance.days'), className: 'ent-num', cell: (a) => t('attendance.daysOf', { days: formatNumber(a.days, lng), total: formatNumber(course.days, lng) }) },
    {
      title: t('attendance.completed'),
      cell: (a) => <span className={`badge${a.completed ? ' badge-ok' : ''}`}>{a.completed ? t('attendance.yes') : t('attendance.no')}</span>,
    },
  ];
  if (rows.some((a) => a.person.viewerCanEdit)) {
    columns.push({
      title: t('actions', { ns: 'forms' }),
      cell: (a) =>
        a.person.viewerCanEdit && (
          <RowActions
            editLabel={t('attendance.editLabel', { person: a.person.name })}
            deleteLabel={t('attendance.deleteLabel', { person: a.person.name })}
            onEdit={() => setOpen({ kind: 'edit', id: a.id })}
            onDelete={() => setOpen({ kind: 'delete', id: a.id })}
          />
        ),
    });
  }
  return (
    <Section
      id="course-attendance"
      title={t('attendance.title')}
      count={conn?.totalCount}
      actions={
        mayAdd && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
            {t('attendance.add')}
          </button>
        )
      }
    >
      <Saved text={saved} />
      {open?.kind === 'add' && <AttendanceDialog course={course} onClose={() => setOpen(undefined)} onSaved={(name) => changed(t('attendance.added', { person: name }))} />}
      {open?.kind === 'edit' && current && (
        <AttendanceDialog
          key={current.version}
          course={course}
          attendance={current}
          onClose={() => setOpen(undefined)}
          onSaved={(name) => changed(t('attendance.saved', { person: name }))}
          onReload={list.refetch}
        />
      )}
      {open?.kind === 'delete' && current && (
        <DeleteAttendanceDialog attendance={current} onClose={() => setOpen(undefined)} onDeleted={() => changed(t('attendance.deleted', { person: current.person.name }))} />
      )}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        columns={columns}
        caption={t('attendance.caption', { title: course.title })}
        loading={t('attendance.loading')}
        empty={{ title: t('attendance.empty'), hint: t('attendance.emptyHint') }}
        pagerLabel={t('attendance.pages')}
      />
    </Section>
  );
}
