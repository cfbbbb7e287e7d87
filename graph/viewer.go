package graph

import (
	"context"

	"entgo.io/contrib/entgql"

	"grassroots/ent"
	"grassroots/internal/access"
	"grassroots/internal/access/reach"
	"grassroots/internal/audit"
	"grassroots/internal/viewer"
)

// viewerOf is the request's viewer; the system (tests driving the schema
// without the HTTP host) reads as an anonymous viewer.
func viewerOf(ctx context.Context) *viewer.Viewer {
	if v, ok := viewer.FromContext(ctx); ok {
		return v
	}
	return &viewer.Viewer{}
}

// personal reports whether the viewer sees the person's personal data
// unmasked: an admin, or a coordinator whose scope holds the home region.
func (r *Resolver) personal(ctx context.Context, p *ent.Person) (bool, error) {
	in, err := reach.Regions(ctx, r.client(ctx), deref(p.HomeRegionID))
	if err != nil {
		return false, err
	}
	return in[0], nil
}

// regionsReached answers viewerCanEdit for records placed by one region.
func regionsReached[T any](ctx context.Context, c *ent.Client, objs []T, region func(T) int) ([]bool, error) {
	ids := make([]int, len(objs))
	for i, o := range objs {
		ids[i] = region(o)
	}
	return reach.Regions(ctx, c, ids...)
}

// history is a record's page of the audit trail, newest first. It is read
// as the system: whoever may read the record may read its history, whose
// personal data is masked.
func (r *Resolver) history(ctx context.Context, id int, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int) (*ent.AuditEventConnection, error) {
	return audit.Page(access.System(ctx), r.client(ctx), audit.Filter{Entity: &id}, after, first, before, last)
}

// deref is *p, or the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
