import type { KeyboardEvent, ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PageInfoFragment, RegionRowFragment } from '../../gql/graphql';
import { ErrorState, Loading } from '../../components/Status';
import { PagedList } from '../../components/PagedList';
import { Pager } from '../../components/Pager';
import { clearCursor, nodesOf, usePagedQuery, type PagedQuery } from '../../components/paging';
import { Latin } from '../../components/ui';
import { formatNumber } from '../../lib/format';

export const RegionRow = graphql(`
  fragment RegionRow on Region {
    id
    name
    nameLatin
    level
    code
    border
    backward
    difficult
    population
    stats { organizations partyMembers links }
    children(first: 0) { totalCount }
  }
`);

export const RegionChildrenQuery = graphql(`
  query RegionChildren($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        children(first: $first, after: $after, last: $last, before: $before, orderBy: { field: CODE }) {
          totalCount
          pageInfo { ...PageInfo }
          edges { node { ...RegionRow } }
        }
      }
    }
  }
`);

/** Rows per page at every level of the tree (a township has a few dozen villages). */
export const TREE_PAGE = 50;
const COLUMNS = 7;

/** The cursor key of the page of children shown under an expanded region. */
const nestedKey = (id: string) => `c.${id}`;

/**
 * Which regions are expanded, kept in the URL (?open=id,id) so that an
 * expanded tree can be shared. Before the reader has touched anything the
 * regions in `defaults` are open.
 */
export function useOpenRegions(defaults: string[] = []) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('open');
  const open = new Set(raw === null ? defaults : raw.split(',').filter(Boolean));
  const toggle = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const now = new Set(open);
        if (now.has(id)) {
          now.delete(id);
          clearCursor(next, nestedKey(id));
        } else now.add(id);
        next.set('open', [...now].join(','));
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return { isOpen: (id: string) => open.has(id), toggle };
}

type OpenState = ReturnType<typeof useOpenRegions>;

/**
 * The tree as a table, each region a row expandable in place, from a page of
 * regions at the top (loading, failing or empty as any paged list).
 */
export function RegionTree({
  label,
  list,
  conn,
  empty,
  open,
}: {
  label: string;
  list: PagedQuery;
  conn: { totalCount: number; pageInfo: PageInfoFragment; edges: ReadonlyArray<{ node: RegionRowFragment | null } | null> | null } | undefined;
  empty: { title: string; hint?: string };
  open: OpenState;
}) {
  const { t } = useTranslation('regions');
  const regions = nodesOf(conn);
  return (
    <PagedList list={list} conn={conn} shown={regions.length} loading={t('tree.loading')} empty={empty}>
      {conn && (
        <div className="table-wrap">
          <table className="table region-tree" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.level')}</th>
                <th scope="col" className="ent-hide-narrow">
                  {t('col.code')}
                </th>
                <th scope="col" className="ent-num ent-hide-narrow">
                  {t('col.population')}
                </th>
                <th scope="col" className="ent-num">
                  {t('col.organizations')}
                </th>
                <th scope="col" className="ent-num">
                  {t('col.partyMembers')}
                </th>
                <th scope="col" className="ent-num">
                  {t('col.links')}
                </th>
              </tr>
            </thead>
            <tbody>
              <RegionRows
                regions={regions}
                pageInfo={conn.pageInfo}
                total={conn.totalCount}
                onPage={list.setPage}
                depth={0}
                open={open}
              />
            </tbody>
          </table>
        </div>
      )}
    </PagedList>
  );
}

/** A full-width row inside the tree, indented to its level. */
function NoteRow({ depth, children }: { depth: number; children: ReactNode }) {
  return (
    <tr className="region-note-row">
      <td colSpan={COLUMNS} style={{ paddingLeft: `calc(${depth} * var(--region-indent) + var(--space-3))` }}>
        {children}
      </td>
    </tr>
  );
}

