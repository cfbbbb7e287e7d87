import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';

/**
 * What a paged list asks of a connection's pageInfo: all a Pager needs to
 * turn the page either way. Every paged operation spreads it.
 */
export const PageInfo = graphql(`
  fragment PageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

const PAGE_SIZE = 20;

/** Relay page arguments: forwards with first/after, backwards with last/before. */
interface PageVars {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

function pageVars(after: string | null, before: string | null, size = PAGE_SIZE): PageVars {
  if (before) return { last: size, before };
  if (after) return { first: size, after };
  return { first: size };
}

/** Forgets the cursor of the list kept under key, which returns it to its first page. */
export function clearCursor(params: URLSearchParams, key: string) {
  params.delete(key);
  params.delete(`${key}.before`);
}

/** The search params, and a way to change some of them in place without scrolling. */
function useEditParams() {
  const [params, setParams] = useSearchParams();
  const edit = (change: (next: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { preventScrollReset: true },
    );
  return [params, edit] as const;
}

/**
 * The page of one list, kept in the URL so that it can be shared and Back
 * returns to it: `?<key>=<cursor>` reads forwards from the cursor,
 * `?<key>.before=<cursor>` backwards. setPage takes what Pager hands over.
 */
function useUrlCursor(key: string, size = PAGE_SIZE) {
  const [params, edit] = useEditParams();
  const after = params.get(key);
  const before = params.get(`${key}.before`);
  const setPage = (p: { after?: string; before?: string }) =>
    edit((next) => {
      clearCursor(next, key);
      if (p.after) next.set(key, p.after);
      else if (p.before) next.set(`${key}.before`, p.before);
    });
  return { vars: pageVars(after, before, size), setPage };
}

/**
 * A list's filter kept in the URL as `?<param>=<value>`; anything but one of
 * values reads as no filter. Changing it returns the list (whose cursor is
 * kept under key) to its first page.
 */
export function useUrlFilter<T extends string>(param: string, values: readonly T[], key: string) {
  const [params, edit] = useEditParams();
  const raw = params.get(param);
  const value = values.find((v) => v === raw);
  const setValue = (v: T | undefined) =>
    edit((next) => {
      clearCursor(next, key);
      if (v) next.set(param, v);
      else next.delete(param);
    });
  return [value, setValue] as const;
}

/**
 * The last data a query produced, kept while the next page loads, so that a
 * list does not collapse to a spinner (and the page jump) on every page turn.
 * Pages key their content by entity id, so this never shows another entity.
 */
export function useKept<T>(data: T | undefined): T | undefined {
  const kept = useRef(data);
  if (data !== undefined) kept.current = data;
  return kept.current;
}

/** The state of a list's page that PagedList shows, and the ways to change it. */
export interface PagedQuery {
  error?: CombinedError;
  fetching: boolean;
  retry: () => void;
  setPage: (p: { after?: string; before?: string }) => void;
}

/**
 * One page of a list: the query run with the page's cursor from the URL
 * (useUrlCursor) added to its variables, and its last data kept while the
 * next page loads (useKept).
 */
export function usePagedQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, keyof PageVars>,
  key: string,
  size = PAGE_SIZE,
): PagedQuery & { data: Data | undefined; refetch: () => Promise<unknown> } {
  const { vars, setPage } = useUrlCursor(key, size);
  const client = useClient();
  const all = { ...variables, ...vars } as Variables;
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables: all });
  const data = useKept(result.data);
  return {
    data,
    error: result.error,
    fetching: result.fetching,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    setPage,
    // The page read again from the server (after a change), for as long as it takes.
    refetch: () => client.query(query, all, { requestPolicy: 'network-only' }).toPromise(),
  };
}

/** Edges of a connection without the holes GraphQL allows in them. */
export function nodesOf<N>(conn: { edges?: ReadonlyArray<{ node?: N | null } | null> | null } | null | undefined): N[] {
  const out: N[] = [];
  for (const e of conn?.edges ?? []) if (e?.node) out.push(e.node);
  return out;
}
