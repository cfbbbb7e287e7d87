import { useEffect, useMemo } from 'react';
import type { CombinedError } from 'urql';
import { useKept } from '../../components/paging';
import type { LinkKind, NetworkExplorerGraphQuery, NetworkExplorerGraphQueryVariables, NetworkExplorerPathQuery, NetworkExplorerPathQueryVariables } from '../../gql/graphql';
import { buildModel, toSlice, type ModelInput, type NetworkModel, type Slice } from './model';
import { NetworkGraphQuery, NetworkPathQuery } from './queries';
import type { NetworkParams } from './urlState';
import { requestKey, useRequestCache, type Request } from './useRequestCache';

type GraphVars = NetworkExplorerGraphQueryVariables;

/** Filters as request variables; unset ones are left out so the API applies its defaults. */
function filterVars(p: NetworkParams): { kinds?: LinkKind[]; includeHierarchy: boolean; asOf?: string } {
  return { ...(p.kinds ? { kinds: p.kinds } : {}), includeHierarchy: p.hierarchy, ...(p.asOf ? { asOf: p.asOf } : {}) };
}

function baseVariables(p: NetworkParams): GraphVars {
  return { seeds: p.seeds, depth: p.depth, ...filterVars(p), maxNodes: p.maxNodes };
}

function expansionVariables(p: NetworkParams, id: string, maxNodes: number): GraphVars {
  return { seeds: [id], depth: 1, ...filterVars(p), maxNodes };
}

function pathVariables(p: NetworkParams, path: [string, string]): NetworkExplorerPathQueryVariables {
  return { from: path[0], to: path[1], ...filterVars(p) };
}

/** The organizations of a found path, with their degrees and the edges between them. */
function pathNodesVariables(p: NetworkParams, ids: string[]): GraphVars {
  return { seeds: ids, depth: 0, ...filterVars(p), maxNodes: Math.max(1, ids.length) };
}

type Failure = { what: 'base' } | { what: 'expansion'; id: string } | { what: 'path' };

export interface NetworkData {
  /** What the model was built from (a collapse is worked out from it). */
  input: ModelInput;
  /** What is on screen: the last complete state, kept while the next one loads. */
  model: NetworkModel;
  /** Requests under way. */
  loading: { base: boolean; expansions: string[]; count: number };
  failures: { failure: Failure; error: CombinedError; retry: () => void }[];
  /** The seeds' network hit its size limit. */
  baseTruncated: boolean;
  path:
    | { state: 'none' | 'loading' | 'error' | 'notFound' }
    | { state: 'found'; path: NonNullable<NetworkExplorerPathQuery['shortestPath']> };
}

// Each answer is flattened once, however often the model is rebuilt around it.
const slices = new WeakMap<NetworkExplorerGraphQuery, Slice>();
function sliceFor(data: NetworkExplorerGraphQuery, depth: number): Slice {
  let s = slices.get(data);
  if (!s) slices.set(data, (s = toSlice(depth, data)));
  return s;
}

const EMPTY: NetworkModel = { nodes: new Map(), edges: new Map(), activeExpansions: new Set() };

/**
 * Loads everything the explorer shows: the seeds' network, one network per
 * expanded node (only while that node is on screen), and a requested path
 * with its organizations. Each answer is merged into one model.
 */
