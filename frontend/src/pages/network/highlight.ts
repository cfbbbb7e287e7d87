import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIM_EDGE, DIM_NODE, PATH_COLOR } from './colors';
import type { EdgeAttrs, NetGraph, NodeAttrs } from './graphSync';

/** What is singled out on screen besides the graph itself. */
export interface ViewState {
  selected: string | null;
  hovered: string | null;
  /** The found path, when one is shown. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

/** The nodes and edges in focus; everything else is dimmed. null: nothing is dimmed. */
interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

function neighbourhood(graph: NetGraph, id: string): Focus {
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  graph.forEachEdge(id, (edge, _a, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/**
 * Hovering a node brings its neighbourhood forward; otherwise a found path
 * does; otherwise the selected node's neighbourhood. Computed once per
 * change, so the per-node reducers stay constant-time on large graphs.
 */
export function focusOf(graph: NetGraph, view: ViewState): Focus | null {
  if (view.hovered && graph.hasNode(view.hovered)) return neighbourhood(graph, view.hovered);
  if (view.path) return view.path;
  if (view.selected && graph.hasNode(view.selected)) return neighbourhood(graph, view.selected);
  return null;
}

/** Big views draw smaller circles, so thousands of nodes do not merge into one blot. */
export function sizeScale(order: number): number {
  return order > 2000 ? 0.45 : order > 800 ? 0.6 : order > 250 ? 0.8 : 1;
}

export function nodeDisplay(id: string, a: NodeAttrs, view: ViewState, focus: Focus | null, scale = 1): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> = { ...a, size: a.size * scale };
  const onPath = view.path?.nodes.has(id) ?? false;
  if (focus && !focus.nodes.has(id)) {
    out.color = DIM_NODE;
    out.label = '';
    out.zIndex = 0;
    return out;
  }
  out.zIndex = 1;
  if (id === view.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (a.seed || onPath) out.forceLabel = true;
  return out;
}

export function edgeDisplay(id: string, a: EdgeAttrs, view: ViewState, focus: Focus | null): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> = { ...a };
  if (view.path?.edges.has(id) && (!focus || focus === view.path || focus.edges.has(id))) {
    out.color = PATH_COLOR;
    out.size = 4;
    out.zIndex = 2;
    return out;
  }
  if (focus && !focus.edges.has(id)) {
    out.color = DIM_EDGE;
    out.zIndex = 0;
    return out;
  }
  out.zIndex = 1;
  return out;
}
