import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionRole, PositionSelectionMethod } from '../../gql/graphql';
import { Empty } from '../../components/Status';
import { PagedTable } from '../../components/PagedTable';
import { Table, type Column } from '../../components/Table';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { OrgLink } from '../../components/ui';
import { ROLE_ORDER } from '../../lib/enums';
import { formatNumber, today } from '../../lib/format';

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

/** The columns of a table of posts, current or past. */
function usePostColumns(): Column<PostRow>[] {
  const { t } = useTranslation(['people', 'common']);
  const common = useCommonColumns();
  return [
    {
      title: t('col.organization'),
      cell: (p) => (
        <>
          <OrgLink org={p.organization} />
          <div className="muted ent-sub">{t(`kind.${p.organization.kind}`, { ns: 'common' })}</div>
        </>
      ),
    },
    common.role,
    common.selection,
    common.started,
    common.ended,
  ];
}

/** Posts held now, the leading ones first (from the page's own query: a person holds a handful at most). */
export function CurrentPosts({ posts }: { posts: PostRow[] }) {
  const { t, i18n } = useTranslation('people');
  const columns = usePostColumns();
  const sorted = [...posts].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return (
    <>
      <h3>
        {t('posts.current')} <span className="ent-count">{formatNumber(posts.length, i18n.language)}</span>
      </h3>
      {sorted.length === 0 ? (
        <Empty title={t('posts.noCurrent')} hint={t('posts.noCurrentHint')} />
      ) : (
        <Table columns={columns} rows={sorted} caption={t('posts.current')} />
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
  const columns = usePostColumns();
  return (
    <>
      <h3>
        {t('posts.past')} {conn && <span className="ent-count">{formatNumber(conn.totalCount, i18n.language)}</span>}
      </h3>
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        columns={columns}
        caption={t('posts.past')}
        loading={t('posts.loading')}
        empty={{ title: t('posts.noPast'), hint: t('posts.noPastHint') }}
        pagerLabel={t('posts.pages')}
      />
    </>
  );
}
