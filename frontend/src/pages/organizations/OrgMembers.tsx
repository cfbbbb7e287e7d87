import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionWhereInput } from '../../gql/graphql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedList } from '../../components/PagedList';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { PersonLink, Section } from '../../components/ui';
import { formatDate, formatMoney, today } from '../../lib/format';

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

export type PostFilter = 'current' | 'past' | 'all';
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
      <PagedList
        list={list}
        conn={conn}
        shown={rows.length}
        loading={t('members.loading')}
        empty={{ title: t(`members.empty.${filter}`), hint: t('members.emptyHint') }}
        pagerLabel={t('members.pages')}
      >
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('col.person')}</th>
                <th scope="col">{t('col.role')}</th>
                <th scope="col" className="ent-hide-narrow">
                  {t('col.selection')}
                </th>
                <th scope="col">{t('col.started')}</th>
                <th scope="col">{t('col.ended')}</th>
                <th scope="col" className="ent-num ent-hide-narrow">
                  {t('col.remuneration')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <PersonLink person={p.person} />
                  </td>
                  <td className="ent-nowrap">{t(`role.${p.role}`, { ns: 'common' })}</td>
                  <td className="ent-hide-narrow">{p.selectionMethod ? t(`selection.${p.selectionMethod}`, { ns: 'common' }) : '—'}</td>
                  <td className="ent-nowrap">{formatDate(p.startedOn, lng)}</td>
                  <td className="ent-nowrap">{p.endedOn ? formatDate(p.endedOn, lng) : <span className="muted">{t('members.ongoing')}</span>}</td>
                  <td className="ent-num ent-hide-narrow">{formatMoney(p.basicRemuneration, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PagedList>
    </Section>
  );
}
