import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from './Status';
import type { PageInfoFragment } from '../gql/graphql';
import { Pager } from './Pager';
import type { PagedQuery } from './paging';
import './entity.css';

/**
 * The body of a list a page at a time (see usePagedQuery): an error with a
 * retry, the first load, an empty list that explains itself, or the rows
 * (dimmed while the next page loads) with the pager under them. Without a
 * pagerLabel the rows page themselves (the region tree pages inside its table).
 */
export function PagedList({
  list,
  conn,
  shown,
  loading,
  empty,
  pagerLabel,
  children,
}: {
  list: PagedQuery;
  /** The connection of the page shown; undefined until the first answer. */
  conn: { totalCount: number; pageInfo: PageInfoFragment } | undefined;
  /** How many rows the page has. */
  shown: number;
  loading: string;
  empty: { title: string; hint?: string };
  pagerLabel?: string;
  children: ReactNode;
}) {
  if (list.error) return <ErrorState error={list.error} retry={list.retry} />;
  if (!conn) return <Loading label={loading} />;
  if (shown === 0) return <Empty title={empty.title} hint={empty.hint} />;
  return (
    <Busy busy={list.fetching}>
      {children}
      {pagerLabel && <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={shown} onPage={list.setPage} label={pagerLabel} />}
    </Busy>
  );
}

/** A list region that dims (and says it is busy) while its next page loads. */
function Busy({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <div className={busy ? 'ent-busy' : undefined} aria-busy={busy}>
      {children}
    </div>
  );
}
