import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from './colors';
import { createGraph, nodeSize, syncGraph } from './graphSync';
import { buildModel, type ModelNode } from './model';
import { edge, org, slice } from './testBuilders';

const label = (n: ModelNode) => (n.more > 0 ? `${n.name} +${n.more}` : n.name);
const modelOf = (nodes: ReturnType<typeof org>[], edges: ReturnType<typeof edge>[]) =>
  buildModel({ seeds: [nodes[0].id], base: slice(1, nodes, edges), expansions: [], path: undefined });

describe('syncGraph', () => {
  it('fills an empty graph with the model, coloured by kind and sized by degree', () => {
    const g = createGraph();
    const r = syncGraph(g, modelOf([org('S', { depth: 0, degree: 2, kind: 'PARTY_COMMITTEE' }), org('A'), org('B', { kind: 'COOPERATIVE' })], [edge('S', 'A'), edge('S', 'B', 'HOST', 'host:B')]), label);
    expect(r).toEqual({ added: 3, removed: 0, edgesAdded: 2, edgesRemoved: 0 });
    expect(g.getNodeAttributes('S')).toMatchObject({ color: KIND_COLORS.PARTY_COMMITTEE, size: nodeSize(2), label: '组织S', seed: true });
    expect(g.getNodeAttribute('B', 'color')).toBe(KIND_COLORS.COOPERATIVE);
    expect(g.getEdgeAttribute('host:B', 'kind')).toBe('HOST');
    expect(g.source('host:B')).toBe('S');
    for (const id of ['S', 'A', 'B']) {
      expect(Number.isFinite(g.getNodeAttribute(id, 'x'))).toBe(true);
      expect(Number.isFinite(g.getNodeAttribute(id, 'y'))).toBe(true);
    }
  });

  it('updates in place: nodes that stay keep their position, the rest come and go', () => {
    const g = createGraph();
    syncGraph(g, modelOf([org('S', { depth: 0, degree: 2 }), org('A'), org('B')], [edge('S', 'A'), edge('S', 'B')]), label);
    g.setNodeAttribute('S', 'x', 100);
    g.setNodeAttribute('S', 'y', -50);
    const r = syncGraph(g, modelOf([org('S', { depth: 0, degree: 2 }), org('A'), org('C')], [edge('S', 'A'), edge('S', 'C')]), label);
    expect(r).toEqual({ added: 1, removed: 1, edgesAdded: 1, edgesRemoved: 1 });
    expect(g.getNodeAttributes('S')).toMatchObject({ x: 100, y: -50 });
    expect(g.hasNode('B')).toBe(false);
    expect(g.hasEdge('link:S-C')).toBe(true);
  });

  it('starts a newcomer beside the node that brought it in', () => {
    const g = createGraph();
    const nodes = [org('S', { depth: 0, degree: 3 }), org('A'), org('B'), org('C')];
    syncGraph(g, modelOf(nodes.slice(0, 3), [edge('S', 'A'), edge('S', 'B')]), label);
    g.forEachNode((id) => g.mergeNodeAttributes(id, { x: id === 'B' ? 1000 : 0, y: 0 }));
    syncGraph(g, modelOf(nodes, [edge('S', 'A'), edge('S', 'B'), edge('B', 'C')]), label);
    const c = g.getNodeAttributes('C');
    // The spread is a few percent of the view: C lands near B, far from S.
    expect(Math.hypot(c.x - 1000, c.y)).toBeLessThan(100);
  });

  it('relabels when a node’s count of hidden neighbours changes, and leaves it alone otherwise', () => {
    const g = createGraph();
    const truncated = slice(1, [org('S', { depth: 0, degree: 10, hiddenNeighbors: 9 }), org('A')], [edge('S', 'A')]);
    syncGraph(g, buildModel({ seeds: ['S'], base: truncated, expansions: [], path: undefined }), label);
    expect(g.getNodeAttribute('S', 'label')).toBe('组织S +9');
    let updates = 0;
    g.on('nodeAttributesUpdated', () => updates++);
    syncGraph(g, buildModel({ seeds: ['S'], base: truncated, expansions: [], path: undefined }), label);
    expect(updates).toBe(0);
    const fewer = slice(1, [org('S', { depth: 0, degree: 5, hiddenNeighbors: 4 }), org('A')], [edge('S', 'A')]);
    syncGraph(g, buildModel({ seeds: ['S'], base: fewer, expansions: [], path: undefined }), label);
    expect(g.getNodeAttribute('S', 'label')).toBe('组织S +4');
    expect(updates).toBe(1);
  });

  it('merges at the scale the explorer promises (5,000 nodes, 10,000 edges) and then adds to it', () => {
    const n = 5000;
    const nodes = Array.from({ length: n }, (_, i) => org(String(i), { depth: i === 0 ? 0 : 1, degree: 4 }));
    const edges = Array.from({ length: 2 * n }, (_, i) => edge(String(i % n), String((i * 7 + 1) % n), 'VILLAGE_VILLAGE', `e${i}`)).filter((e) => e.source !== e.target);
    const g = createGraph();
    syncGraph(g, modelOf(nodes, edges), label);
    expect(g.order).toBe(n);
    expect(g.size).toBe(edges.length);
    const before = g.getNodeAttributes('42');
    const more = [...nodes, org('new', { degree: 1 })];
    const r = syncGraph(g, modelOf(more, [...edges, edge('42', 'new', 'HOST', 'host:new')]), label);
    expect(r).toMatchObject({ added: 1, removed: 0, edgesAdded: 1 });
    expect(g.getNodeAttributes('42')).toMatchObject({ x: before.x, y: before.y });
  });
});
