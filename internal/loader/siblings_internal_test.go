package loader

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/ent"
)

// TestListFetchedOnceWhateverTheBatchWindow resolves a field of every
// element of a 50-element list concurrently, as gqlgen does, with a loader
// whose own batch window is 1 ns and a goroutine that yields while it reads
// each element's key (as one preempted on a busy machine would): the list
// must still cost one fetch, and every element must get its own value.
func TestListFetchedOnceWhateverTheBatchWindow(t *testing.T) {
	saved := wait
	wait = time.Nanosecond
	t.Cleanup(func() { wait = saved })

	var fetches atomic.Int32
	b := newBatched(func(_ context.Context, ids []int) (map[int]int, error) {
		fetches.Add(1)
		time.Sleep(time.Millisecond) // a statement takes a while
		out := make(map[int]int, len(ids))
		for _, id := range ids {
			out[id] = id * 10
		}
		return out, nil
	})
	ls := &Loaders{}
	keyOf := func(o *ent.Organization) int {
		runtime.Gosched()
		return o.ID
	}

	const n = 50
	orgs := make([]*ent.Organization, n)
	for i := range orgs {
		orgs[i] = &ent.Organization{ID: 1000 + i}
	}
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	listCtx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Field: field("partyOrganizations"), Result: orgs})

	for round := range 20 {
		fetches.Store(0)
		ls.lists = nil
		b.loader.ClearAll()
		var wg sync.WaitGroup
		for i, o := range orgs {
			idx := i
			elemCtx := graphql.WithFieldContext(listCtx, &graphql.FieldContext{Index: &idx, Result: o})
			ctx := graphql.WithFieldContext(elemCtx, &graphql.FieldContext{Field: field("memberCount")})
			wg.Go(func() {
				v, err := loadWithSiblings(ctx, ls, b, o.ID, keyOf)
				if err != nil || v != o.ID*10 {
					t.Errorf("round %d: organization %d got %d, %v", round, o.ID, v, err)
				}
			})
		}
		wg.Wait()
		if got := fetches.Load(); got != 1 {
			t.Fatalf("round %d: a list of %d cost %d fetches, want 1", round, n, got)
		}
	}
}
