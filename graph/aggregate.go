package graph

import (
	"context"
	"errors"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/internal/aggregate"
)

// aggregateOf runs an aggregate over the records of q that filter keeps,
// with REGION groups at level (COUNTY when nil).
func aggregateOf[Q any, S interface {
	Scan(context.Context, any) error
}](ctx context.Context, q Q, filter func() (func(*sql.Selector), error), e aggregate.Entity, dims []aggregate.Dimension, level *region.Level) (*aggregate.Result, error) {
	where, err := filter()
	if err != nil {
		return nil, err
	}
	lv := region.LevelCOUNTY
	if level != nil {
		lv = *level
	}
	return aggregate.Run[S](ctx, any(q).(aggregate.Querier[S]), where, e, dims, lv)
}

// filterOf is the predicate of a where input, read by p; nil (keeping
// everything) for no input or an empty one.
func filterOf[W any, P ~func(*sql.Selector)](w *W, p func(*W) (P, error), empty error) func() (func(*sql.Selector), error) {
	return func() (func(*sql.Selector), error) {
		if w == nil {
			return nil, nil
		}
		pred, err := p(w)
		if errors.Is(err, empty) {
			return nil, nil
		}
		return pred, err
	}
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
