package loader_test

import (
	"context"
	"slices"
	"testing"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/graph/loader"
	"grassroots/tooling/testdb"
)

// TestBatchedLinksMatchUnbatched checks the batched Links loader against the
// plain paginated query, on the county demo data, for every organization with
// links at once (so that links between two organizations of the batch occur),
// with pages smaller and larger than the organizations' link counts and with
// a kind filter.
func TestBatchedLinksMatchUnbatched(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			st := testdb.County(t, d)
			c := st.Client
			all, err := c.Link.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			counts := map[int]int{}
			for _, l := range all {
				counts[l.SourceID]++
				counts[l.TargetID]++
			}
			var orgs []int
			for o := range counts {
				orgs = append(orgs, o)
			}
			slices.Sort(orgs)
			if len(orgs) < 20 {
				t.Fatalf("only %d organizations with links", len(orgs))
			}
			maxCount := 0
			for _, n := range counts {
				maxCount = max(maxCount, n)
			}
			if maxCount < 3 {
				t.Fatalf("no organization has more than %d links: pages are never cut", maxCount)
			}
			objs := make([]*ent.Organization, len(orgs))
			for i, o := range orgs {
				objs[i] = &ent.Organization{ID: o}
			}
			for _, p := range []struct {
				First int
				Kinds []link.Kind
			}{
				{First: 1},
				{First: 2},
				{First: 10},
				{First: 2, Kinds: []link.Kind{link.KindURBAN_RURAL_TWINNING, link.KindVILLAGE_ENTERPRISE}},
			} {
				got, err := loader.Links(ctx, c, objs, loader.LinkArgs{First: &p.First, Kinds: p.Kinds})
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(orgs) {
					t.Fatalf("%d pages for %d organizations", len(got), len(orgs))
				}
				for i, o := range orgs {
					first := p.First
					want, err := loader.LinksOf(ctx, c, o, nil, &first, nil, nil, p.Kinds, nil)
					if err != nil {
						t.Fatal(err)
					}
					g := got[i]
					if g.TotalCount != want.TotalCount || g.PageInfo.HasNextPage != want.PageInfo.HasNextPage || len(g.Edges) != len(want.Edges) {
						t.Fatalf("page %+v of org %d: total %d next %v edges %d, want %d %v %d", p, o,
							g.TotalCount, g.PageInfo.HasNextPage, len(g.Edges), want.TotalCount, want.PageInfo.HasNextPage, len(want.Edges))
					}
					for j, e := range g.Edges {
						w := want.Edges[j].Node
						if e.Node.ID != w.ID || e.Cursor.ID != w.ID {
							t.Fatalf("page %+v of org %d: edge %d is link %d, want %d", p, o, j, e.Node.ID, w.ID)
						}
						if e.Node.SourceID != o && e.Node.TargetID != o {
							t.Fatalf("org %d: link %d does not involve it", o, e.Node.ID)
						}
						if s := e.Node.Edges.Source; s == nil || s.ID != w.SourceID {
							t.Fatalf("org %d: link %d: source not loaded", o, e.Node.ID)
						}
						if tg := e.Node.Edges.Target; tg == nil || tg.ID != w.TargetID {
							t.Fatalf("org %d: link %d: target not loaded", o, e.Node.ID)
						}
					}
					if n := len(g.Edges); n > 0 && (g.PageInfo.StartCursor.ID != g.Edges[0].Node.ID || g.PageInfo.EndCursor.ID != g.Edges[n-1].Node.ID) {
						t.Fatalf("org %d: cursors do not match the edges", o)
					}
				}
			}
		})
	}
}
