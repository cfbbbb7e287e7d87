import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Table } from '../../components/Table';
import { nodesOf } from '../../components/paging';
import { Section } from '../../components/ui';
import { TrainingCoursesQuery, courseWhere } from '../training/queries';
import { useCourseColumns } from '../training/columns';

/** How many of the latest courses the region page shows. */
export const LATEST_COURSES = 5;

/** The latest training courses run in the region and below it, with the way to all of them (filtered by year and kind). */
export function RegionTraining({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('records');
  const [res, reexecute] = useQuery({ query: TrainingCoursesQuery, variables: { where: courseWhere(id), first: LATEST_COURSES } });
  const conn = res.data?.trainingCourses;
  const rows = nodesOf(conn);
  const columns = useCourseColumns();
  let body;
  if (res.error && !conn) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('training.loadingCourses')} />;
  else if (rows.length === 0) body = <Empty title={t('training.none')} hint={t('training.noneHint')} />;
  else body = <Table columns={columns} rows={rows} caption={t('training.latest', { region: name })} />;
  return (
    <Section
      id="region-training"
      title={t('training.courses')}
      count={conn?.totalCount}
      actions={
        <Link className="button" to={`/regions/${id}/training`}>
          {t('training.all')}
        </Link>
      }
    >
      {body}
    </Section>
  );
}
