import { useRef } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/** Relay page arguments: forwards with first/after, backwards with last/before. */
export interface PageVars {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

export function pageVars(after: string | null, before: string | null, size = PAGE_SIZE): PageVars {
  if (before) return { last: size, before };
  if (after) return { first: size, after };
  return { first: size };
}

/**
 * The page of one list, kept in the URL so that it can be shared and Back
 * returns to it: `?<key>=<cursor>` reads forwards from the cursor,
 * `?<key>.before=<cursor>` backwards. setPage takes what Pager hands over.
 */
export function useUrlCursor(key: string, size = PAGE_SIZE) {
  const [params, setParams] = useSearchParams();
  const after = params.get(key);
  const before = params.get(`${key}.before`);
  const setPage = (p: { after?: string; before?: string }) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(key);
        next.delete(`${key}.before`);
        if (p.after) next.set(key, p.after);
        else if (p.before) next.set(`${key}.before`, p.before);
        return next;
      },
      { preventScrollReset: true },
    );
  return { vars: pageVars(after, before, size), setPage };
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

/** Edges of a connection without the holes GraphQL allows in them. */
export function nodesOf<N>(conn: { edges?: ReadonlyArray<{ node?: N | null } | null> | null } | null | undefined): N[] {
  const out: N[] = [];
  for (const e of conn?.edges ?? []) if (e?.node) out.push(e.node);
  return out;
}
