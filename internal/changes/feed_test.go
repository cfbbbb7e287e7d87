package changes_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/internal/changes"
	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

// deadline is how soon another process must hear of a committed write.
const deadline = time.Second

// process is one server process's view of the shared database.
type process struct {
	st   *store.Store
	feed *changes.Feed
	got  chan changes.Change
}

// openProcess opens dsn as a separate process would: its own connection
// pool, ent client and feed, listening.
func openProcess(t *testing.T, dsn string) *process {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	p := &process{st: st, feed: changes.New(st, nil), got: make(chan changes.Change, 100)}
	st.Client.Use(p.feed.Hook())
	p.feed.Subscribe(func(c changes.Change) { p.got <- c })
	if err := p.feed.Listen(ctx, dsn); err != nil {
		t.Fatal(err)
	}
	return p
}

// next waits for the process's next change.
func (p *process) next(t *testing.T, what string) changes.Change {
	t.Helper()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case c := <-p.got:
		return c
	case <-timer.C:
		t.Fatalf("%s: no change within %s", what, deadline)
	}
	return changes.Change{}
}

func (p *process) none(t *testing.T, what string) {
	t.Helper()
	p.feed.Wait()
	select {
	case c := <-p.got:
		t.Fatalf("%s: unexpected change %+v", what, c)
	default:
	}
}

func want(t *testing.T, c changes.Change, entity, op string, remote bool, ids ...int) {
	t.Helper()
	if c.Entity != entity || c.Op != op || c.Remote != remote || !slices.Equal(c.IDs, ids) {
		if len(c.IDs) > 10 || len(ids) > 10 {
			t.Fatalf("change = %s %s, %d IDs, remote=%v; want %s %s, %d IDs, remote=%v",
				c.Entity, c.Op, len(c.IDs), c.Remote, entity, op, len(ids), remote)
		}
		t.Fatalf("change = %+v, want %s %s %v remote=%v", c, entity, op, ids, remote)
	}
}

// province creates a province in a transaction of p, committed unless rollback.
func (p *process) province(t *testing.T, code string, rollback bool) int {
	t.Helper()
	ctx := context.Background()
	tx, err := p.st.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := tx.Region.Create().SetCode(code).SetName("省" + code[:2]).SetLevel(region.LevelPROVINCE).Save(ctx)
	if err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	if _, err := tx.Region.UpdateOneID(r.ID).SetPopulation(1).Save(ctx); err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	if rollback {
		err = tx.Rollback()
	} else {
		err = tx.Commit()
	}
	if err != nil {
		t.Fatal(err)
	}
	return r.ID
}

func TestFeedAcrossProcesses(t *testing.T) {
	dsn := testdb.DSN(t, store.Postgres)
	a := openProcess(t, dsn)
	b := openProcess(t, dsn)

	// A commits: A's subscriber hears it as local, in order; B as remote.
	id := a.province(t, "220000000000", false)
	want(t, a.next(t, "A, create"), "region", changes.Create, false, id)
	want(t, a.next(t, "A, update"), "region", changes.Update, false, id)
	want(t, b.next(t, "B, create"), "region", changes.Create, true, id)
	want(t, b.next(t, "B, update"), "region", changes.Update, true, id)

	// A rolls back: nobody hears of it. B's next change is the write that
	// follows, and A's own notification never comes back to A: the remote
	// write of B, committed after A's, is the next thing A hears.
	a.province(t, "210000000000", true)
	sentinel := b.province(t, "230000000000", false)
	want(t, b.next(t, "B, own create"), "region", changes.Create, false, sentinel)
	want(t, b.next(t, "B, own update"), "region", changes.Update, false, sentinel)
	want(t, a.next(t, "A, B's create"), "region", changes.Create, true, sentinel)
	want(t, a.next(t, "A, B's update"), "region", changes.Update, true, sentinel)
	a.none(t, "A")
	b.none(t, "B")

	// Outside a transaction, and a bulk update naming every row it changed.
	ctx := context.Background()
	n, err := a.st.Client.Region.Update().Where(region.LevelEQ(region.LevelPROVINCE)).SetBorder(true).Save(ctx)
	if err != nil || n != 2 {
		t.Fatalf("bulk update: %d, %v", n, err)
	}
	c := b.next(t, "B, bulk update")
	slices.Sort(c.IDs)
	want(t, c, "region", changes.Update, true, id, sentinel)
	want(t, a.next(t, "A, bulk update"), "region", changes.Update, false, c.IDs...)
}

// TestFeedSplitsLargeChanges: a bulk create is one change for the writing
// process; a bulk update naming thousands of rows reaches the other process
// whole, split over several notifications.
func TestFeedSplitsLargeChanges(t *testing.T) {
	dsn := testdb.DSN(t, store.Postgres)
	a := openProcess(t, dsn)
	b := openProcess(t, dsn)
	ctx := context.Background()
	const n = 3000
	tx, err := a.st.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	builders := make([]*ent.PersonCreate, n)
	for i := range builders {
		builders[i] = tx.Person.Create().SetName(fmt.Sprintf("人%d", i))
	}
	people, err := tx.Person.CreateBulk(builders...).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var ids []int
	for _, p := range people {
		ids = append(ids, p.ID)
	}
	slices.Sort(ids)
	c := a.next(t, "A, bulk create")
	slices.Sort(c.IDs)
	want(t, c, "person", changes.Create, false, ids...)
	if got := collect(t, b, "person", changes.Create, n); !slices.Equal(got, ids) {
		t.Fatalf("B heard of %d created people, want the %d created", len(got), n)
	}

	if _, err := a.st.Client.Person.Update().SetEthnicity("朝鲜族").Save(ctx); err != nil {
		t.Fatal(err)
	}
	c = a.next(t, "A, bulk update")
	slices.Sort(c.IDs)
	want(t, c, "person", changes.Update, false, ids...)
	if got := collect(t, b, "person", changes.Update, n); !slices.Equal(got, ids) {
		t.Fatalf("B heard of %d updated people, want the %d updated", len(got), n)
	}
	a.none(t, "A")
	b.none(t, "B")
}

// collect gathers p's remote changes of entity and op until they name n rows.
func collect(t *testing.T, p *process, entity, op string, n int) []int {
	t.Helper()
	var got []int
	for part := 0; len(got) < n; part++ {
		c := p.next(t, fmt.Sprintf("%s %s, part %d", entity, op, part))
		if c.Entity != entity || c.Op != op || !c.Remote {
			t.Fatalf("part %d: %s %s remote=%v, want remote %s %s", part, c.Entity, c.Op, c.Remote, entity, op)
		}
		if part == 0 && op == changes.Update && len(c.IDs) == n {
			t.Fatalf("%d IDs in one notification", n)
		}
		got = append(got, c.IDs...)
	}
	slices.Sort(got)
	return got
}
