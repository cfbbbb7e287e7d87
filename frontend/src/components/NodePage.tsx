import type { ReactElement, ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { Empty, ErrorState, Loading } from './Status';

/** The node a page is about, narrowed to the type the page shows. */
export type PageNode<Q, T extends string> = Extract<NonNullable<Q extends { node?: infer N } ? N : never>, { __typename: T }>;

export interface NodePageText {
  loading: string;
  notFoundTitle: string;
  notFoundHint: string;
  /** Shown under the "not found" message, e.g. a way back. */
  notFoundExtra?: ReactNode;
}

/**
 * Loads the node a page is about by its ID. Until the page can show it,
 * the hook hands back the screen to show instead: progress, a readable
 * error with a retry, or "not found" (also when the ID is of another type).
 */
export function useNodePage<Q extends { node?: { __typename?: string } | null }, T extends string>(
  query: TypedDocumentNode<Q, { id: string }>,
  id: string,
  typename: T,
  text: NodePageText,
): { node: PageNode<Q, T>; screen?: undefined } | { node?: undefined; screen: ReactElement } {
  const [res, reexecute] = useQuery({ query, variables: { id } });
  if (res.fetching && !res.data) return { screen: <Loading label={text.loading} /> };
  if (res.error && !res.data?.node) {
    return { screen: <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} /> };
  }
  const node = res.data?.node;
  if (!node || node.__typename !== typename) {
    return {
      screen: (
        <section className="page">
          <Empty title={text.notFoundTitle} hint={text.notFoundHint} />
          {text.notFoundExtra}
        </section>
      ),
    };
  }
  return { node: node as PageNode<Q, T> };
}
