package indicator_test

import (
	"context"
	"database/sql"
	"strings"
	"sync"
	"testing"
	"time"

	"grassroots/internal/indicator"
	"grassroots/tooling/testdb"
)

// gated holds back the statements that contain a word until released.
type gated struct {
	indicator.Querier
	word    string
	held    chan struct{} // receives once a statement is held
	release chan struct{}
	once    sync.Once
}

func (g *gated) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	rows, err := g.Querier.QueryContext(ctx, q, args...)
	if strings.Contains(q, g.word) {
		g.once.Do(func() {
			g.held <- struct{}{}
			<-g.release
		})
	}
	return rows, err
}

// reserveCadres is RESERVE_CADRES for the province in the known world's
// current year.
func reserveCadres(t *testing.T, e *indicator.Engine) fig {
	t.Helper()
	rs, err := e.Compute(context.Background(), indicator.Request{Codes: []string{"RESERVE_CADRES"}, Year: today.Year()})
	if err != nil {
		t.Fatal(err)
	}
	return figOf(rs[0])
}

// TestKeptFollowsChanges: a change drops the kept lists that read its
// table, even a list being computed when it comes (whose readers then get
// what was read before the change), and no other list; a dropped list is
// computed again by the next reader.
func TestKeptFollowsChanges(t *testing.T) {
	for _, dialect := range testdb.Dialects {
		t.Run(dialect, func(t *testing.T) {
			st := testdb.Open(t, dialect)
			buildWorld(t, st.Client)
			g := &gated{Querier: st.DB, word: "'RESERVE_CADRE'", held: make(chan struct{}), release: make(chan struct{})}
			e := engine(g, st.Target.Dialect)
			e.Kept = indicator.NewKept(g, st.Target.Dialect)
			e.Kept.Today = e.Today
			direct := engine(st.DB, st.Target.Dialect)

			// the list is read while a change commits: that reader gets the
			// figures from before it
			before := make(chan fig)
			go func() { before <- reserveCadres(t, e) }()
			<-g.held
			if _, err := st.DB.Exec(`DELETE FROM positions WHERE role = 'RESERVE_CADRE'`); err != nil {
				t.Fatal(err)
			}
			e.Kept.Invalidate("positions")
			close(g.release)
			if got := <-before; got != (fig{2, 6}) {
				t.Errorf("read during the change: %v, want 2/6 (before it)", got)
			}
			if lists, _ := e.Kept.Size(); lists != 0 {
				t.Errorf("%d lists kept after the change dropped the one being computed", lists)
			}
			if got, want := reserveCadres(t, e), reserveCadres(t, direct); got != want || got != (fig{0, 6}) {
				t.Errorf("after the change: %v from the kept lists, %v computed, want 0/6", got, want)
			}

			// a change to another table keeps the list
			e.Kept.Invalidate("venues", "appraisals")
			if lists, _ := e.Kept.Size(); lists != 1 {
				t.Errorf("%d lists kept after a change to tables the list does not read, want 1", lists)
			}
			// the regions are read by every list
			e.Kept.Invalidate("regions")
			if lists, units := e.Kept.Size(); lists != 0 || units != 0 {
				t.Errorf("%d lists of %d units kept after a change to the regions", lists, units)
			}
		})
	}
}

// TestKeptBudget: beyond its budget of units the store drops the lists
// read least recently, and reads the same figures.
func TestKeptBudget(t *testing.T) {
	st := testdb.Open(t, testdb.Dialects[0])
	buildWorld(t, st.Client)
	e := engine(st.Client, st.Target.Dialect)
	e.Kept = indicator.NewKept(st.Client, st.Target.Dialect)
	e.Kept.Today, e.Kept.Budget = e.Today, 8
	direct := engine(st.Client, st.Target.Dialect)
	for range 2 {
		for _, year := range []int{2010, 2011, 2012} {
			a, err := direct.Compute(context.Background(), indicator.Request{Year: year})
			if err != nil {
				t.Fatal(err)
			}
			b, err := e.Compute(context.Background(), indicator.Request{Year: year})
			if err != nil {
				t.Fatal(err)
			}
			for i := range a {
				if figOf(a[i]) != figOf(b[i]) {
					t.Errorf("%s %d: %v computed, %v from the kept lists", a[i].Code, year, figOf(a[i]), figOf(b[i]))
				}
			}
			if _, units := e.Kept.Size(); units > 8 {
				t.Errorf("%d units kept, over the budget of 8", units)
			}
		}
	}
}

// TestKeptBackground: started, the store computes the lists a change
// dropped again in the background.
func TestKeptBackground(t *testing.T) {
	st := testdb.Open(t, testdb.Dialects[len(testdb.Dialects)-1])
	buildWorld(t, st.Client)
	k := indicator.NewKept(st.Client, st.Target.Dialect)
	k.Today, k.Rewarm = func() time.Time { return today }, 10*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	groups := 16 // 19 indicators, three of them sharing the secretaries' units and two the heads'
	waitLists := func(what string, want int) {
		t.Helper()
		end := time.Now().Add(10 * time.Second)
		for {
			lists, _ := k.Size()
			if lists == want {
				return
			}
			if time.Now().After(end) {
				t.Fatalf("%s: %d lists kept, want %d", what, lists, want)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	k.Start(ctx)
	if lists, _ := k.Size(); lists != 0 {
		t.Fatalf("%d lists computed at start", lists)
	}
	e := engine(st.Client, st.Target.Dialect)
	e.Kept = k
	if _, err := e.Compute(ctx, indicator.Request{Year: today.Year()}); err != nil {
		t.Fatal(err)
	}
	waitLists("read", groups)
	k.Invalidate("positions")
	if lists, _ := k.Size(); lists >= groups {
		t.Fatalf("%d lists kept right after a change to the posts", lists)
	}
	waitLists("warmed again after the change", groups)
}
