package server_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"grassroots/ent/organization"
	"grassroots/internal/network"
	"grassroots/internal/scope"
	"grassroots/internal/search"
	"grassroots/internal/server"
	"grassroots/internal/views"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
	"grassroots/tooling/viewtest"
)

// TestStartupWhileViewsLoad: the server answers while its views load.
// /readyz waits for the network and reports search; queries other than
// search answer; search waits for its index, and answers UNAVAILABLE with a
// retry hint when the request's deadline comes first.
func TestStartupWhileViewsLoad(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st := testdb.Open(t, "sqlite")
	b := apitest.Build(t, st.Client)
	coop := b.Org(b.Province(), organization.KindCOOPERATIVE, "庚合作社")

	sv, nv := search.NewView(st), network.NewView(st)
	heldSearch, heldNet := viewtest.Hold(sv), viewtest.Hold(nv)
	reg := views.New(slog.New(slog.DiscardHandler))
	reg.Register(heldNet, views.Required)
	reg.Register(scope.NewPathView(st.Client), views.Required)
	reg.Register(heldSearch, views.Background)
	st.Client.Use(reg.Hook())
	reg.Start(ctx)
	const deadline = 500 * time.Millisecond
	h, err := server.New(server.Config{Store: st, Search: sv.Index, Network: nv.Index, Views: reg,
		Logger: slog.New(slog.DiscardHandler), Limits: server.Limits{RequestTimeout: deadline}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	e := &env{url: ts.URL, store: st}

	status, _, body := e.httpGet(t, "/readyz")
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "not ready: network loading") ||
		!strings.Contains(body, "search: loading") || !strings.Contains(body, "region paths: ready") {
		t.Errorf("/readyz while the network loads = %d %q", status, body)
	}
	var orgs struct {
		Organizations struct{ TotalCount int } `json:"organizations"`
	}
	e.query(t, `{ organizations { totalCount } }`, nil).ok(t, &orgs)
	if orgs.Organizations.TotalCount != 1 {
		t.Errorf("organizations while the views load: %+v", orgs)
	}
	const find = `{ search(query: "庚合作社") { title } }`
	start := time.Now()
	got := e.query(t, find, nil).fails(t, "UNAVAILABLE", "", "search index is still loading")
	if waited := time.Since(start); waited < deadline || got.Extensions.RetryAfter != 5 {
		t.Errorf("search answered UNAVAILABLE after %s (deadline %s), retryAfter %d", waited, deadline, got.Extensions.RetryAfter)
	}

	heldNet.Release()
	for {
		status, _, body = e.httpGet(t, "/readyz")
		if status == http.StatusOK {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("/readyz once the network loaded = %d %q", status, body)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.HasPrefix(body, "ok\n") || !strings.Contains(body, "network: ready") || !strings.Contains(body, "search: loading") {
		t.Errorf("/readyz while search loads = %q", body)
	}
	var ego struct {
		Network struct{ Nodes []struct{ Depth int } } `json:"network"`
	}
	e.query(t, `query($s: ID!) { network(seeds: [$s]) { nodes { depth } } }`, map[string]any{"s": strconv.Itoa(coop.ID)}).ok(t, &ego)
	if len(ego.Network.Nodes) != 1 {
		t.Errorf("network once loaded: %+v", ego)
	}

	// A search in flight when the index comes in gets its answer.
	go heldSearch.Release()
	var hits struct {
		Search []struct{ Title string } `json:"search"`
	}
	e.query(t, find, nil).ok(t, &hits)
	if len(hits.Search) != 1 || hits.Search[0].Title != "庚合作社" {
		t.Errorf("search once loaded: %+v", hits)
	}
}
