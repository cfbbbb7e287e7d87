import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TrainingCourseKind, TrainingRegionQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { RegionPath, Section } from '../../components/ui';
import { Saved } from '../../components/edit/form';
import { COURSE_KINDS, organizerLevelOf } from '../../components/records/enums';
import { useMayWriteIn } from '../../lib/scope';
import { CourseDialog } from './CourseForms';
import { useCourseColumns } from './columns';
import { COURSES_PAGE, TrainingCoursesQuery, courseWhere, filterYears } from './queries';

export const TrainingRegionQueryDoc = graphql(`
  query TrainingRegion($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        name
        nameLatin
        level
        ancestors { id name nameLatin }
      }
    }
  }
`);

type Region = PageNode<TrainingRegionQuery, 'Region'>;

/** /regions/:id/training: the training courses run in a region and below it, filtered by year and kind. */
export default function TrainingPage() {
  const { id = '' } = useParams();
  return <TrainingView key={id} id={id} />;
}

function TrainingView({ id }: { id: string }) {
  const { t } = useTranslation('records');
  return (
    <NodePage
      query={TrainingRegionQueryDoc}
      id={id}
      typename="Region"
      loading={t('training.loading')}
      notFound={{ title: t('training.notFound'), hint: t('training.notFoundHint'), extra: <Link to="/regions">{t('training.back')}</Link> }}
    >
      {(region) => <Training region={region} />}
    </NodePage>
  );
}

function Training({ region }: { region: Region }) {
  const { t } = useTranslation(['records', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const years = filterYears();
  const [year, setYear] = useUrlFilter('year', years, 'courses');
  const [kind, setKind] = useUrlFilter('kind', COURSE_KINDS, 'courses');
  const list = usePagedQuery(TrainingCoursesQuery, { where: courseWhere(region.id, year, kind) }, 'courses', COURSES_PAGE);
  const conn = list.data?.trainingCourses;
  const rows = nodesOf(conn);
  const columns = useCourseColumns();
  const level = organizerLevelOf(region.level);
  const mayAdd = useMayWriteIn(region.id, region.ancestors.map((a) => a.id)) && level != null;
  const [adding, setAdding] = useState(false);
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const filtered = year != null || kind != null;
  // A village runs no courses: its township's are the nearest.
  const parent = region.ancestors.at(-1);
  return (
    <section className="page training-page" aria-labelledby="training-title">
      <title>{`${t('training.title', { region: region.name })} · ${t('app.name', { ns: 'common' })}`}</title>
      <header className="ent-header">
        <RegionPath label={t('breadcrumbs')} path={[...region.ancestors, region]} current={t('training.crumb')} />
        <div className="ent-header-row">
          <h1 id="training-title">{t('training.title', { region: region.name })}</h1>
          {mayAdd && (
            <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
              {t('course.add')}
            </button>
          )}
        </div>
        <p className="muted rec-lead">{t(level ? 'training.intro' : 'training.introLeaf', { region: region.name })}</p>
        {!level && parent && (
          <p className="rec-lead">
            <Link to={`/regions/${parent.id}/training`}>{t('training.parentCourses', { region: parent.name })}</Link>
          </p>
        )}
      </header>
      <Saved text={deleted ? t('course.deleted', { title: deleted }) : null} />
      {adding && level && (
        <CourseDialog region={{ id: region.id, name: region.name, level }} onClose={() => setAdding(false)} onSaved={(id) => navigate(`/training/${id}`)} />
      )}
      <Section
        id="training-courses"
        title={t('training.courses')}
        count={conn?.totalCount}
        actions={
          <div className="rec-filters" role="group" aria-label={t('training.filters')}>
            <FilterSelect label={t('training.year')} value={year ?? ''} options={[{ value: '', label: t('training.anyYear') }, ...years.map((y) => ({ value: y, label: y }))]} onChange={(v) => setYear(v || undefined)} />
            <FilterSelect
              label={t('training.kind')}
              value={kind ?? ''}
              options={[{ value: '', label: t('training.anyKind') }, ...COURSE_KINDS.map((k) => ({ value: k, label: t(`courseKind.${k}`) }))]}
              onChange={(v) => setKind((v || undefined) as TrainingCourseKind | undefined)}
            />
          </div>
        }
      >
        <PagedTable
          list={list}
          conn={conn}
          rows={rows}
          columns={columns}
          caption={t('training.caption', { region: region.name })}
          loading={t('training.loadingCourses')}
          empty={filtered ? { title: t('training.noneFiltered'), hint: t('training.noneFilteredHint') } : { title: t('training.none'), hint: t('training.noneHint') }}
          pagerLabel={t('training.pages')}
        />
      </Section>
    </section>
  );
}
