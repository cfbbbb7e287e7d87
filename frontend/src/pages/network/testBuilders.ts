import type { NetworkEdgeKind, OrganizationKind } from '../../gql/graphql';
import type { NetEdge, Slice, SliceNode } from './model';

/** Builders for the tests of this folder. */
export function org(id: string, over: Partial<SliceNode> = {}): SliceNode {
  return { id, name: `组织${id}`, nameLatin: `Zuzhi ${id}`, kind: 'PARTY_BRANCH' as OrganizationKind, depth: 1, degree: 1, hiddenNeighbors: 0, ...over };
}

export function edge(source: string, target: string, kind: NetworkEdgeKind = 'VILLAGE_VILLAGE', id = `link:${source}-${target}`): NetEdge {
  return { id, source, target, kind, status: kind === 'PARENT' || kind === 'HOST' ? null : 'ACTIVE', startedOn: null, endedOn: null };
}

export function slice(depth: number, nodes: SliceNode[], edges: NetEdge[], truncated = false): Slice {
  return { depth, nodes, edges, truncated };
}
