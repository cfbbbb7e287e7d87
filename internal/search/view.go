package search

import (
	"context"
	"fmt"

	gen "grassroots/ent"
	"grassroots/internal/store"
	"grassroots/internal/views"
)

// View is the search index as one of the server's views (see package
// views): loaded from st, following regions, organizations and people.
// Until its first load is in place, Find waits for it.
type View struct {
	Index *Index
	st    *store.Store
}

// NewView returns the view of a new, not yet loaded index over st.
func NewView(st *store.Store) *View {
	x := New()
	x.gate = views.NewGate("the search index")
	return &View{Index: x, st: st}
}

func (v *View) Name() string { return "search" }

func (v *View) Follows() []string {
	return []string{gen.TypeRegion, gen.TypeOrganization, gen.TypePerson}
}

func (v *View) Load(ctx context.Context) (func(), error) { return v.Index.build(ctx, v.st) }

func (v *View) Apply(ctx context.Context, w views.Write) (func(), error) {
	return v.Index.prepare(ctx, w)
}

func (v *View) Refresh(ctx context.Context, c views.Change) error {
	typ, ok := typeOf(c.Entity)
	if !ok {
		return fmt.Errorf("search: refresh: %s is not indexed", c.Entity)
	}
	return v.Index.Refresh(ctx, v.st, typ, c.IDs)
}

// Ready opens the index to Find.
func (v *View) Ready() { v.Index.gate.Open() }
