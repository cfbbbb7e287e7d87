package graph

import (
	"context"

	"grassroots/ent"
	"grassroots/graph/selection"
	"grassroots/internal/scope"
)

// client is the transaction's client inside a mutation, else the root client.
func (r *Resolver) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.Client
}

// subtree resolves an optional inRegion argument to the region's path; ok is
// false when the argument is absent.
func (r *Resolver) subtree(ctx context.Context, id *int) (path string, ok bool, err error) {
	if id == nil {
		return "", false, nil
	}
	path, err = scope.RegionPath(ctx, r.client(ctx), "inRegion", *id)
	return path, err == nil, err
}

// narrow makes a root connection read only the columns its nodes' selection
// needs. entgql narrows on its own unless a selection holds a field it does
// not know (a resolver's); the selection package knows those.
func narrow[S any](ctx context.Context, q interface{ Select(...string) S }, e selection.Entity) {
	if cols, ok := selection.NodeColumns(ctx, e); ok {
		q.Select(cols...)
	}
}
