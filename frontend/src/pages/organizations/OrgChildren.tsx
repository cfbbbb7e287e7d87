import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { nodesOf, useKept, useUrlCursor } from './paging';
import { Busy, OrgLink, OrgStatusBadge, RegionLink, Section } from './ui';

export const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        children(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges {
            node {
              id
              name
              nameLatin
              kind
              status
              region { id name nameLatin }
            }
          }
        }
      }
    }
  }
`);

/** The party organizations directly under this one (village branches under a township committee). */
export function OrgChildren({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'common']);
  const { vars, setPage } = useUrlCursor('children');
  const [res, reexecute] = useQuery({ query: OrganizationChildrenQuery, variables: { id, ...vars } });
  const data = useKept(res.data);
  const node = data?.node?.__typename === 'Organization' ? data.node : undefined;
  const conn = node?.children;
  const rows = nodesOf(conn);

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('children.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('children.empty')} hint={t('children.emptyHint')} />;
  else
    body = (
      <Busy busy={res.fetching}>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.kind')}</th>
                <th scope="col">{t('col.region')}</th>
                <th scope="col">{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <td>
                    <OrgLink org={o} />
                  </td>
                  <td>{t(`kind.${o.kind}`, { ns: 'common' })}</td>
                  <td>
                    <RegionLink region={o.region} />
                  </td>
                  <td>
                    <OrgStatusBadge status={o.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={rows.length} onPage={setPage} label={t('children.pages')} />
      </Busy>
    );

  return (
    <Section id="org-children" title={t('children.title')} count={conn?.totalCount}>
      {body}
    </Section>
  );
}