/** One page of regions at one depth, with the pager below them. */
function RegionRows({
  regions,
  pageInfo,
  total,
  onPage,
  depth,
  open,
}: {
  regions: RegionRowFragment[];
  pageInfo: PageInfoFragment;
  total: number;
  onPage: (p: { after?: string; before?: string }) => void;
  depth: number;
  open: OpenState;
}) {
  const { t } = useTranslation('regions');
  return (
    <>
      {regions.map((r) => (
        <RegionTreeRow key={r.id} region={r} depth={depth} open={open} />
      ))}
      {(pageInfo.hasNextPage || pageInfo.hasPreviousPage) && (
        <NoteRow depth={depth}>
          <Pager pageInfo={pageInfo} total={total} shown={regions.length} onPage={onPage} label={t('tree.pages')} />
        </NoteRow>
      )}
    </>
  );
}

export function RegionFlags({ region }: { region: Pick<RegionRowFragment, 'border' | 'backward' | 'difficult'> }) {
  const { t } = useTranslation('regions');
  return (
    <>
      {region.border && <span className="badge region-flag">{t('flags.border')}</span>}
      {region.backward && <span className="badge badge-warn region-flag">{t('flags.backward')}</span>}
      {region.difficult && <span className="badge badge-danger region-flag">{t('flags.difficult')}</span>}
    </>
  );
}

function RegionTreeRow({ region, depth, open }: { region: RegionRowFragment; depth: number; open: OpenState }) {
  const { t, i18n } = useTranslation(['regions', 'common']);
  const lng = i18n.language;
  const count = region.children.totalCount;
  const expanded = count > 0 && open.isOpen(region.id);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if ((e.key === 'ArrowRight' && !expanded) || (e.key === 'ArrowLeft' && expanded)) {
      e.preventDefault();
      open.toggle(region.id);
    }
  };
  return (
    <>
      <tr className={`region-row region-depth-${Math.min(depth, 4)}`}>
        <th scope="row" className="region-name-cell">
          <div className="region-name" style={{ paddingLeft: `calc(${depth} * var(--region-indent))` }}>
            {count > 0 ? (
              <button
                type="button"
                className="region-toggle"
                aria-expanded={expanded}
                aria-label={t(expanded ? 'tree.collapse' : 'tree.expand', { name: region.name, count })}
                onClick={() => open.toggle(region.id)}
                onKeyDown={onKey}
              >
                <span aria-hidden="true" className="region-chevron" />
              </button>
            ) : (
              <span className="region-toggle-spacer" aria-hidden="true" />
            )}
            <span className="region-label">
              <Link to={`/regions/${region.id}`}>{region.name}</Link>
              <Latin text={region.nameLatin} />
              {count > 0 && <span className="region-subcount">{t('tree.subregions', { count })}</span>}
              <RegionFlags region={region} />
            </span>
          </div>
        </th>
        <td className="ent-nowrap">{t(`level.${region.level}`, { ns: 'common' })}</td>
        <td className="mono ent-hide-narrow">{region.code}</td>
        <td className="ent-num ent-hide-narrow">{formatNumber(region.population, lng)}</td>
        <td className="ent-num">{formatNumber(region.stats.organizations, lng)}</td>
        <td className="ent-num">{formatNumber(region.stats.partyMembers, lng)}</td>
        <td className="ent-num">{formatNumber(region.stats.links, lng)}</td>
      </tr>
      {expanded && <RegionChildRows id={region.id} depth={depth + 1} open={open} />}
    </>
  );
}

/** The children of an expanded region, loaded when it is opened, a page at a time. */
function RegionChildRows({ id, depth, open }: { id: string; depth: number; open: OpenState }) {
  const { t } = useTranslation('regions');
  const list = usePagedQuery(RegionChildrenQuery, { id }, nestedKey(id), TREE_PAGE);
  const node = list.data?.node?.__typename === 'Region' ? list.data.node : undefined;
  if (list.error)
    return (
      <NoteRow depth={depth}>
        <ErrorState error={list.error} retry={list.retry} />
      </NoteRow>
    );
  if (!node)
    return (
      <NoteRow depth={depth}>
        <Loading label={t('tree.loading')} />
      </NoteRow>
    );
  const rows = nodesOf(node.children);
  if (rows.length === 0)
    return (
      <NoteRow depth={depth}>
        <span className="muted">{t('tree.noChildren')}</span>
      </NoteRow>
    );
  return (
    <RegionRows
      regions={rows}
      pageInfo={node.children.pageInfo}
      total={node.children.totalCount}
      onPage={list.setPage}
      depth={depth}
      open={open}
    />
  );
}

