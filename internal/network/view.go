package network

import (
	"context"
	"time"

	gen "grassroots/ent"
	"grassroots/internal/store"
	"grassroots/internal/views"
)

// View is the network index as one of the server's views (see package
// views): loaded from st, following organizations and links. Until its first
// load is in place, queries wait for it up to loadWait.
type View struct {
	Index *Index
	st    *store.Store
}

// loadWait bounds how long a query waits for the first load (the queries
// take no context): the network loads within seconds of start.
const loadWait = 10 * time.Second

// NewView returns the view of a new, not yet loaded index over st.
func NewView(st *store.Store) *View {
	x := New()
	x.gate = views.NewGate("the organization network")
	return &View{Index: x, st: st}
}

func (v *View) Name() string { return "network" }

func (v *View) Follows() []string { return []string{gen.TypeOrganization, gen.TypeLink} }

func (v *View) Load(ctx context.Context) (func(), error) {
	b, err := build(ctx, v.st.DB)
	if err != nil {
		return nil, err
	}
	return func() { v.Index.replace(b) }, nil
}

func (v *View) Apply(ctx context.Context, w views.Write) (func(), error) {
	return v.Index.prepare(ctx, w)
}

func (v *View) Refresh(ctx context.Context, c views.Change) error {
	return v.Index.Refresh(ctx, v.st, c.Entity, c.IDs)
}

// Ready opens the index to queries.
func (v *View) Ready() { v.Index.gate.Open() }

// serving returns the snapshot queries read, once the first load is in place.
func (x *Index) serving() (*snap, error) {
	if x.gate != nil {
		ctx, cancel := context.WithTimeout(context.Background(), loadWait)
		defer cancel()
		if err := x.gate.Wait(ctx); err != nil {
			return nil, err
		}
	}
	return x.cur.Load(), nil
}
