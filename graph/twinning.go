package graph

import (
	"context"
	"time"

	"grassroots/ent"
	"grassroots/graph/model"
	"grassroots/internal/twinning"
	"grassroots/internal/twinning/rule"
)

// weightsOf turns the weights argument into the service's (nil: defaults).
func weightsOf(w *model.TwinningWeights) twinning.Weights {
	out := twinning.Weights{}
	if w == nil {
		return out
	}
	for f, v := range map[twinning.Factor]*float64{twinning.Capacity: w.Capacity, twinning.Distance: w.Distance,
		twinning.Industry: w.Industry, twinning.Ties: w.Ties, twinning.Activity: w.Activity} {
		if v != nil {
			out[f] = *v
		}
	}
	return out
}

// move makes a change of a twinning's state.
func (r *mutationResolver) move(ctx context.Context, in model.TwinningTransitionInput, a rule.Action) (*ent.Link, error) {
	return r.Twinning.Move(ctx, r.client(ctx), in.Twinning, a, in.On, deref(in.Reason))
}

// lastActivities is each link's last activity day (nil: none), in order.
func (r *linkResolver) lastActivities(ctx context.Context, objs []*ent.Link) ([]*time.Time, error) {
	ids := make([]int, len(objs))
	for i, l := range objs {
		ids[i] = l.ID
	}
	last, err := twinning.LastActivities(ctx, r.client(ctx), ids)
	out := make([]*time.Time, len(objs))
	for i, l := range objs {
		if t, ok := last[l.ID]; ok {
			out[i] = &t
		}
	}
	return out, err
}
