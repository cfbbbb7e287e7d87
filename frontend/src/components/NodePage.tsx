import type { ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { Empty, ErrorState, Loading } from './Status';

/** The node a page is about, narrowed to the type the page shows. */
export type PageNode<Q, T extends string> = Extract<NonNullable<Q extends { node?: infer N } ? N : never>, { __typename: T }>;

/**
 * A page about one node, loaded by its ID. Until there is a node to show,
 * it shows progress, a readable error with a retry, or "not found" (also
 * when the ID is of another type); then children renders the node.
 */
export function NodePage<Q extends { node?: { __typename?: string } | null }, T extends string>({
  query,
  id,
  typename,
  loading,
  notFound,
  children,
}: {
  query: TypedDocumentNode<Q, { id: string }>;
  id: string;
  typename: T;
  loading: string;
  /** extra goes under the message, e.g. a way back. */
  notFound: { title: string; hint: string; extra?: ReactNode };
  children: (node: PageNode<Q, T>) => ReactNode;
}) {
  const [res, reexecute] = useQuery({ query, variables: { id } });
  if (res.fetching && !res.data) return <Loading label={loading} />;
  if (res.error && !res.data?.node) return <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const node = res.data?.node;
  if (!node || node.__typename !== typename) {
    return (
      <section className="page">
        <Empty title={notFound.title} hint={notFound.hint} />
        {notFound.extra}
      </section>
    );
  }
  return children(node as PageNode<Q, T>);
}
