import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionWhereInput } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { formatDate, formatMoney, today } from '../../lib/format';
import { nodesOf, useKept, useUrlCursor } from './paging';
import { Busy, PersonLink, Section } from './ui';

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
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
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
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const raw = params.get('posts');
  const filter: PostFilter = filters.includes(raw as PostFilter) ? (raw as PostFilter) : 'current';
  const { vars, setPage } = useUrlCursor('members');
  const [res, reexecute] = useQuery({ query: OrganizationMembersQuery, variables: { id, where: postWhere(filter), ...vars } });
  const data = useKept(res.data);
  const node = data?.node?.__typename === 'Organization' ? data.node : undefined;
  const conn = node?.positions;
  const rows = nodesOf(conn);

  const setFilter = (f: PostFilter) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('members');
        next.delete('members.before');
        if (f === 'current') next.delete('posts');
        else next.set('posts', f);
        return next;
      },
      { preventScrollReset: true },
    );

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('members.loading')} />;
  else if (rows.length === 0) body = <Empty title={t(`members.empty.${filter}`)} hint={t('members.emptyHint')} />;
  else
    body = (
      <Busy busy={res.fetching}>
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
        <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={rows.length} onPage={setPage} label={t('members.pages')} />
      </Busy>
    );

  return (
    <Section
      id="org-members"
      title={t('members.title')}
      count={conn?.totalCount}
      actions={
        <div className="ent-filter">
          <label htmlFor={selectId}>{t('members.show')}</label>
          <select id={selectId} value={filter} onChange={(e) => setFilter(e.target.value as PostFilter)}>
            {filters.map((f) => (
              <option key={f} value={f}>
                {t(`members.filter.${f}`)}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {body}
    </Section>
  );
}
