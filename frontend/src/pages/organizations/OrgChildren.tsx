import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedList } from '../../components/PagedList';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { OrgLink, OrgStatusBadge, RegionLink, Section } from '../../components/ui';

export const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        children(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
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
  const list = usePagedQuery(OrganizationChildrenQuery, { id }, 'children');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.children : undefined;
  const rows = nodesOf(conn);

  return (
    <Section id="org-children" title={t('children.title')} count={conn?.totalCount}>
      <PagedList
        list={list}
        conn={conn}
        shown={rows.length}
        loading={t('children.loading')}
        empty={{ title: t('children.empty'), hint: t('children.emptyHint') }}
        pagerLabel={t('children.pages')}
      >
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
      </PagedList>
    </Section>
  );
}
