import { describe, expect, it } from 'vitest';
import { DIM_EDGE, DIM_NODE, PATH_COLOR } from './colors';
import { createGraph, syncGraph } from './graphSync';
import { edgeDisplay, focusOf, nodeDisplay, type ViewState } from './highlight';
import { buildModel } from './model';
import { edge, org, slice } from './testBuilders';

// S – A – B, S – C
function graph() {
  const g = createGraph();
  const base = slice(2, [org('S', { depth: 0 }), org('A'), org('B', { depth: 2 }), org('C')], [edge('S', 'A'), edge('A', 'B'), edge('S', 'C')]);
  syncGraph(g, buildModel({ seeds: ['S'], base, expansions: [], path: undefined }), (n) => n.name);
  return g;
}
const none: ViewState = { selected: null, hovered: null, path: null };

describe('focusOf', () => {
  it('dims nothing when nothing is singled out', () => {
    expect(focusOf(graph(), none)).toBeNull();
  });

  it('brings forward the selected node and its neighbours', () => {
    const f = focusOf(graph(), { ...none, selected: 'A' });
    expect([...(f?.nodes ?? [])].sort()).toEqual(['A', 'B', 'S']);
    expect([...(f?.edges ?? [])].sort()).toEqual(['link:A-B', 'link:S-A']);
  });

  it('lets a hovered node win over the path, and the path over the selection', () => {
    const path = { nodes: new Set(['S', 'C']), edges: new Set(['link:S-C']) };
    const g = graph();
    expect(focusOf(g, { selected: 'A', hovered: null, path })).toBe(path);
    expect([...(focusOf(g, { selected: 'A', hovered: 'C', path })?.nodes ?? [])].sort()).toEqual(['C', 'S']);
  });

  it('ignores a selection that is not on screen', () => {
    expect(focusOf(graph(), { ...none, selected: 'gone' })).toBeNull();
  });
});

describe('reducers', () => {
  it('dims and unlabels what is out of focus, labels the selected node and the seeds', () => {
    const g = graph();
    const view = { ...none, selected: 'B' };
    const f = focusOf(g, view);
    expect(nodeDisplay('C', g.getNodeAttributes('C'), view, f)).toMatchObject({ color: DIM_NODE, label: '' });
    expect(nodeDisplay('B', g.getNodeAttributes('B'), view, f)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeDisplay('S', g.getNodeAttributes('S'), none, null)).toMatchObject({ forceLabel: true });
    expect(edgeDisplay('link:S-C', g.getEdgeAttributes('link:S-C'), view, f)).toMatchObject({ color: DIM_EDGE });
  });

  it('draws the path over everything else', () => {
    const g = graph();
    const view = { ...none, path: { nodes: new Set(['S', 'A', 'B']), edges: new Set(['link:S-A', 'link:A-B']) } };
    const f = focusOf(g, view);
    expect(edgeDisplay('link:A-B', g.getEdgeAttributes('link:A-B'), view, f)).toMatchObject({ color: PATH_COLOR, zIndex: 2 });
    expect(edgeDisplay('link:S-C', g.getEdgeAttributes('link:S-C'), view, f)).toMatchObject({ color: DIM_EDGE });
    expect(nodeDisplay('A', g.getNodeAttributes('A'), view, f)).toMatchObject({ forceLabel: true });
    expect(nodeDisplay('C', g.getNodeAttributes('C'), view, f)).toMatchObject({ color: DIM_NODE });
  });

  it('scales circles down for big views', () => {
    const g = graph();
    expect(nodeDisplay('A', g.getNodeAttributes('A'), none, null, 0.5).size).toBe(g.getNodeAttribute('A', 'size') * 0.5);
  });
});
