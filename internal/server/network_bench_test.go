package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"grassroots/internal/network"
	"grassroots/internal/search"
	"grassroots/internal/server"
	"grassroots/internal/store"
	"grassroots/tooling/synth"
	"grassroots/tooling/testdb"
)

// BenchmarkNetworkQuery measures the handler alone (no sockets, no load
// client) answering network(depth: 2) on a synthetic graph of 20,000
// villages: the cost of GraphQL execution around the index.
func BenchmarkNetworkQuery(b *testing.B) {
	g := synth.Nation(1, 20000, 40000)
	x := network.New()
	if err := x.Load(context.Background(), g.OpenDB()); err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(context.Background(), testdb.DSN(b, "sqlite"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	h, err := server.New(server.Config{Store: st, Search: search.New(), Network: x, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	bodies := make([]string, 512)
	for i := range bodies {
		s := g.Branches[rng.IntN(len(g.Branches))]
		bodies[i] = fmt.Sprintf(`{"query":"query($s: ID!) { network(seeds: [$s], depth: 2, includeHierarchy: true) { nodes { organization { id } depth } edges { id kind } truncated } }","variables":{"s":"%d"}}`, s)
	}
	b.SetParallelism(4)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := rng.IntN(512)
		for pb.Next() {
			i++
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(bodies[i%len(bodies)]))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != 200 || strings.Contains(w.Body.String(), `"errors"`) {
				b.Error(w.Body.String())
				return
			}
		}
	})
}
