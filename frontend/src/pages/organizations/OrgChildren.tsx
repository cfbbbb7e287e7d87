import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedTable } from '../../components/PagedTable';
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
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('children.loading')}
        empty={{ title: t('children.empty'), hint: t('children.emptyHint') }}
        pagerLabel={t('children.pages')}
        columns={[
          { title: t('col.name'), cell: (o) => <OrgLink org={o} /> },
          { title: t('col.kind'), cell: (o) => t(`kind.${o.kind}`, { ns: 'common' }) },
          { title: t('col.region'), cell: (o) => <RegionLink region={o.region} /> },
          { title: t('col.status'), cell: (o) => <OrgStatusBadge status={o.status} /> },
        ]}
      />
    </Section>
  );
}
