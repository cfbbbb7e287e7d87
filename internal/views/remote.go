package views

import (
	"context"
	"time"

	"grassroots/internal/changes"
)

// refreshTimeout bounds the work one remote change costs a view.
const refreshTimeout = 2 * time.Minute

// Follow subscribes the registry to feed: the changes other processes
// commit reach the views that follow their entity; a resync reloads them.
// This process's own writes reach the views through Hook.
func (r *Registry) Follow(feed *changes.Feed) { feed.Subscribe(r.remote) }

func (r *Registry) remote(c changes.Change) {
	if !c.Remote {
		return
	}
	if c.Op == changes.Resync {
		for _, e := range r.resynced(c.Entity) {
			r.reload(e)
		}
		return
	}
	name, ok := r.names[c.Entity]
	if !ok {
		return
	}
	vc := Change{Entity: name, Op: Op(c.Op), IDs: c.IDs}
	for _, e := range r.follows[name] {
		e.do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), refreshTimeout)
			defer cancel()
			if err := e.v.Refresh(ctx, vc); err != nil {
				// the view may now miss the change: load it again
				r.log.Error("view: remote change not applied; reloading", "view", e.v.Name(), "entity", name, "op", vc.Op, "ids", len(vc.IDs), "error", err)
				r.reload(e)
			}
		})
	}
}

// resynced lists the views a resync of entity (changes.All: everything) reloads.
func (r *Registry) resynced(entity string) []*entry {
	if entity == changes.All {
		return r.entries
	}
	return r.follows[r.names[entity]]
}
