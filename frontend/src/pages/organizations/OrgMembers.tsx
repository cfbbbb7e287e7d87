import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionWhereInput } from '../../gql/graphql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { PersonLink, Section } from '../../components/ui';
import { formatMoney, today } from '../../lib/format';

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers($id: ID!, $where: PositionWhereInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        positions(
          where: $where
          orderBy: { field: STARTED_ON, direction: DESC }
          first: $first
          after: $after
          last: $last
          before: $before
        ) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              role
              startedOn
              endedOn
              selectionMethod
              basicRemuneration
              person { id name nameLatin }
            }
          }
        }
      }
    }
  }
`);

type PostFilter = 'current' | 'past' | 'all';
const filters: PostFilter[] = ['current', 'past', 'all'];

/** Current posts have no end date or one still to come; past ones ended by today. */
export function postWhere(f: PostFilter, on = today()): PositionWhereInput | undefined {
  if (f === 'current') return { or: [{ endedOnIsNil: true }, { endedOnGT: on }] };
  if (f === 'past') return { endedOnLTE: on };
  return undefined;
}

export function OrgMembers({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const lng = i18n.language;
  const [chosen, choose] = useUrlFilter('posts', filters, 'members');
  const filter = chosen ?? 'current';
  const list = usePagedQuery(OrganizationMembersQuery, { id, where: postWhere(filter) }, 'members');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.positions : undefined;
  const rows = nodesOf(conn);
  const common = useCommonColumns();

  return (
    <Section
      id="org-members"
      title={t('members.title')}
      count={conn?.totalCount}
      actions={
        <FilterSelect
          label={t('members.show')}
          value={filter}
          options={filters.map((f) => ({ value: f, label: t(`members.filter.${f}`) }))}
          onChange={(f) => choose(f === 'current' ? undefined : f)}
        />
      }
    >
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('members.loading')}
        empty={{ title: t(`members.empty.${filter}`), hint: t('members.emptyHint') }}
        pagerLabel={t('members.pages')}
        columns={[
          { title: t('col.person'), cell: (p) => <PersonLink person={p.person} /> },
          common.role,
          common.selection,
          common.started,
          common.ended,
          { title: t('col.remuneration'), className: 'ent-num ent-hide-narrow', cell: (p) => formatMoney(p.basicRemuneration, lng) },
        ]}
      />
    </Section>
  );
}
