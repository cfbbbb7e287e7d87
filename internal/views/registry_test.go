package views_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/internal/changes"
	"grassroots/internal/network"
	"grassroots/internal/search"
	"grassroots/internal/store"
	"grassroots/internal/views"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
	"grassroots/tooling/viewtest"
)

// waitFor bounds every wait of these tests.
const waitFor = 10 * time.Second

func bounded(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	t.Cleanup(cancel)
	return ctx
}

// linked reports whether the network index has a link between a and b.
func linked(t *testing.T, x *network.Index, a, b int) bool {
	t.Helper()
	ego, err := x.Ego([]int{a}, 1, network.Filter{AsOf: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}, network.MaxNodes)
	if err != nil {
		t.Fatalf("Ego(%d): %v", a, err)
	}
	for _, n := range ego.Nodes {
		if n.ID == b {
			return true
		}
	}
	return false
}

// found reports whether the search index finds the organization id by q.
func found(t *testing.T, x *search.Index, q string, id int) bool {
	t.Helper()
	hits, err := x.Query(q, []search.Type{search.Organization}, search.MaxFirst)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ID == id {
			return true
		}
	}
	return false
}

// TestNoWriteIsLostDuringALoad: writes that commit after a load has read the
// database, and before its state is in place, are in the view once it is.
func TestNoWriteIsLostDuringALoad(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := bounded(t)
			st := testdb.Open(t, d)
			b := apitest.Build(t, st.Client)
			prov := b.Province()
			before := b.Org(prov, organization.KindPARTY_BRANCH, "甲村党支部")

			nv, sv := network.NewView(st), search.NewView(st)
			heldNet, heldSearch := viewtest.Hold(nv), viewtest.Hold(sv)
			reg := views.New(nil)
			reg.Register(heldNet, views.Required)
			reg.Register(heldSearch, views.Required) // loading at the same time
			st.Client.Use(reg.Hook())
			reg.Start(ctx)
			for _, h := range []*viewtest.Held{heldNet, heldSearch} {
				if _, err := h.Read(ctx); err != nil {
					t.Fatal("the loads did not read:", err)
				}
			}

			// Both loads have read the database; their state is not in place.
			during := b.Org(prov, organization.KindENTERPRISE, "乙企业")
			b.Link(during, before, link.KindVILLAGE_ENTERPRISE)
			if err := st.Client.Organization.UpdateOne(before).SetName("丙村党支部").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			heldNet.Release()
			heldSearch.Release()
			if err := reg.Wait(ctx); err != nil {
				t.Fatal(err)
			}

			if !nv.Index.Has(during.ID) || !linked(t, nv.Index, before.ID, during.ID) {
				t.Error("the network lost the organization or the link written during its load")
			}
			if !found(t, sv.Index, "乙企业", during.ID) || !found(t, sv.Index, "丙村", before.ID) || found(t, sv.Index, "甲村", before.ID) {
				t.Error("the search index lost a write made during its load")
			}
		})
	}
}

// process is one server process's registry over a shared PostgreSQL
// database, following the others through a change feed.
type process struct {
	st     *store.Store
	reg    *views.Registry
	remote chan changes.Change // every remote change, once the registry has had it
}

func openProcess(t *testing.T, ctx context.Context, dsn string, vs ...views.View) *process {
	t.Helper()
	st := testdb.OpenDSN(t, dsn)
	p := &process{st: st, reg: views.New(nil), remote: make(chan changes.Change, 100)}
	for _, v := range vs {
		p.reg.Register(v, views.Required)
	}
	feed := changes.New(st, nil)
	st.Client.Use(feed.Hook(), p.reg.Hook())
	p.reg.Follow(feed)
	feed.Subscribe(func(c changes.Change) { // after the registry's
		if c.Remote {
			p.remote <- c
		}
	})
	listen, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	if err := feed.Listen(listen, dsn); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *process) next(t *testing.T, ctx context.Context) changes.Change {
	t.Helper()
	select {
	case c := <-p.remote:
		return c
	case <-ctx.Done():
		t.Fatal("no remote change")
	}
	return changes.Change{}
}

// holdingReader is a process whose network view's first load has read the
// database and waits to be released.
func holdingReader(t *testing.T, ctx context.Context, dsn string) (*process, *network.View, *viewtest.Held) {
	t.Helper()
	reader := openProcess(t, ctx, dsn)
	nv := network.NewView(reader.st)
	held := viewtest.Hold(nv)
	reader.reg.Register(held, views.Required)
	reader.reg.Start(ctx)
	if _, err := held.Read(ctx); err != nil {
		t.Fatal(err)
	}
	return reader, nv, held
}

