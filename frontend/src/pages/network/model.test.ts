import { describe, expect, it } from 'vitest';
import { buildModel, collapseExpansion, toSlice, unseen, type ModelInput } from './model';
import { edge, org, slice } from './testBuilders';

// Seed S with neighbours A and B; A's own neighbours C and D; C's neighbour E.
const base = slice(1, [org('S', { depth: 0, degree: 2 }), org('A', { degree: 3 }), org('B', { degree: 1 })], [edge('S', 'A'), edge('S', 'B')]);
const openA = slice(1, [org('A', { depth: 0, degree: 3 }), org('S', { degree: 2 }), org('C', { degree: 2 }), org('D', { degree: 1 })], [edge('S', 'A'), edge('A', 'C'), edge('A', 'D')]);
const openC = slice(1, [org('C', { depth: 0, degree: 2 }), org('A', { degree: 3 }), org('E', { degree: 1 })], [edge('A', 'C'), edge('C', 'E')]);

const input = (expansions: ModelInput['expansions'], path?: ModelInput['path']): ModelInput => ({ seeds: ['S'], base, expansions, path });

describe('buildModel', () => {
  it('merges the seeds’ network with expanded nodes, each node and edge once', () => {
    const m = buildModel(input([{ id: 'A', slice: openA }]));
    expect([...m.nodes.keys()].sort()).toEqual(['A', 'B', 'C', 'D', 'S']);
    expect([...m.edges.keys()].sort()).toEqual(['link:A-C', 'link:A-D', 'link:S-A', 'link:S-B']);
    expect(m.nodes.get('S')?.seed).toBe(true);
    expect(m.nodes.get('A')).toMatchObject({ seed: false, degree: 3, shown: 3 });
    expect(m.activeExpansions).toEqual(new Set(['A']));
  });

  it('ignores an expansion whose node is not on screen, until something brings the node in', () => {
    const m = buildModel(input([{ id: 'C', slice: openC }]));
    expect(m.nodes.has('E')).toBe(false);
    expect(m.activeExpansions.has('C')).toBe(false);
    // Opened in any order: C's expansion counts once A's brings C in.
    const both = buildModel(input([{ id: 'C', slice: openC }, { id: 'A', slice: openA }]));
    expect(both.nodes.has('E')).toBe(true);
    expect(both.activeExpansions).toEqual(new Set(['A', 'C']));
  });

  it('counts an expansion still loading as active, so its request is made', () => {
    const m = buildModel(input([{ id: 'A', slice: undefined }]));
    expect(m.activeExpansions.has('A')).toBe(true);
    expect(m.nodes.size).toBe(3);
  });

  it('keeps "+N more" to neighbours a request left out, not to the rim of the view', () => {
    const truncated = slice(1, [org('S', { depth: 0, degree: 300, hiddenNeighbors: 298 }), org('A', { degree: 40 }), org('B')], [edge('S', 'A'), edge('S', 'B')], true);
    const m = buildModel({ seeds: ['S'], base: truncated, expansions: [], path: undefined });
    expect(m.nodes.get('S')).toMatchObject({ degree: 300, shown: 2, more: 298 });
    // A sits at the rim: its 39 other neighbours were not asked for.
    expect(m.nodes.get('A')).toMatchObject({ more: 0, shown: 1 });
    expect(unseen(m.nodes.get('A')!)).toBe(39);
  });

  it('lowers "+N more" as a bigger page of the same node arrives', () => {
    const small = slice(1, [org('S', { depth: 0, degree: 5, hiddenNeighbors: 3 }), org('A'), org('B')], [edge('S', 'A'), edge('S', 'B')], true);
    const bigger = slice(1, [org('S', { depth: 0, degree: 5, hiddenNeighbors: 1 }), org('A'), org('B'), org('C'), org('D')], ['A', 'B', 'C', 'D'].map((x) => edge('S', x)), true);
    const m = buildModel({ seeds: ['S'], base: small, expansions: [{ id: 'S', slice: bigger }], path: undefined });
    expect(m.nodes.get('S')).toMatchObject({ shown: 4, more: 1 });
  });

  it('adds a found path’s organizations and edges', () => {
    const path = slice(0, [org('S', { depth: 0, degree: 2 }), org('Z', { depth: 0, degree: 4 })], [edge('S', 'Z', 'PARENT', 'parent:Z')]);
    const m = buildModel(input([], path));
    expect(m.nodes.get('Z')?.degree).toBe(4);
    expect(m.edges.has('parent:Z')).toBe(true);
  });

  it('drops edges whose ends are not both on screen', () => {
    const stray = slice(1, [org('S', { depth: 0 })], [edge('S', 'Q')]);
    expect(buildModel({ seeds: ['S'], base: stray, expansions: [], path: undefined }).edges.size).toBe(0);
  });
});

describe('collapseExpansion', () => {
  it('removes what only the collapsed node brought in, with the expansions opened from it', () => {
    const expansions = [
      { id: 'A', maxNodes: 50 },
      { id: 'C', maxNodes: 50 },
    ];
    const full = input([
      { id: 'A', slice: openA },
      { id: 'C', slice: openC },
    ]);
    const kept = collapseExpansion(full, expansions, 'A');
    // C came in through A alone, so its expansion goes too.
    expect(kept).toEqual([]);
    const after = buildModel({ ...full, expansions: full.expansions.filter((x) => kept.some((k) => k.id === x.id)) });
    expect([...after.nodes.keys()].sort()).toEqual(['A', 'B', 'S']);
  });

  it('keeps a node that something else still brings in', () => {
    // B's expansion also reaches C, so collapsing A keeps C and C's expansion.
    const openB = slice(1, [org('B', { depth: 0, degree: 2 }), org('C', { degree: 2 })], [edge('B', 'C')]);
    const expansions = [
      { id: 'A', maxNodes: 50 },
      { id: 'B', maxNodes: 50 },
      { id: 'C', maxNodes: 50 },
    ];
    const full = input([
      { id: 'A', slice: openA },
      { id: 'B', slice: openB },
      { id: 'C', slice: openC },
    ]);
    expect(collapseExpansion(full, expansions, 'A').map((x) => x.id)).toEqual(['B', 'C']);
  });
});

describe('toSlice', () => {
  it('flattens an API answer', () => {
    const s = toSlice(2, {
      network: {
        truncated: true,
        nodes: [{ organization: { id: '1', name: '甲', nameLatin: null, kind: 'COOPERATIVE' }, depth: 0, degree: 3, hiddenNeighbors: 2 }],
        edges: [{ id: 'host:2', kind: 'HOST', source: { id: '1' }, target: { id: '2' }, link: null }],
      },
    });
    expect(s).toEqual({
      depth: 2,
      truncated: true,
      nodes: [{ id: '1', name: '甲', nameLatin: null, kind: 'COOPERATIVE', depth: 0, degree: 3, hiddenNeighbors: 2 }],
      edges: [{ id: 'host:2', source: '1', target: '2', kind: 'HOST', status: null, startedOn: null, endedOn: null }],
    });
  });
});
