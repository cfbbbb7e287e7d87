package graph

import (
	"context"

	"grassroots/ent"
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
