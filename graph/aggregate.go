package graph

import (
	"context"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/internal/aggregate"
)

// aggregateOf runs an aggregate over the records where keeps (q after its
// filter), with REGION groups at level (COUNTY when nil).
func aggregateOf[Q any, S interface {
	Scan(context.Context, any) error
}](ctx context.Context, q Q, filter func(Q) (Q, error), e aggregate.Entity, dims []aggregate.Dimension, level *region.Level) (*aggregate.Result, error) {
	q, err := filter(q)
	if err != nil {
		return nil, err
	}
	lv := region.LevelCOUNTY
	if level != nil {
		lv = *level
	}
	return aggregate.Run[S](ctx, any(q).(aggregate.Querier[S]), e, dims, lv)
}

// groupKey is a group's key of dimension d; nil when it has none.
func groupKey(g *aggregate.Group, d aggregate.Dimension) *string {
	if k, ok := g.Keys[d]; ok {
		return &k
	}
	return nil
}

// groupRegions reads the regions of REGION groups by their paths, in one
// statement.
func (r *Resolver) groupRegions(ctx context.Context, objs []*aggregate.Group) ([]*ent.Region, error) {
	var paths []string
	for _, g := range objs {
		if p := g.Keys[aggregate.Region]; p != "" {
			paths = append(paths, p)
		}
	}
	out := make([]*ent.Region, len(objs))
	if len(paths) == 0 {
		return out, nil
	}
	rs, err := r.client(ctx).Region.Query().Where(region.PathIn(paths...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byPath := make(map[string]*ent.Region, len(rs))
	for _, x := range rs {
		byPath[x.Path] = x
	}
	for i, g := range objs {
		out[i] = byPath[g.Keys[aggregate.Region]]
	}
	return out, nil
}
