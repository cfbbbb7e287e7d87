package bench

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"grassroots/ent/region"
	"grassroots/internal/search"
	"grassroots/internal/server"
	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- { // unsorted on purpose: Summarize sorts
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	l := Summarize(ds)
	want := map[string][2]time.Duration{
		"p50": {l.P50, 50 * time.Millisecond}, "p90": {l.P90, 90 * time.Millisecond},
		"p95": {l.P95, 95 * time.Millisecond}, "p99": {l.P99, 99 * time.Millisecond},
		"max": {l.Max, 100 * time.Millisecond}, "mean": {l.Mean, 50500 * time.Microsecond},
	}
	for name, g := range want {
		if g[0] != g[1] {
			t.Errorf("%s = %s, want %s", name, g[0], g[1])
		}
	}
	if l.N != 100 {
		t.Errorf("N = %d", l.N)
	}

	ms := func(vs ...int) []time.Duration {
		out := make([]time.Duration, len(vs))
		for i, v := range vs {
			out[i] = time.Duration(v) * time.Millisecond
		}
		return out
	}
	for _, c := range []struct {
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 1, 7 * time.Millisecond},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2), 50, 1 * time.Millisecond},
		{ms(1, 2), 51, 2 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 91, 10 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 100, 10 * time.Millisecond},
		{ms(1, 2, 3), 0, 1 * time.Millisecond},
	} {
		if got := Percentile(c.sorted, c.p); got != c.want {
			t.Errorf("Percentile(%v, %v) = %s, want %s", c.sorted, c.p, got, c.want)
		}
	}
	if got := Summarize(nil); got != (Latencies{}) {
		t.Errorf("Summarize(nil) = %+v", got)
	}
}

func TestFormat(t *testing.T) {
	for d, want := range map[time.Duration]string{
		1234 * time.Microsecond: "1.23", 9999 * time.Microsecond: "10.0", 42600 * time.Microsecond: "42.6",
		99960 * time.Microsecond: "100", 250 * time.Millisecond: "250",
	} {
		if got := ms(d); got != want {
			t.Errorf("ms(%s) = %q, want %q", d, got, want)
		}
	}
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1083869: "1,083,869", -12345: "-12,345"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseMetric(t *testing.T) {
	const text = `# HELP grassroots_sql_statements_total SQL statements sent to the database through the ent client.
# TYPE grassroots_sql_statements_total counter
grassroots_sql_statements_total_extra 5
grassroots_sql_statements_total{shard="a"} 7
grassroots_sql_statements_total 1.234567e+06
go_goroutines 12
`
	v, err := parseMetric(strings.NewReader(text), "grassroots_sql_statements_total")
	if err != nil || v != 1234567 {
		t.Fatalf("got %v, %v; want 1234567", v, err)
	}
	if v, err := parseMetric(strings.NewReader("m 3 1700000000000\n"), "m"); err != nil || v != 3 {
		t.Fatalf("with timestamp: got %v, %v", v, err)
	}
	if _, err := parseMetric(strings.NewReader("go_goroutines 12\n"), "grassroots_sql_statements_total"); err == nil {
		t.Fatal("missing metric: no error")
	}
	if _, err := parseMetric(strings.NewReader("m x\n"), "m"); err == nil {
		t.Fatal("bad value: no error")
	}
}

func TestParseProcStatus(t *testing.T) {
	const status = "Name:\tgrassroots\nVmPeak:\t 2061272 kB\nVmHWM:\t  320644 kB\nVmRSS:\t  300000 kB\nThreads:\t12\n"
	v, err := parseProcStatus([]byte(status), "VmHWM")
	if err != nil || v != 320644*1024 {
		t.Fatalf("VmHWM = %d, %v", v, err)
	}
	if v, err := parseProcStatus([]byte(status), "VmRSS"); err != nil || v != 300000*1024 {
		t.Fatalf("VmRSS = %d, %v", v, err)
	}
	if _, err := parseProcStatus([]byte(status), "VmSwap"); err == nil {
		t.Fatal("missing field: no error")
	}
	if _, err := parseProcStatus([]byte("VmHWM:\t12 pages\n"), "VmHWM"); err == nil {
		t.Fatal("bad unit: no error")
	}
	// the real file of this process parses
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		if v, err := parseProcStatus(b, "VmHWM"); err != nil || v <= 0 {
			t.Fatalf("/proc/self/status: %d, %v", v, err)
		}
	}
}

