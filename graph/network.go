package graph

import (
	"context"
	"grassroots/internal/page"

	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/graph/model"
	"grassroots/graph/selection"
	"grassroots/internal/network"
	"grassroots/internal/scope"
)

// This file translates between the GraphQL network types and package
// network, which works on organization IDs: each answer's organizations and
// links are read in one statement each.

func networkFilter(kinds []link.Kind, hierarchy *bool, asOf *time.Time) network.Filter {
	f := network.Filter{Hierarchy: hierarchy != nil && *hierarchy}
	for _, k := range kinds {
		f.Kinds = append(f.Kinds, string(k))
	}
	if asOf != nil {
		f.AsOf = *asOf
	}
	return f
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// inScope is the membership test for an optional region argument: every
// organization when it is absent.
func (r *Resolver) inScope(ctx context.Context, region *int) (func(int) bool, error) {
	if region == nil {
		return func(int) bool { return true }, nil
	}
	path, err := scope.RegionPath(ctx, r.client(ctx), "region", *region)
	if err != nil {
		return nil, err
	}
	return scope.RegionSet(ctx, r.client(ctx), path)
}

// organizations reads the organizations with the given IDs.
func (r *Resolver) organizations(ctx context.Context, ids []int) (map[int]*ent.Organization, error) {
	os, err := r.client(ctx).Organization.Query().Where(organization.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int]*ent.Organization, len(os))
	for _, o := range os {
		out[o.ID] = o
	}
	return out, nil
}

// graphView holds the entities an answer refers to.
type graphView struct {
	orgs  map[int]*ent.Organization
	links map[int]*ent.Link
}

