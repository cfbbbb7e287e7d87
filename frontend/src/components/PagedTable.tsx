import type { ReactNode } from 'react';
import type { PageInfoFragment } from '../gql/graphql';
import { PagedList } from './PagedList';
import { Table, type Column } from './Table';
import type { PagedQuery } from './paging';

/**
 * A table of a list a page at a time: what PagedList shows around it
 * (error, first load, empty list, pager), the rows of the page shown in
 * columns, and above them, when given, something drawn from the same rows.
 */
export function PagedTable<R extends { id: string }>({
  list,
  conn,
  rows,
  columns,
  caption,
  loading,
  empty,
  pagerLabel,
  above,
  expanded,
}: {
  list: PagedQuery;
  /** The connection of the page shown; undefined until the first answer. */
  conn: { totalCount: number; pageInfo: PageInfoFragment } | undefined;
  rows: R[];
  columns: Column<R>[];
  caption?: string;
  loading: string;
  empty: { title: string; hint?: string };
  pagerLabel: string;
  above?: ReactNode;
  expanded?: (row: R) => ReactNode;
}) {
  return (
    <PagedList list={list} conn={conn} shown={rows.length} loading={loading} empty={empty} pagerLabel={pagerLabel}>
      {above}
      <Table columns={columns} rows={rows} caption={caption} expanded={expanded} />
    </PagedList>
  );
}
