import { MultiDirectedGraph } from 'graphology';
import type { NetworkEdgeKind, OrganizationKind } from '../../gql/graphql';
import { EDGE_COLORS, KIND_COLORS } from './colors';
import type { ModelNode, NetworkModel } from './model';

/** What the renderer reads from each node. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: OrganizationKind;
  degree: number;
  seed: boolean;
}

export interface EdgeAttrs {
  kind: NetworkEdgeKind;
  color: string;
  size: number;
}

export type NetGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Several edges may join the same pair (a link and a hierarchy edge), hence a multigraph. */
export function createGraph(): NetGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
}

/** Bigger for better-connected organizations, with a square root so hubs do not swamp the picture. */
export function nodeSize(degree: number): number {
  return Math.min(24, 3 + 1.6 * Math.sqrt(Math.max(0, degree)));
}

/** A small deterministic generator, so the same view starts from the same positions. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SyncResult {
  added: number;
  removed: number;
  edgesAdded: number;
  edgesRemoved: number;
}

function extent(graph: NetGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return graph.order ? Math.max(maxX - minX, maxY - minY) : 0;
}

/**
 * Brings the graph in line with the model in place: nodes and edges that
 * left are dropped, new ones added, changed attributes updated, and nodes
 * that stay keep their positions. A new node starts beside a neighbour that
 * is already placed, so the layout only has to settle the newcomers.
 */
export function syncGraph(graph: NetGraph, model: NetworkModel, label: (n: ModelNode) => string): SyncResult {
  const result: SyncResult = { added: 0, removed: 0, edgesAdded: 0, edgesRemoved: 0 };

  graph.forEachEdge((id) => {
    if (!model.edges.has(id)) {
      graph.dropEdge(id);
      result.edgesRemoved++;
    }
  });
  graph.forEachNode((id) => {
    if (!model.nodes.has(id)) {
      graph.dropNode(id);
      result.removed++;
    }
  });

  const spread = Math.max(1, extent(graph) * 0.04);
  const fresh: ModelNode[] = [];
  for (const n of model.nodes.values()) {
    const attrs = { size: nodeSize(n.degree), color: KIND_COLORS[n.kind], label: label(n), kind: n.kind, degree: n.degree, seed: n.seed };
    if (graph.hasNode(n.id)) {
      const a = graph.getNodeAttributes(n.id);
      if (a.size !== attrs.size || a.color !== attrs.color || a.label !== attrs.label || a.degree !== attrs.degree || a.seed !== attrs.seed) {
        graph.mergeNodeAttributes(n.id, attrs);
      }
    } else {
      fresh.push(n);
    }
  }

  // Who each newcomer is linked to, to place it next to one already placed.
  const freshIds = new Set(fresh.map((n) => n.id));
  const adjacent = new Map<string, string[]>();
  const note = (from: string, to: string) => {
    if (!freshIds.has(from)) return;
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const e of model.edges.values()) {
    note(e.source, e.target);
    note(e.target, e.source);
  }
  // Breadth-first from what is already on screen, so each newcomer starts
  // beside the node that brought it in; a group touching nothing on screen
  // starts from its best-connected member, somewhere on a disc.
  const placed = new Map<string, { x: number; y: number }>();
  const queue: { id: string; from: { x: number; y: number } }[] = [];
  const place = (id: string, at: { x: number; y: number }) => {
    placed.set(id, at);
    for (const m of adjacent.get(id) ?? []) if (freshIds.has(m) && !placed.has(m)) queue.push({ id: m, from: at });
  };
  for (const n of fresh) {
    const anchor = (adjacent.get(n.id) ?? []).find((m) => graph.hasNode(m));
    if (anchor) queue.push({ id: n.id, from: graph.getNodeAttributes(anchor) });
  }
  const byDegree = [...fresh].sort((a, b) => Number(b.seed) - Number(a.seed) || b.degree - a.degree);
  let next = 0;
  let head = 0;
  while (placed.size < fresh.length) {
    const item = queue[head++];
    if (item) {
      if (placed.has(item.id)) continue;
      const rnd = random(item.id);
      const angle = rnd() * 2 * Math.PI;
      const r = spread * (0.5 + rnd());
      place(item.id, { x: item.from.x + r * Math.cos(angle), y: item.from.y + r * Math.sin(angle) });
      continue;
    }
    while (placed.has(byDegree[next].id)) next++;
    const start = byDegree[next];
    const rnd = random(start.id);
    const angle = rnd() * 2 * Math.PI;
    // The first group of an empty graph at the centre, any other around it.
    const r = graph.order === 0 && placed.size === 0 ? 0 : Math.max(5, spread * 10) * Math.sqrt(rnd());
    place(start.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  for (const n of fresh) {
    const p = placed.get(n.id)!;
    graph.addNode(n.id, { x: p.x, y: p.y, size: nodeSize(n.degree), color: KIND_COLORS[n.kind], label: label(n), kind: n.kind, degree: n.degree, seed: n.seed });
    result.added++;
  }

  for (const e of model.edges.values()) {
    if (graph.hasEdge(e.id)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { kind: e.kind, color: EDGE_COLORS[e.kind], size: e.kind === 'PARENT' || e.kind === 'HOST' ? 1 : 1.5 });
    result.edgesAdded++;
  }
  return result;
}