// view reads the organizations and links an answer refers to — only when
// the selection asks for more of them than their IDs (the index knows those).
func (r *Resolver) view(ctx context.Context, orgIDs []int, edges []network.Edge) (*graphView, error) {
	need := selectionNeeds(ctx)
	v := &graphView{orgs: make(map[int]*ent.Organization, len(orgIDs)), links: map[int]*ent.Link{}}
	if need.orgs {
		orgs, err := r.organizations(ctx, orgIDs)
		if err != nil {
			return nil, err
		}
		v.orgs = orgs
	} else {
		stubs := make([]ent.Organization, len(orgIDs))
		for i, id := range orgIDs {
			stubs[i].ID = id
			v.orgs[id] = &stubs[i]
		}
	}
	var linkIDs []int
	for _, e := range edges {
		if e.LinkID != 0 {
			linkIDs = append(linkIDs, e.LinkID)
		}
	}
	if len(linkIDs) > 0 && need.links {
		ls, err := r.client(ctx).Link.Query().Where(link.IDIn(linkIDs...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			v.links[l.ID] = l
		}
	}
	return v, nil
}

// edges converts edges whose ends are known; an edge to an organization
// deleted since the index answered is left out.
func (v *graphView) edges(es []network.Edge) []*model.NetworkEdge {
	out := make([]*model.NetworkEdge, 0, len(es))
	for _, e := range es {
		src, dst := v.orgs[e.Source], v.orgs[e.Target]
		if src == nil || dst == nil {
			continue
		}
		out = append(out, &model.NetworkEdge{
			ID: e.ID, Source: src, Target: dst,
			Kind: model.NetworkEdgeKind(strings.ToUpper(e.Kind)),
			Link: v.links[e.LinkID],
		})
	}
	return out
}

func (r *Resolver) egoNetwork(ctx context.Context, seeds []int, depth int, kinds []link.Kind, hierarchy *bool, asOf *time.Time, maxNodes int) (*model.Network, error) {
	ego, err := r.Network.Ego(seeds, depth, networkFilter(kinds, hierarchy, asOf), maxNodes)
	if err != nil {
		return nil, err
	}
	ids := make([]int, len(ego.Nodes))
	for i, n := range ego.Nodes {
		ids[i] = n.ID
	}
	v, err := r.view(ctx, ids, ego.Edges)
	if err != nil {
		return nil, err
	}
	out := &model.Network{Truncated: ego.Truncated, Edges: v.edges(ego.Edges), Nodes: make([]*model.NetworkNode, 0, len(ego.Nodes))}
	for _, n := range ego.Nodes {
		if o := v.orgs[n.ID]; o != nil {
			out.Nodes = append(out.Nodes, &model.NetworkNode{Organization: o, Depth: n.Depth, Degree: n.Degree, HiddenNeighbors: n.Hidden})
		}
	}
	return out, nil
}

func (r *Resolver) networkPaths(ctx context.Context, paths []network.Path) ([]*model.NetworkPath, error) {
	var ids []int
	var edges []network.Edge
	for _, p := range paths {
		ids = append(ids, p.Nodes...)
		edges = append(edges, p.Edges...)
	}
	v, err := r.view(ctx, ids, edges)
	if err != nil {
		return nil, err
	}
	out := make([]*model.NetworkPath, 0, len(paths))
	for _, p := range paths {
		np := &model.NetworkPath{Length: len(p.Edges), Edges: v.edges(p.Edges)}
		for _, id := range p.Nodes {
			if o := v.orgs[id]; o != nil {
				np.Organizations = append(np.Organizations, o)
			}
		}
		out = append(out, np)
	}
	return out, nil
}

// componentPage returns the first members of a component, in its order.
func (r *Resolver) componentPage(ctx context.Context, c *model.NetworkComponent, first *int) ([]*ent.Organization, error) {
	n := min(max(intOr(first, page.Default), 0), page.Max)
	ids := c.Members[:min(n, len(c.Members))]
	orgs, err := r.organizations(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*ent.Organization, 0, len(ids))
	for _, id := range ids {
		if o := orgs[id]; o != nil {
			out = append(out, o)
		}
	}
	return out, nil
}

func (r *Resolver) centrality(ctx context.Context, region *int, kinds []link.Kind, hierarchy *bool, asOf *time.Time, measure model.CentralityMeasure, first *int) (*model.NetworkCentrality, error) {
	in, err := r.inScope(ctx, region)
	if err != nil {
		return nil, err
	}
	c, err := r.Network.Centrality(ctx, in, networkFilter(kinds, hierarchy, asOf), string(measure), intOr(first, page.Default))
	if err != nil {
		return nil, err
	}
	ids := make([]int, len(c.Scores))
	for i, s := range c.Scores {
		ids[i] = s.ID
	}
	orgs, err := r.organizations(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := &model.NetworkCentrality{Measure: measure, Exact: c.Exact, Scope: c.Scope, Scores: make([]*model.CentralityScore, 0, len(ids))}
	if !c.Exact {
		out.ErrorBound = &c.ErrorBound
	}
	for _, s := range c.Scores {
		if o := orgs[s.ID]; o != nil {
			out.Scores = append(out.Scores, &model.CentralityScore{Organization: o, Score: s.Score})
		}
	}
	return out, nil
}

func (r *Resolver) components(ctx context.Context, region *int, kinds []link.Kind, hierarchy *bool, asOf *time.Time, minSize int, first *int) ([]*model.NetworkComponent, error) {
	in, err := r.inScope(ctx, region)
	if err != nil {
		return nil, err
	}
	cs, err := r.Network.Components(in, networkFilter(kinds, hierarchy, asOf), minSize, intOr(first, page.Default))
	if err != nil {
		return nil, err
	}
	out := make([]*model.NetworkComponent, len(cs))
	for i, c := range cs {
		out[i] = &model.NetworkComponent{Size: c.Size, LinkCount: c.LinkCount, Members: c.Members}
	}
	return out, nil
}

// needs says which entities a network answer's selection reads beyond IDs.
type needs struct{ orgs, links bool }

// selectionNeeds reads the selection of the field being resolved (a
// Network, a NetworkPath or a list of them): organizations are needed when
// any organization field other than id is selected, links when edges.link
// is.
func selectionNeeds(ctx context.Context) needs {
	field := selection.Field(ctx)
	if _, ok := selection.Under(ctx, field); !ok {
		return needs{true, true}
	}
	asked := func(path ...string) []graphql.CollectedField {
		f, _ := selection.Under(ctx, field, path...)
		return f
	}
	var n needs
	for _, path := range [][]string{{"nodes", "organization"}, {"organizations"}, {"edges", "source"}, {"edges", "target"}} {
		if !selection.IDOnly(asked(path...)) {
			n.orgs = true
		}
	}
	n.links = selection.Has(asked("edges"), "link")
	return n
}
