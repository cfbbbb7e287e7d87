import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { formatDate, formatMoney } from '../../lib/format';
import { nodesOf, useKept, useUrlCursor } from '../organizations/paging';
import { Busy, OrgLink, ProjectStatusBadge, RegionLink, Section } from '../organizations/ui';

export const PersonProjectsQuery = graphql(`
  query PersonProjects($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        ledProjects(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges {
            node {
              id
              name
              kind
              status
              startedOn
              organization { id name nameLatin }
              region { id name nameLatin }
              incomes { year income }
            }
          }
        }
      }
    }
  }
`);

/** The latest year with a figure, if any. */
export function latestIncome(incomes: ReadonlyArray<{ year: number; income: number }> | null | undefined) {
  return (incomes ?? []).reduce<{ year: number; income: number } | undefined>((best, i) => (!best || i.year > best.year ? i : best), undefined);
}

export function PersonProjects({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const lng = i18n.language;
  const { vars, setPage } = useUrlCursor('projects');
  const [res, reexecute] = useQuery({ query: PersonProjectsQuery, variables: { id, ...vars } });
  const data = useKept(res.data);
  const node = data?.node?.__typename === 'Person' ? data.node : undefined;
  const conn = node?.ledProjects;
  const rows = nodesOf(conn);

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('projects.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('projects.empty')} hint={t('projects.emptyHint')} />;
  else
    body = (
      <Busy busy={res.fetching}>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('col.project')}</th>
                <th scope="col">{t('col.status')}</th>
                <th scope="col">{t('col.organization')}</th>
                <th scope="col" className="ent-hide-narrow">
                  {t('col.region')}
                </th>
                <th scope="col" className="ent-hide-narrow">
                  {t('col.started')}
                </th>
                <th scope="col" className="ent-num">
                  {t('col.latestIncome')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const latest = latestIncome(p.incomes);
                return (
                  <tr key={p.id}>
                    <td>
                      {p.name}
                      <div className="muted person-sub">{t(`projectKind.${p.kind}`, { ns: 'common' })}</div>
                    </td>
                    <td>
                      <ProjectStatusBadge status={p.status} />
                    </td>
                    <td>{p.organization ? <OrgLink org={p.organization} /> : '—'}</td>
                    <td className="ent-hide-narrow">
                      <RegionLink region={p.region} />
                    </td>
                    <td className="ent-nowrap ent-hide-narrow">{formatDate(p.startedOn, lng)}</td>
                    <td className="ent-num">
                      {latest ? (
                        <>
                          {formatMoney(latest.income, lng)}
                          <div className="muted person-sub">{t('projects.inYear', { year: latest.year })}</div>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={rows.length} onPage={setPage} label={t('projects.pages')} />
      </Busy>
    );
  return (
    <Section id="person-projects" title={t('projects.title')} count={conn?.totalCount}>
      {body}
    </Section>
  );
}