export function useNetworkData(p: NetworkParams): NetworkData {
  const graphs = useRequestCache(NetworkGraphQuery);
  const paths = useRequestCache(NetworkPathQuery);

  const baseReq: Request<GraphVars> | null = p.seeds.length ? { key: requestKey('base', baseVariables(p)), variables: baseVariables(p) } : null;
  const pathReq: Request<NetworkExplorerPathQueryVariables> | null = p.path ? { key: requestKey('path', pathVariables(p, p.path)), variables: pathVariables(p, p.path) } : null;
  const pathEntry = pathReq ? paths.get(pathReq.key) : undefined;
  const found = pathEntry?.data?.shortestPath ?? null;
  const pathIds = found?.organizations.map((o) => o.id) ?? [];
  const pathNodesReq: Request<GraphVars> | null = pathIds.length
    ? { key: requestKey('pathNodes', pathNodesVariables(p, pathIds)), variables: pathNodesVariables(p, pathIds) }
    : null;
  const expansionReqs = p.expansions.map((x) => {
    const variables = expansionVariables(p, x.id, x.maxNodes);
    return { id: x.id, key: requestKey('expand', variables), variables };
  });

  const { entries } = graphs;
  const sliceOf = (key: string | undefined, depth: number): Slice | undefined => {
    const data = key ? entries.get(key)?.data : undefined;
    return data ? sliceFor(data, depth) : undefined;
  };
  const expansionSig = expansionReqs.map((x) => x.key).join('|');
  const input: ModelInput = useMemo(
    () => ({
      seeds: p.seeds,
      base: sliceOf(baseReq?.key, p.depth),
      expansions: expansionReqs.map((x) => ({ id: x.id, slice: sliceOf(x.key, 1) })),
      path: sliceOf(pathNodesReq?.key, 0),
    }),
    // The keys stand for the variables, entries for the answers.
    [entries, baseReq?.key, expansionSig, pathNodesReq?.key, p.seeds.join(','), p.depth],
  );
  const model = useMemo(() => buildModel(input), [input]);

  const wanted: Request<GraphVars>[] = [
    ...(baseReq ? [baseReq] : []),
    ...expansionReqs.filter((x) => model.activeExpansions.has(x.id)),
    ...(pathNodesReq ? [pathNodesReq] : []),
  ];
  const wantedSig = wanted.map((r) => r.key).join('|');
  const { sync: syncGraphs } = graphs;
  const { sync: syncPaths } = paths;
  // Keyed on the request keys: the arrays themselves are new on every render.
  useEffect(() => syncGraphs(wanted), [wantedSig, syncGraphs]);
  useEffect(() => syncPaths(pathReq ? [pathReq] : []), [pathReq?.key, syncPaths]);

  const baseLoading = baseReq ? graphs.get(baseReq.key).fetching : false;
  const loadingExpansions = expansionReqs.filter((x) => model.activeExpansions.has(x.id) && graphs.get(x.key).fetching).map((x) => x.id);
  const pathLoading = (pathEntry?.fetching ?? false) || (pathNodesReq ? graphs.get(pathNodesReq.key).fetching : false);
  const count = (baseLoading ? 1 : 0) + loadingExpansions.length + (pathLoading ? 1 : 0);

  // While something loads, the last settled model stays on screen.
  const shown = useKept(count === 0 ? model : undefined) ?? EMPTY;

  const failures: NetworkData['failures'] = [];
  const baseEntry = baseReq ? graphs.get(baseReq.key) : undefined;
  if (baseReq && baseEntry?.error) failures.push({ failure: { what: 'base' }, error: baseEntry.error, retry: () => graphs.retry(baseReq) });
  for (const x of expansionReqs) {
    const e = model.activeExpansions.has(x.id) ? graphs.get(x.key).error : undefined;
    if (e) failures.push({ failure: { what: 'expansion', id: x.id }, error: e, retry: () => graphs.retry(x) });
  }
  if (pathReq && pathEntry?.error) failures.push({ failure: { what: 'path' }, error: pathEntry.error, retry: () => paths.retry(pathReq) });
  const pathNodesError = pathNodesReq ? graphs.get(pathNodesReq.key).error : undefined;
  if (pathNodesReq && pathNodesError) failures.push({ failure: { what: 'path' }, error: pathNodesError, retry: () => graphs.retry(pathNodesReq) });

  let path: NetworkData['path'] = { state: 'none' };
  if (pathReq) {
    if (pathEntry?.error || pathNodesError) path = { state: 'error' };
    else if (pathLoading || !pathEntry?.data) path = { state: 'loading' };
    else path = found ? { state: 'found', path: found } : { state: 'notFound' };
  }

  return {
    input,
    model: shown,
    loading: { base: baseLoading, expansions: loadingExpansions, count },
    failures,
    baseTruncated: baseEntry?.data?.network.truncated ?? false,
    path,
  };
}