func TestCheckPage(t *testing.T) {
	ok := `{"data":{"organizations":{"edges":[{"node":{"id":"1","name":"a","region":{"name":"r","code":"220000000000"},
		"currentLeaders":[{"role":"SECRETARY","person":{"name":"p"}}],
		"links":{"totalCount":1,"edges":[{"node":{"kind":"VILLAGE_VILLAGE","status":"ACTIVE","source":{"name":"a"},"target":{"name":"b"}}}]}}}]}}}`
	if n, err := checkPage(200, []byte(ok)); err != nil || n != 1 {
		t.Fatalf("good page: %d, %v", n, err)
	}
	if n, err := checkPage(200, []byte(`{"data":{"organizations":{"edges":[]}}}`)); err != nil || n != 0 {
		t.Fatalf("empty page: %d, %v", n, err)
	}
	for name, c := range map[string]struct {
		code int
		body string
	}{
		"status":       {500, `internal error`},
		"errors":       {200, `{"errors":[{"message":"boom","extensions":{"code":"INTERNAL"}}],"data":null}`},
		"partial data": {200, `{"errors":[{"message":"boom"}],"data":{"organizations":{"edges":[]}}}`},
		"no data":      {200, `{"data":null}`},
		"not json":     {200, `<html>`},
		"no region":    {200, strings.Replace(ok, `"region":{"name":"r","code":"220000000000"}`, `"region":null`, 1)},
		"link end":     {200, strings.Replace(ok, `"target":{"name":"b"}`, `"target":null`, 1)},
		"too many":     {200, `{"data":{"organizations":{"edges":[` + strings.Repeat(`{"node":{"id":"1","name":"a","region":{"code":"1"},"links":{"totalCount":0,"edges":[]}}},`, 50) + `{"node":{"id":"1","name":"a","region":{"code":"1"},"links":{"totalCount":0,"edges":[]}}}]}}}`},
	} {
		if _, err := checkPage(c.code, []byte(c.body)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestCheckSearch(t *testing.T) {
	if err := checkSearch(200, []byte(`{"data":{"search":[{"type":"REGION","title":"延吉市","node":{"id":"5"}}]}}`), "yj"); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"no hits": `{"data":{"search":[]}}`,
		"errors":  `{"errors":[{"message":"x"}],"data":null}`,
		"no node": `{"data":{"search":[{"type":"REGION","title":"延吉市","node":null}]}}`,
	} {
		if err := checkSearch(200, []byte(body), "q"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestMakeTerms(t *testing.T) {
	regions := []nameRow{{"延吉市", "Yanji Shi", "222401000000"}, {"依兰镇", "Yilan Zhen", "222401100000"}, {"东光村", "Dongguang Cun", "222401100201"}}
	orgs := []nameRow{{"东光村党支部", "Dongguang Cun Dangzhibu", ""}}
	people := []nameRow{{"吕秀英", "Lü Xiuying", ""}}
	terms := makeTerms(regions, orgs, people, 200, 1)
	if len(terms) != 200 {
		t.Fatalf("%d terms", len(terms))
	}
	kinds := map[string]int{}
	for _, tm := range terms {
		kinds[tm.Kind]++
		switch tm.Kind {
		case "Chinese substring":
			if !strings.ContainsAny(tm.Query, "延吉市依兰镇东光村党支部吕秀英") {
				t.Errorf("substring %q", tm.Query)
			}
		case "full pinyin":
			if !strings.Contains("yanjishi yilanzhen dongguangcun dongguangcundangzhibu luxiuying", tm.Query) {
				t.Errorf("pinyin %q", tm.Query)
			}
		case "initials":
			if !strings.Contains("yjs ylz dgc dgcdzb lxy", tm.Query) {
				t.Errorf("initials %q", tm.Query)
			}
		case "code prefix":
			if !strings.HasPrefix("222401100201", tm.Query) && !strings.HasPrefix("222401100000", tm.Query) {
				t.Errorf("code prefix %q", tm.Query)
			}
		}
	}
	for _, k := range termKinds {
		if kinds[k] < 40 {
			t.Errorf("only %d %s terms", kinds[k], k)
		}
	}
	if got := significant("222401000000"); got != "222401" {
		t.Errorf("significant = %q", got)
	}
	if got := significant("220000000000"); got != "22" {
		t.Errorf("significant = %q", got)
	}
}

// handlerFor serves the real handler in process on a loaded database: the
// one named by GRASSROOTS_BENCH_DB (already loaded, e.g. a province-scale
// PostgreSQL database, to profile at scale), or else a fresh SQLite file with
// the county-scale demo.
func handlerFor(b *testing.B) (http.Handler, *store.Store) {
	b.Helper()
	ctx := context.Background()
	dsn := os.Getenv("GRASSROOTS_BENCH_DB")
	fresh := dsn == ""
	if fresh {
		dsn = "sqlite://" + filepath.Join(b.TempDir(), "bench.db")
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	if fresh {
		if _, err := demo.Load(ctx, st, demo.County, 1, demo.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	// the page query does not search: an empty index keeps its build out of
	// the profile
	idx := search.New()
	h, err := server.New(server.Config{Store: st, Search: idx, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	return h, st
}

// BenchmarkPageQuery runs the page query through the whole handler (limits,
// gqlgen, loaders, database) in process, rotating over the county and
// township regions, from GOMAXPROCS goroutines. Profile it with
//
//	GRASSROOTS_BENCH_DB=postgres://… go test ./tooling/bench -run - -bench PageQuery -cpuprofile cpu.out
func BenchmarkPageQuery(b *testing.B) {
	h, st := handlerFor(b)
	ids, err := st.Client.Region.Query().Where(region.LevelIn(region.LevelCOUNTY, region.LevelTOWNSHIP)).IDs(context.Background())
	if err != nil || len(ids) == 0 {
		b.Fatalf("regions: %d, %v", len(ids), err)
	}
	bodies := make([][]byte, len(ids))
	for i, id := range ids {
		bodies[i] = body(PageQuery, map[string]any{"r": strconv.Itoa(id)})
	}
	var seq atomic.Int64
	before := st.Statements()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(seq.Add(1)) % len(bodies)
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(bodies[i]))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if _, err := checkPage(rec.Code, rec.Body.Bytes()); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(st.Statements()-before)/float64(b.N), "stmts/op")
}

func TestParseProcStat(t *testing.T) {
	// the command name may hold spaces and parentheses
	const stat = "4242 (grass (roots) x) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 37 0 0 20 0 12 0 100 2167936000 60022 18446744073709551615\n"
	d, err := parseProcStat([]byte(stat))
	if err != nil || d != 2870*time.Millisecond {
		t.Fatalf("got %s, %v; want 2.87s", d, err)
	}
	if _, err := parseProcStat([]byte("4242 (x) S 1 2")); err == nil {
		t.Fatal("short line: no error")
	}
	if d, err := procCPU(os.Getpid()); err != nil || d < 0 {
		t.Fatalf("own CPU: %s, %v", d, err)
	}
}

func TestParseCPULine(t *testing.T) {
	busy, total, err := parseCPULine([]byte("cpu  100 5 40 800 50 0 5 0 7 0\ncpu0 1 2 3 4\n"))
	if err != nil {
		t.Fatal(err)
	}
	// busy = user+nice+system+irq+softirq+steal; guest (7) is inside user
	if busy != 1500*time.Millisecond || total != 10*time.Second {
		t.Fatalf("busy %s total %s", busy, total)
	}
	if _, _, err := parseCPULine([]byte("intr 1 2 3\n")); err == nil {
		t.Fatal("no cpu line: no error")
	}
}

func TestCPUUse(t *testing.T) {
	a := cpuSnapshot{server: time.Second, client: time.Second, backends: map[int]time.Duration{1: time.Second, 2: 0},
		busy: 10 * time.Second, total: 20 * time.Second, ok: true}
	b := cpuSnapshot{server: 3 * time.Second, client: 1500 * time.Millisecond,
		backends: map[int]time.Duration{1: 2 * time.Second, 2: time.Second, 3: 500 * time.Millisecond}, // 3 started during the test
		busy:     16 * time.Second, total: 28 * time.Second, ok: true}
	u, ok := cpuUse(a, b, 1000)
	if !ok {
		t.Fatal("not ok")
	}
	if u.Server != 2*time.Millisecond || u.Client != 500*time.Microsecond || u.Database != 2500*time.Microsecond {
		t.Fatalf("%+v", u)
	}
	if u.Busy != 0.75 || u.Others != 1.0/8 { // 6 s busy of 8; 1 s by others
		t.Fatalf("busy %v others %v", u.Busy, u.Others)
	}
	if _, ok := cpuUse(a, cpuSnapshot{}, 10); ok {
		t.Fatal("failed snapshot: ok")
	}
}

// TestMetricsCountStatements checks what the load test reads from /metrics:
// grassroots_sql_statements_total, growing with every statement.
func TestMetricsCountStatements(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := server.New(server.Config{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	read := func() float64 {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		v, err := parseMetric(rec.Body, "grassroots_sql_statements_total")
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := read()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ regions(first: 5) { totalCount edges { node { id } } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || strings.Contains(rec.Body.String(), `"errors"`) {
		t.Fatalf("query: %d %s", rec.Code, rec.Body)
	}
	if after := read(); after < before+2 || int64(after) != st.Statements() {
		t.Fatalf("statements %v → %v (store says %d): want the query's two statements counted", before, after, st.Statements())
	}
}
