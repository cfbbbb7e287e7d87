package views

import (
	"context"
	"fmt"

	"entgo.io/ent"

	"grassroots/internal/committed"
)

// Hook applies every local write of a followed entity to the views that
// follow it, once the write has committed: right away outside a transaction,
// after the commit inside one, never on rollback. Register it once, with
// client.Use, after every view.
func (r *Registry) Hook() ent.Hook { return committed.Hook(r.followed, r.prepare) }

func (r *Registry) followed(m ent.Mutation) (committed.Mutation, bool) {
	if len(r.follows[m.Type()]) == 0 {
		return nil, false
	}
	tm, ok := m.(committed.Mutation)
	return tm, ok
}

// prepare asks each following view, inside the transaction, what the write
// means to it, and returns the work of all of them.
func (r *Registry) prepare(ctx context.Context, m committed.Mutation, v ent.Value, ids []int) (func(), error) {
	w := Write{Entity: m.Type(), Op: opOf(m.Op()), IDs: ids, Value: v, Client: m.Client()}
	if w.Op == Create {
		id, ok := m.ID()
		if !ok {
			return nil, nil
		}
		w.IDs = []int{id}
	}
	if len(w.IDs) == 0 {
		return nil, nil
	}
	type pending struct {
		e    *entry
		work func()
	}
	var ps []pending
	for _, e := range r.follows[w.Entity] {
		work, err := e.v.Apply(ctx, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.v.Name(), err)
		}
		if work != nil {
			ps = append(ps, pending{e, work})
		}
	}
	if len(ps) == 0 {
		return nil, nil
	}
	return func() {
		for _, p := range ps {
			p.e.do(p.work)
		}
	}, nil
}

func opOf(o ent.Op) Op {
	switch {
	case o.Is(ent.OpCreate):
		return Create
	case o.Is(ent.OpDelete | ent.OpDeleteOne):
		return Delete
	}
	return Update
}
