import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionRole, PositionSelectionMethod } from '../../gql/graphql';
import { Empty } from '../../components/Status';
import { PagedList } from '../../components/PagedList';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { OrgLink } from '../../components/ui';
import { ROLE_ORDER } from '../../lib/enums';
import { formatDate, formatNumber, today } from '../../lib/format';

export const PersonPastPostsQuery = graphql(`
  query PersonPastPosts($id: ID!, $on: Date!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        positions(
          where: { endedOnLTE: $on }
          orderBy: { field: ENDED_ON, direction: DESC }
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
              organization { id name nameLatin kind }
            }
          }
        }
      }
    }
  }
`);

interface PostRow {
  id: string;
  role: PositionRole;
  startedOn?: string | null;
  endedOn?: string | null;
  selectionMethod?: PositionSelectionMethod | null;
  organization: { id: string; name: string; nameLatin?: string | null; kind: string };
}

function PostsTable({ posts, caption }: { posts: PostRow[]; caption: string }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const lng = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.organization')}</th>
            <th scope="col">{t('col.role')}</th>
            <th scope="col" className="ent-hide-narrow">
              {t('col.selection')}
            </th>
            <th scope="col">{t('col.started')}</th>
            <th scope="col">{t('col.ended')}</th>
          </tr>
        </thead>
        <tbody>
          {posts.map((p) => (
            <tr key={p.id}>
              <td>
                <OrgLink org={p.organization} />
                <div className="muted ent-sub">{t(`kind.${p.organization.kind}`, { ns: 'common' })}</div>
              </td>
              <td className="ent-nowrap">{t(`role.${p.role}`, { ns: 'common' })}</td>
              <td className="ent-hide-narrow">{p.selectionMethod ? t(`selection.${p.selectionMethod}`, { ns: 'common' }) : '—'}</td>
              <td className="ent-nowrap">{formatDate(p.startedOn, lng)}</td>
              <td className="ent-nowrap">{p.endedOn ? formatDate(p.endedOn, lng) : <span className="muted">{t('posts.ongoing')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Posts held now, the leading ones first (from the page's own query: a person holds a handful at most). */
export function CurrentPosts({ posts }: { posts: PostRow[] }) {
  const { t, i18n } = useTranslation('people');
  const sorted = [...posts].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return (
    <>
      <h3>
        {t('posts.current')} <span className="ent-count">{formatNumber(posts.length, i18n.language)}</span>
      </h3>
      {sorted.length === 0 ? (
        <Empty title={t('posts.noCurrent')} hint={t('posts.noCurrentHint')} />
      ) : (
        <PostsTable posts={sorted} caption={t('posts.current')} />
      )}
    </>
  );
}

/** Posts that have ended, the most recent first, a page at a time. */
export function PastPosts({ id }: { id: string }) {
  const { t, i18n } = useTranslation('people');
  const list = usePagedQuery(PersonPastPostsQuery, { id, on: today() }, 'posts');
  const conn = list.data?.node?.__typename === 'Person' ? list.data.node.positions : undefined;
  const rows = nodesOf(conn);
  return (
    <>
      <h3>
        {t('posts.past')} {conn && <span className="ent-count">{formatNumber(conn.totalCount, i18n.language)}</span>}
      </h3>
      <PagedList
        list={list}
        conn={conn}
        shown={rows.length}
        loading={t('posts.loading')}
        empty={{ title: t('posts.noPast'), hint: t('posts.noPastHint') }}
        pagerLabel={t('posts.pages')}
      >
        <PostsTable posts={rows} caption={t('posts.past')} />
      </PagedList>
    </>
  );
}
