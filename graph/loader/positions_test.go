package loader_test

import (
	"context"
	"testing"

	"grassroots/ent"
	"grassroots/ent/position"
	"grassroots/graph/loader"
	"grassroots/tooling/testdb"
)

// TestBatchedPositionsMatchUnbatched checks the batched Positions loader
// against each organization's plain paginated query, on the county demo data,
// for every organization with posts at once, with pages smaller and larger
// than their post counts and with filters (whose arguments appear twice in
// the statement).
func TestBatchedPositionsMatchUnbatched(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			c := testdb.County(t, d).Client
			all, err := c.Position.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			counts := map[int]int{}
			for _, p := range all {
				counts[p.OrganizationID]++
			}
			maxCount := 0
			for _, n := range counts {
				maxCount = max(maxCount, n)
			}
			if len(counts) < 20 || maxCount < 4 {
				t.Fatalf("%d organizations with posts, at most %d each: pages are never cut", len(counts), maxCount)
			}
			// Every organization with posts, and one without.
			objs := []*ent.Organization{{ID: 1 << 30}}
			for o := range counts {
				objs = append(objs, &ent.Organization{ID: o})
			}
			member := position.RoleMEMBER
			for _, a := range []loader.PositionArgs{
				{First: ptr(0)},
				{First: ptr(1)},
				{First: ptr(3)},
				{First: ptr(100)},
				{First: ptr(2), Where: &ent.PositionWhereInput{EndedOnIsNil: true}},
				{First: ptr(2), Where: &ent.PositionWhereInput{Role: &member, EndedOnIsNil: true}},
				{First: ptr(2), Where: &ent.PositionWhereInput{}},
			} {
				got, err := loader.Positions(ctx, c, objs, a)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(objs) {
					t.Fatalf("%d pages for %d organizations", len(got), len(objs))
				}
				cut := false
				for i, o := range objs {
					want, err := c.Position.Query().Where(position.OrganizationID(o.ID)).
						Paginate(ctx, nil, a.First, nil, nil, ent.WithPositionFilter(a.Where.Filter))
					if err != nil {
						t.Fatal(err)
					}
					g := got[i]
					if g.TotalCount != want.TotalCount || g.PageInfo != want.PageInfo && !samePageInfo(g, want) || len(g.Edges) != len(want.Edges) {
						t.Fatalf("first %d where %+v, org %d: total %d next %v edges %d, want %d %v %d", *a.First, a.Where, o.ID,
							g.TotalCount, g.PageInfo.HasNextPage, len(g.Edges), want.TotalCount, want.PageInfo.HasNextPage, len(want.Edges))
					}
					cut = cut || g.PageInfo.HasNextPage
					for j, e := range g.Edges {
						if w := want.Edges[j]; e.Node.ID != w.Node.ID || e.Cursor != w.Cursor {
							t.Fatalf("org %d: edge %d is post %d (cursor %+v), want %d (%+v)", o.ID, j, e.Node.ID, e.Cursor, w.Node.ID, w.Cursor)
						}
					}
				}
				if !cut && *a.First < maxCount {
					t.Fatalf("first %d: no page was cut", *a.First)
				}
			}
		})
	}
}

func samePageInfo(a, b *ent.PositionConnection) bool {
	pa, pb := a.PageInfo, b.PageInfo
	same := func(x, y *ent.Cursor) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return pa.HasNextPage == pb.HasNextPage && pa.HasPreviousPage == pb.HasPreviousPage &&
		same(pa.StartCursor, pb.StartCursor) && same(pa.EndCursor, pb.EndCursor)
}

func ptr[T any](v T) *T { return &v }
