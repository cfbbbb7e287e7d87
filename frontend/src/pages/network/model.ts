import type { LinkStatus, NetworkEdgeKind, NetworkExplorerGraphQuery, OrganizationKind } from '../../gql/graphql';

/** An organization as the explorer knows it. */
interface OrgInfo {
  id: string;
  name: string;
  nameLatin: string | null;
  kind: OrganizationKind;
}

export interface NetEdge {
  id: string;
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  status: LinkStatus | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface SliceNode extends OrgInfo {
  depth: number;
  degree: number;
  hiddenNeighbors: number;
}

/** The answer to one network request, flattened. */
export interface Slice {
  /** Hops the request asked for: nodes nearer than this had their neighbours listed. */
  depth: number;
  truncated: boolean;
  nodes: SliceNode[];
  edges: NetEdge[];
}

export function toSlice(depth: number, data: NetworkExplorerGraphQuery): Slice {
  const n = data.network;
  return {
    depth,
    truncated: n.truncated,
    nodes: n.nodes.map((x) => ({ ...x.organization, depth: x.depth, degree: x.degree, hiddenNeighbors: x.hiddenNeighbors })),
    edges: n.edges.map((e) => ({
      id: e.id,
      source: e.source.id,
      target: e.target.id,
      kind: e.kind,
      status: e.link?.status ?? null,
      startedOn: e.link?.startedOn ?? null,
      endedOn: e.link?.endedOn ?? null,
    })),
  };
}

export interface ModelNode extends OrgInfo {
  /** Neighbours in the filtered graph, shown or not. */
  degree: number;
  /** Neighbours on screen. */
  shown: number;
  /**
   * Neighbours a request was asked to list but left out because of its size
   * limit: the "+N more" of a super-node. Zero for nodes at the rim of the
   * view, whose further neighbours were simply not asked for.
   */
  more: number;
  seed: boolean;
}

export interface NetworkModel {
  nodes: Map<string, ModelNode>;
  edges: Map<string, NetEdge>;
  /**
   * Expanded nodes that are in the view, loaded or not: the others (their
   * node was removed by a collapse or a change of seeds) are ignored.
   */
  activeExpansions: Set<string>;
}

export interface ModelInput {
  seeds: string[];
  base: Slice | undefined;
  /** In the order they were opened; a slice is undefined until it arrives. */
  expansions: { id: string; slice: Slice | undefined }[];
  /** The organizations of a found path and the edges between them. */
  path: Slice | undefined;
}

/**
 * Merges the seeds' network, the expanded nodes' networks and a found path
 * into what is on screen. An expansion counts only while its node is on
 * screen through something else, so collapsing a node also drops whatever
 * was opened from the nodes it alone brought in.
 */
export function buildModel({ seeds, base, expansions, path }: ModelInput): NetworkModel {
  const slices: Slice[] = [];
  if (base) slices.push(base);
  if (path) slices.push(path);
  const present = new Set<string>();
  for (const s of slices) for (const n of s.nodes) present.add(n.id);

  const active = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const x of expansions) {
      if (active.has(x.id) || !present.has(x.id)) continue;
      active.add(x.id);
      changed = true;
      if (x.slice) {
        slices.push(x.slice);
        for (const n of x.slice.nodes) present.add(n.id);
      }
    }
  }

  const seedSet = new Set(seeds);
  const nodes = new Map<string, ModelNode>();
  // Neighbours a request listed for each node, and how many it left out.
  const listed = new Map<string, number>();
  for (const s of slices) {
    for (const n of s.nodes) {
      const prev = nodes.get(n.id);
      nodes.set(n.id, {
        id: n.id,
        name: n.name,
        nameLatin: n.nameLatin,
        kind: n.kind,
        degree: Math.max(prev?.degree ?? 0, n.degree),
        shown: 0,
        more: 0,
        seed: seedSet.has(n.id),
      });
      if (n.depth < s.depth) listed.set(n.id, Math.min(listed.get(n.id) ?? Infinity, n.hiddenNeighbors));
    }
  }

  const edges = new Map<string, NetEdge>();
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const s of slices) {
    for (const e of s.edges) {
      if (edges.has(e.id) || !nodes.has(e.source) || !nodes.has(e.target)) continue;
      edges.set(e.id, e);
      link(e.source, e.target);
      link(e.target, e.source);
    }
  }

  for (const n of nodes.values()) {
    n.shown = neighbours.get(n.id)?.size ?? 0;
    // A later, bigger request may have brought in some of what an earlier one left out.
    const left = listed.get(n.id);
    if (left !== undefined && left > 0) n.more = Math.max(0, Math.min(left, n.degree - n.shown));
  }
  return { nodes, edges, activeExpansions: active };
}

/** Neighbours of a node that are not on screen, whether left out or never asked for. */
export function unseen(n: Pick<ModelNode, 'degree' | 'shown'>): number {
  return Math.max(0, n.degree - n.shown);
}

/** The expansions to keep after collapsing `id`: that one, and those only it kept in view. */
export function collapseExpansion<X extends { id: string }>(input: ModelInput, expansions: X[], id: string): X[] {
  const rest = input.expansions.filter((x) => x.id !== id);
  const { activeExpansions } = buildModel({ ...input, expansions: rest });
  return expansions.filter((x) => x.id !== id && activeExpansions.has(x.id));
}
