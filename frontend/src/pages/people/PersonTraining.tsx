import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Table } from '../../components/Table';
import { nodesOf } from '../../components/paging';
import { RegionLink, Section } from '../../components/ui';
import { yearOf } from '../../components/records/enums';
import { formatNumber } from '../../lib/format';

/** The most attendances the section reads: the latest recorded. */
export const ATTENDED_MAX = 100;

export const PersonTrainingQuery = graphql(`
  query PersonTraining($id: ID!, $last: Int!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        attendances(last: $last) {
          totalCount
          edges {
            node {
              id
              days
              completed
              course {
                id
                title
                kind
                startsOn
                days
                region { id name nameLatin }
              }
            }
          }
        }
      }
    }
  }
`);

/** The training courses the person attended, the latest first: the course, its year, the days attended and whether completed. */
export function PersonTraining({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation('records');
  const lng = i18n.language;
  const [res, reexecute] = useQuery({ query: PersonTrainingQuery, variables: { id, last: ATTENDED_MAX } });
  const conn = res.data?.node?.__typename === 'Person' ? res.data.node.attendances : undefined;
  const rows = nodesOf(conn).sort((a, b) => b.course.startsOn.localeCompare(a.course.startsOn) || a.course.title.localeCompare(b.course.title));
  let body;
  if (res.error && !conn) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('attended.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('attended.empty')} hint={t('attended.emptyHint')} />;
  else
    body = (
      <>
        <Table
          rows={rows}
          caption={t('attended.caption', { name })}
          columns={[
            {
              title: t('course.title'),
              rowHeader: true,
              cell: (a) => (
                <>
                  <Link to={`/training/${a.course.id}`}>{a.course.title}</Link>
                  <div className="muted ent-sub">{t(`courseKind.${a.course.kind}`)}</div>
                </>
              ),
            },
            { title: t('attended.year'), cell: (a) => yearOf(a.course.startsOn) },
            { title: t('course.organizer'), className: 'ent-hide-narrow', cell: (a) => <RegionLink region={a.course.region} /> },
            { title: t('attendance.days'), className: 'ent-num', cell: (a) => t('attendance.daysOf', { days: formatNumber(a.days, lng), total: formatNumber(a.course.days, lng) }) },
            {
              title: t('attendance.completed'),
              cell: (a) => <span className={`badge${a.completed ? ' badge-ok' : ''}`}>{a.completed ? t('attendance.yes') : t('attendance.no')}</span>,
            },
          ]}
        />
        {conn.totalCount > rows.length && <p className="muted rec-more">{t('attended.more', { shown: rows.length, count: conn.totalCount })}</p>}
      </>
    );
  return (
    <Section id="person-training" title={t('attended.title')} count={conn?.totalCount}>
      {body}
    </Section>
  );
}