// TestRemoteChangesWaitForTheLoad: another process's write, heard while a
// load is in progress, is in the view once the load is in place.
func TestRemoteChangesWaitForTheLoad(t *testing.T) {
	ctx := bounded(t)
	dsn := testdb.DSN(t, store.Postgres)
	writer := openProcess(t, ctx, dsn)
	writer.reg.Start(ctx)
	reader, nv, held := holdingReader(t, ctx, dsn)

	b := apitest.Build(t, writer.st.Client)
	org := b.Org(b.Province(), organization.KindCOOPERATIVE, "丁合作社")
	for c := reader.next(t, ctx); c.Entity != "organization"; c = reader.next(t, ctx) {
	}
	held.Release()
	if err := reader.reg.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if !nv.Index.Has(org.ID) {
		t.Error("the organization another process created during the load is missing")
	}
}

// TestResyncDuringALoadLoadsAgain: when the change feed's connection comes
// back (notifications may have been missed) while a view loads, the view
// loads again once that load is done, and so has what was missed.
func TestResyncDuringALoadLoadsAgain(t *testing.T) {
	ctx := bounded(t)
	dsn := testdb.DSN(t, store.Postgres)
	reader, nv, held := holdingReader(t, ctx, dsn)

	// Written by a process that tells no one: the notification is missed.
	silent := testdb.OpenDSN(t, dsn)
	sb := apitest.Build(t, silent.Client)
	missed := sb.Org(sb.Province(), organization.KindENTERPRISE, "戊企业")
	// Cut the reader's listening connection: it reconnects and resyncs.
	if _, err := silent.DB.ExecContext(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%'`); err != nil {
		t.Fatal(err)
	}
	for c := reader.next(t, ctx); c.Op != changes.Resync; c = reader.next(t, ctx) {
	}
	held.Release()
	for held.Loads() < 2 || reader.reg.Statuses()[0].State != views.Ready {
		if ctx.Err() != nil {
			t.Fatalf("%d loads, state %s: the resync did not load the view again", held.Loads(), reader.reg.Statuses()[0].State)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !nv.Index.Has(missed.ID) {
		t.Error("the organization whose notification was missed is missing after the resync")
	}
}

// TestFailedLoadIsRetried: a load that fails is reported, retried, and
// readiness follows.
func TestFailedLoadIsRetried(t *testing.T) {
	ctx := bounded(t)
	st := testdb.Open(t, store.SQLite)
	b := apitest.Build(t, st.Client)
	org := b.Org(b.Province(), organization.KindCOOPERATIVE, "己合作社")
	nv, sv := network.NewView(st), search.NewView(st)
	heldNet, heldSearch := viewtest.Hold(nv), viewtest.Hold(sv)
	heldNet.FailNext(errors.New("database away"))
	reg := views.New(nil)
	reg.Register(heldNet, views.Required)
	reg.Register(heldSearch, views.Background)
	st.Client.Use(reg.Hook())
	reg.Start(ctx)

	for reg.Statuses()[0].State != views.Failed {
		if ctx.Err() != nil {
			t.Fatal("the failed load is not reported")
		}
		time.Sleep(time.Millisecond)
	}
	if s := reg.Statuses()[0]; s.Err == nil || s.Err.Error() != "database away" || !s.Required || ready(reg) {
		t.Fatalf("status %+v, ready %v", s, ready(reg))
	}
	heldSearch.Release()
	heldNet.Release()
	if err := reg.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if !ready(reg) || heldNet.Loads() != 2 || !nv.Index.Has(org.ID) {
		t.Fatalf("after the retry: ready %v, %d loads, has the organization %v", ready(reg), heldNet.Loads(), nv.Index.Has(org.ID))
	}
}

// TestReadinessWaitsForRequiredViewsOnly: the registry is ready once its
// required views are, while the others still load; those start once the
// required ones have loaded.
func TestReadinessWaitsForRequiredViewsOnly(t *testing.T) {
	ctx := bounded(t)
	st := testdb.Open(t, store.SQLite)
	heldNet, heldSearch := viewtest.Hold(network.NewView(st)), viewtest.Hold(search.NewView(st))
	reg := views.New(nil)
	reg.Register(heldNet, views.Required)
	reg.Register(heldSearch, views.Background)
	reg.Start(ctx)
	if _, err := heldNet.Read(ctx); err != nil {
		t.Fatal(err)
	}
	if ready(reg) || heldSearch.Loads() != 0 {
		t.Fatalf("ready %v, %d search loads before the network loaded", ready(reg), heldSearch.Loads())
	}
	heldNet.Release()
	for !ready(reg) {
		if ctx.Err() != nil {
			t.Fatal("not ready once the network loaded")
		}
		time.Sleep(time.Millisecond)
	}
	got := reg.Statuses()
	if got[0].Name != "network" || got[0].State != views.Ready || got[1].Name != "search" || got[1].State != views.Loading || got[1].Required {
		t.Fatalf("statuses %+v", got)
	}
	if _, err := heldSearch.Read(ctx); err != nil {
		t.Fatal("search did not load once the network had:", err)
	}
	heldSearch.Release()
	if err := reg.Wait(ctx); err != nil {
		t.Fatal(err)
	}
}

// ready reports whether every Required view of r is Ready.
func ready(r *views.Registry) bool {
	for _, s := range r.Statuses() {
		if s.Required && s.State != views.Ready {
			return false
		}
	}
	return true
}
