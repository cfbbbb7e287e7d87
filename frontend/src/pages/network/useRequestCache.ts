import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type RequestPolicy, type TypedDocumentNode } from 'urql';

interface Entry<R> {
  data?: R;
  error?: CombinedError;
  fetching: boolean;
}

export interface Request<V> {
  key: string;
  variables: V;
}

/**
 * A set of requests of one operation whose membership changes as the user
 * works (one per expanded node), which useQuery cannot express. Answers are
 * kept by key while their request is still wanted; urql's cache makes a
 * return to an earlier view instant.
 */
export function useRequestCache<R, V extends AnyVariables>(doc: TypedDocumentNode<R, V>) {
  const client = useClient();
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry<R>>>(new Map());
  const inflight = useRef(new Set<string>());
  const wanted = useRef(new Set<string>());
  const entriesRef = useRef(entries);
  useEffect(() => {
    entriesRef.current = entries;
  }, [entries]);

  const run = useCallback(
    (r: Request<V>, requestPolicy: RequestPolicy) => {
      inflight.current.add(r.key);
      setEntries((m) => new Map(m).set(r.key, { ...m.get(r.key), error: undefined, fetching: true }));
      void client
        .query(doc, r.variables, { requestPolicy })
        .toPromise()
        .then((res) => {
          inflight.current.delete(r.key);
          if (!wanted.current.has(r.key)) return;
          setEntries((m) => new Map(m).set(r.key, { data: res.data, error: res.error, fetching: false }));
        });
    },
    [client, doc],
  );

  /** Starts what is wanted and not yet asked for; forgets answers no longer wanted. */
  const sync = useCallback(
    (requests: Request<V>[]) => {
      wanted.current = new Set(requests.map((r) => r.key));
      setEntries((m) => {
        const stale = [...m.keys()].filter((k) => !wanted.current.has(k));
        if (!stale.length) return m;
        const next = new Map(m);
        for (const k of stale) next.delete(k);
        return next;
      });
      for (const r of requests) if (!inflight.current.has(r.key) && !entriesRef.current.has(r.key)) run(r, 'cache-first');
    },
    [run],
  );

  /** A request not yet started reads as loading. */
  const get = useCallback((key: string): Entry<R> => entries.get(key) ?? { fetching: true }, [entries]);
  const retry = useCallback((r: Request<V>) => run(r, 'network-only'), [run]);
  return { get, sync, retry, entries };
}

/** Requests are told apart by their variables (in a fixed order, so equal variables give equal keys). */
export function requestKey(prefix: string, variables: object): string {
  return `${prefix}:${JSON.stringify(variables)}`;
}
