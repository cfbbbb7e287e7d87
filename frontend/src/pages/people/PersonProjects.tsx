import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedTable } from '../../components/PagedTable';
import { useProjectColumns } from '../../components/ProjectTable';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Section } from '../../components/ui';

export const PersonProjectsQuery = graphql(`
  query PersonProjects($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        ledProjects(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
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

export function PersonProjects({ id }: { id: string }) {
  const { t } = useTranslation('people');
  const list = usePagedQuery(PersonProjectsQuery, { id }, 'projects');
  const conn = list.data?.node?.__typename === 'Person' ? list.data.node.ledProjects : undefined;
  const rows = nodesOf(conn);
  const columns = useProjectColumns('region');
  return (
    <Section id="person-projects" title={t('projects.title')} count={conn?.totalCount}>
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        columns={columns}
        loading={t('projects.loading')}
        empty={{ title: t('projects.empty'), hint: t('projects.emptyHint') }}
        pagerLabel={t('projects.pages')}
      />
    </Section>
  );
}
