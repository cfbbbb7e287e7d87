package loader

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/ent"
)

// timesTen counts its fetches and answers id × 10, after a while, as a
// statement would.
type timesTen struct{ fetches atomic.Int32 }

func (f *timesTen) fetch(_ context.Context, ids []int) (map[int]int, error) {
	f.fetches.Add(1)
	time.Sleep(time.Millisecond)
	out := make(map[int]int, len(ids))
	for _, id := range ids {
		out[id] = id * 10
	}
	return out, nil
}

func withWait(t *testing.T, d time.Duration) {
	saved := wait
	wait = d
	t.Cleanup(func() { wait = saved })
}

func field(alias string) graphql.CollectedField {
	return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
}

// resolveList resolves memberCount for every organization of a list, each
// in its own goroutine as gqlgen does, reading keys through keyOf.
func resolveList(t *testing.T, wg *sync.WaitGroup, ls *Loaders, b *batched[int, int], orgs []*ent.Organization, keyOf func(*ent.Organization) int) {
	listCtx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Field: field("partyOrganizations"), Result: orgs})
	for i, o := range orgs {
		idx := i
		elemCtx := graphql.WithFieldContext(listCtx, &graphql.FieldContext{Index: &idx, Result: o})
		ctx := graphql.WithFieldContext(elemCtx, &graphql.FieldContext{Field: field("memberCount")})
		wg.Go(func() {
			v, err := loadWithSiblings(ctx, ls, b, o.ID, keyOf)
			if err != nil || v != o.ID*10 {
				t.Errorf("organization %d got %d, %v", o.ID, v, err)
			}
		})
	}
}

func orgList(from, n int) []*ent.Organization {
	orgs := make([]*ent.Organization, n)
	for i := range orgs {
		orgs[i] = &ent.Organization{ID: from + i}
	}
	return orgs
}

// TestListFetchedOnceWhateverTheBatchWindow resolves a field of every
// element of a 50-element list concurrently, with a batch window of 1 ns and
// resolvers that yield while they read each element's key (as one
// preempted on a busy machine would): the list must still cost one fetch,
// and every element must get its own value.
func TestListFetchedOnceWhateverTheBatchWindow(t *testing.T) {
	withWait(t, time.Nanosecond)
	keyOf := func(o *ent.Organization) int {
		runtime.Gosched()
		return o.ID
	}
	for round := range 20 {
		f := &timesTen{}
		var wg sync.WaitGroup
		resolveList(t, &wg, &Loaders{}, newBatched(f.fetch), orgList(1000, 50), keyOf)
		wg.Wait()
		if got := f.fetches.Load(); got != 1 {
			t.Fatalf("round %d: a list of 50 cost %d fetches, want 1", round, got)
		}
	}
}

// TestNestedListsShareABatch resolves ten lists at once, as the lists
// nested in the elements of an outer list are: within the batch window they
// share one fetch.
func TestNestedListsShareABatch(t *testing.T) {
	withWait(t, 50*time.Millisecond)
	f := &timesTen{}
	ls, b := &Loaders{}, newBatched(f.fetch)
	var wg sync.WaitGroup
	for i := range 10 {
		resolveList(t, &wg, ls, b, orgList(100*i, 20), orgKey)
	}
	wg.Wait()
	if got := f.fetches.Load(); got != 1 {
		t.Fatalf("ten lists cost %d fetches, want 1", got)
	}
}

// TestBatchErrors: a failed fetch fails every key of its batch, and a key the
// fetch left out is an error rather than a zero value.
func TestBatchErrors(t *testing.T) {
	withWait(t, time.Millisecond)
	boom := errors.New("boom")
	failing := newBatched(func(context.Context, []int) (map[int]int, error) { return nil, boom })
	if _, err := failing.load(context.Background(), 1); !errors.Is(err, boom) {
		t.Fatalf("got %v, want boom", err)
	}
	partial := newBatched(func(_ context.Context, ids []int) (map[int]int, error) { return map[int]int{1: 10}, nil })
	if v, err := partial.load(context.Background(), 1); err != nil || v != 10 {
		t.Fatalf("key 1: %d, %v", v, err)
	}
	if _, err := partial.load(context.Background(), 2); err == nil {
		t.Fatal("key 2, left out by the fetch, gave no error")
	}
}
