package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"text/tabwriter"
	"time"

	"grassroots/internal/network"
	"grassroots/internal/store"
	"grassroots/tooling/synth"

	"github.com/lib/pq"
)

// The queries the network section times: an ego network of 500
// organizations at most, paths of at most 8 edges (the API's defaults).
const (
	egoMaxNodes   = 500
	pathMaxLength = 8
)

// Network targets (the organization-network issue).
const (
	NationVillages      = 500_000
	NationLinks         = 1_000_000
	TargetNetPGBuild    = 20 * time.Second
	TargetNetMemBuild   = 2 * time.Second
	TargetNetMemory     = 400 << 20
	TargetNetEgoP50     = 50 * time.Microsecond
	TargetNetPathP50    = 200 * time.Microsecond
	TargetNetPathP99    = 5 * time.Millisecond
	TargetNetCompP50    = 10 * time.Millisecond
	TargetNetGQLP50     = 3 * time.Millisecond
	TargetNetGQLRate    = 1000.0
	TargetNetCTESpeedup = 100.0
	cteTimeout          = 5 * time.Second
	netWarmupMax        = 2 * time.Minute
	pgrTimeout          = 3 * time.Minute
	pgrPairs            = 3
	ctePairs            = 20
)

var netAsOf = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// NetResult is what the network section measured; zero fields were not measured.
type NetResult struct {
	Villages, Orgs, Links                int
	MemBuild, MemCold                    time.Duration // median of 3 builds, the first
	Memory                               uint64
	Ego, Path, Comp                      Latencies
	PGVillages, PGOrgs, PGLinks          int
	PGLoad, PGBuild                      time.Duration
	Startup                              time.Duration
	GQLEgo, GQLPath                      *LoadResult // closed loop, o.Concurrency workers: capacity
	GQLEgoRated, GQLPathRated            *LoadResult // open loop at TargetNetGQLRate: latency
	CTEOurs, CTETheirs, PGROurs, PGRThem time.Duration
	CTEPairs, CTETimeouts                int
	CTEMismatch                          int
	PGRouting                            string
	Start                                *StartupResult
	Err                                  error
}

func heapNow() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// networkBench runs the organization-network section.
func networkBench(ctx context.Context, o Options, dir string) *NetResult {
	w := o.Out
	r := &NetResult{}
	fmt.Fprintf(w, "\n== Organization network, synthetic nation (%s villages, %s links)\n", group(NationVillages), group(NationLinks))
	r.Err = netInMemory(ctx, o, r)
	if r.Err == nil && ctx.Err() == nil {
		r.Err = netPostgres(ctx, o, r, filepath.Join(dir, "network-serve.log"))
	}
	return r
}

func netInMemory(ctx context.Context, o Options, r *NetResult) error {
	w := o.Out
	t0 := time.Now()
	g := synth.Nation(o.Seed, NationVillages, NationLinks)
	r.Villages, r.Orgs, r.Links = NationVillages, len(g.Orgs), len(g.Links)
	fmt.Fprintf(w, "generator       %s organizations, %s links, %s regions in %.1f s\n", group(int64(r.Orgs)), group(int64(r.Links)), group(int64(len(g.Regions))), time.Since(t0).Seconds())
	// Built three times: the first build in a fresh process also pays the
	// kernel for faulting in its memory; the figure is the median.
	db := g.OpenDB()
	defer db.Close()
	var builds []time.Duration
	var x *network.Index
	for range 3 {
		x = nil
		before := heapNow()
		x = network.New()
		t0 = time.Now()
		if err := x.Load(ctx, db); err != nil {
			return err
		}
		builds = append(builds, time.Since(t0))
		after := heapNow()
		if after > before {
			r.Memory = after - before
		}
	}
	r.MemCold, r.MemBuild = builds[0], median(builds)
	fmt.Fprintf(w, "index build     %.2f s from the in-memory generator, median of 3 (first, in a fresh process: %.2f s; network.Index.Load over a database/sql driver serving the rows)   %s\n",
		r.MemBuild.Seconds(), r.MemCold.Seconds(), verdict(true, r.MemBuild <= TargetNetMemBuild, "target ≤ 2 s"))
	fmt.Fprintf(w, "index memory    %s (heap after GC, after − before the build)   %s\n", mib(int64(r.Memory)), verdict(true, r.Memory <= TargetNetMemory, "target ≤ 400 MB"))

	f := network.Filter{Hierarchy: true, AsOf: netAsOf}
	rng := rand.New(rand.NewPCG(3, 3))
	var ds []time.Duration
	nodes := 0
	for i := 0; i < 5000; i++ {
		seed := g.Branches[rng.IntN(len(g.Branches))]
		t := time.Now()
		e, err := x.Ego([]int{int(seed)}, 2, f, egoMaxNodes)
		ds = append(ds, time.Since(t))
		if err != nil {
			return err
		}
		nodes += len(e.Nodes)
	}
	r.Ego = Summarize(ds)
	fmt.Fprintf(w, "ego depth 2     p50 %s µs, p99 %s µs over %d seeds, %.0f nodes on average   %s\n", us(r.Ego.P50), us(r.Ego.P99), r.Ego.N, float64(nodes)/float64(r.Ego.N),
		verdict(true, r.Ego.P50 <= TargetNetEgoP50, "target p50 ≤ 50 µs"))
	rng = rand.New(rand.NewPCG(4, 4))
	ds, found := ds[:0], 0
	for i := 0; i < 5000; i++ {
		from, to := g.Pair(rng)
		t := time.Now()
		p, err := x.ShortestPath(int(from), int(to), f, pathMaxLength)
		ds = append(ds, time.Since(t))
		if err != nil {
			return err
		}
		if p != nil {
			found++
		}
	}
	r.Path = Summarize(ds)
	fmt.Fprintf(w, "shortest path   p50 %s µs, p99 %s µs over %d pairs (%d found)   %s\n", us(r.Path.P50), us(r.Path.P99), r.Path.N, found,
		verdict(true, r.Path.P50 <= TargetNetPathP50 && r.Path.P99 <= TargetNetPathP99, "target p50 ≤ 200 µs, p99 ≤ 5 ms"))
	rng = rand.New(rand.NewPCG(5, 5))
	ds, size := ds[:0], 0
	for i := 0; i < 300; i++ {
		c := g.Counties[rng.IntN(len(g.Counties))]
		in := func(reg int) bool { return int64(reg) >= c.FirstRegion && int64(reg) <= c.LastRegion }
		t := time.Now()
		cs, err := x.Components(in, f, 2, 0)
		ds = append(ds, time.Since(t))
		if err != nil {
			return err
		}
		for _, c := range cs {
			size += c.Size
		}
	}
	r.Comp = Summarize(ds)
	fmt.Fprintf(w, "components      county p50 %s ms, p99 %s ms over %d counties   %s\n", ms(r.Comp.P50), ms(r.Comp.P99), r.Comp.N,
		verdict(true, r.Comp.P50 <= TargetNetCompP50, "target p50 ≤ 10 ms"))
	runtime.KeepAlive(g)
	return nil
}

func us(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Nanoseconds())/1e3) }

func netPostgres(ctx context.Context, o Options, r *NetResult, logPath string) error {
	w := o.Out
	villages := o.NetworkPGVillages
	if villages <= 0 {
		villages = NationVillages
	}
	links := int(int64(NationLinks) * int64(villages) / NationVillages)
	g := synth.Nation(o.Seed, villages, links)
	r.PGVillages, r.PGOrgs, r.PGLinks = villages, len(g.Orgs), len(g.Links)
	label := "nation scale"
	if villages != NationVillages {
		label = fmt.Sprintf("REDUCED scale: %s villages", group(int64(villages)))
	}
	fmt.Fprintf(w, "-- PostgreSQL, %s: %s organizations, %s links\n", label, group(int64(r.PGOrgs)), group(int64(r.PGLinks)))
	dsn, drop, err := store.ScratchPostgres(ctx, o.PostgresAdmin, "grassroots_netbench")
	if err != nil {
		return err
	}
	defer func() {
		if derr := drop(); derr != nil {
			fmt.Fprintf(w, "drop scratch database: %v\n", derr)
		}
	}()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	t0 := time.Now()
	if err := loadSynthPostgres(ctx, st.DB, g); err != nil {
		return err
	}
	r.PGLoad = time.Since(t0)
	fmt.Fprintf(w, "postgres load   %.1f s (COPY regions, organizations, links; FK triggers off; VACUUM ANALYZE) (informational)\n", r.PGLoad.Seconds())
	x := network.New()
	t0 = time.Now()
	if err := x.Load(ctx, st.DB); err != nil {
		return err
	}
	r.PGBuild = time.Since(t0)
	fmt.Fprintf(w, "index build     %.2f s from PostgreSQL (network.Index.Load)   %s\n", r.PGBuild.Seconds(),
		verdict(villages == NationVillages, r.PGBuild <= TargetNetPGBuild, "target ≤ 20 s at nation scale"))

	// d. the recursive CTE against ours, same pairs (pgr_dijkstra comes last)
	if err := netCTE(ctx, o, r, st, x, g); err != nil {
		return err
	}
	st.Close()
	if err := netStartup(ctx, o, r, dsn, g, filepath.Join(filepath.Dir(logPath), "network-startup.log")); err != nil {
		return err
	}

	// c. GraphQL over loopback
	srv, err := startServer(ctx, o.Executable, dsn, logPath)
	if err != nil {
		return err
	}
	defer srv.stop()
	r.Startup = srv.startup
	fmt.Fprintf(w, "server startup  %.2f s from exec to /readyz 200 (search and network indexes built)\n", srv.startup.Seconds())
	url := srv.base + "/graphql"
	rng := rand.New(rand.NewPCG(o.Seed, 11))
	const nin = 4096
	seeds := make([]int64, nin)
	pairs := make([][2]int64, nin)
	for i := range seeds {
		seeds[i] = g.Branches[rng.IntN(len(g.Branches))]
		pairs[i][0], pairs[i][1] = g.Pair(rng)
	}
	// Each query is measured twice: at saturation (closed loop, o.Concurrency
	// workers sending back to back), which gives the capacity; and at the
	// rated load of 1,000 requests/s arriving on schedule (open loop), which
	// gives the latency a user sees at that load.
	d := o.Duration / 2
	for _, t := range []struct {
		name       string
		call       do
		cap, rated **LoadResult
	}{{"network(depth: 2)", egoCall(seeds), &r.GQLEgo, &r.GQLEgoRated}, {"shortestPath", pathCall(pairs), &r.GQLPath, &r.GQLPathRated}} {
		if err := warmUp(ctx, w, srv, url, o.Concurrency, t.name, t.call); err != nil {
			return err
		}
		run := hammer(ctx, url, o.Concurrency, d, t.call)
		*t.cap = run
		l := run.Latency
		fmt.Fprintf(w, "%-17s capacity %.0f req/s (×%d workers back to back: p50 %s ms, p99 %s ms), %d requests, %d errors   %s\n", t.name, run.Throughput(), o.Concurrency,
			ms(l.P50), ms(l.P99), run.Requests, run.Errors,
			verdict(villages == NationVillages, run.Errors == 0 && run.Throughput() >= TargetNetGQLRate, "target ≥ 1,000 req/s, 0 errors at nation scale"))
		if run.Errors > 0 {
			fmt.Fprintf(w, "  e.g. %s\n", run.Samples[0])
		}
		paced := pace(ctx, url, TargetNetGQLRate, d, t.call)
		*t.rated = paced
		l = paced.Latency
		fmt.Fprintf(w, "%-17s at %.0f req/s offered: p50 %s ms, p99 %s ms, %.0f req/s served, %d requests, %d errors   %s\n", t.name, TargetNetGQLRate,
			ms(l.P50), ms(l.P99), paced.Throughput(), paced.Requests, paced.Errors,
			verdict(villages == NationVillages, paced.Errors == 0 && l.P50 <= TargetNetGQLP50, "target p50 ≤ 3 ms at 1,000 req/s, 0 errors at nation scale"))
		if paced.Errors > 0 {
			fmt.Fprintf(w, "  e.g. %s\n", paced.Samples[0])
		}
	}
	if err := srv.stop(); err != nil {
		return err
	}
	return netPGR(ctx, o, r, dsn, x, g)
}

const (
	egoQuery  = `query($s: ID!) { network(seeds: [$s], depth: 2, includeHierarchy: true) { nodes { organization { id } depth } edges { id kind } truncated } }`
	pathQuery = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, includeHierarchy: true) { length organizations { id } } }`
)

type egoResponse struct {
	Data *struct {
		Network *struct {
			Nodes []struct {
				Organization *struct{ ID string } `json:"organization"`
				Depth        int                  `json:"depth"`
			} `json:"nodes"`
			Edges []struct {
				ID   string `json:"id"`
				Kind string `json:"kind"`
			} `json:"edges"`
			Truncated bool `json:"truncated"`
		} `json:"network"`
	} `json:"data"`
	Errors []gqlError `json:"errors"`
}

// checkEgo checks a network answer: the seed at depth 0, depths ≤ 2, edges named.
func checkEgo(code int, raw []byte, seed string) error {
	if code != 200 {
		return statusError(code, raw)
	}
	var resp egoResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return fmt.Errorf("decode: %w: %s", err, clip(raw))
	}
	if err := errorsOf(resp.Errors); err != nil {
		return err
	}
	if resp.Data == nil || resp.Data.Network == nil {
		return errors.New("no network in the answer")
	}
	seen := false
	for _, n := range resp.Data.Network.Nodes {
		if n.Organization == nil || n.Depth < 0 || n.Depth > 2 {
			return fmt.Errorf("bad node %+v", n)
		}
		if n.Organization.ID == seed && n.Depth == 0 {
			seen = true
		}
	}
	if !seen {
		return fmt.Errorf("seed %s missing at depth 0", seed)
	}
	for _, e := range resp.Data.Network.Edges {
		if e.ID == "" || e.Kind == "" {
			return fmt.Errorf("bad edge %+v", e)
		}
	}
	return nil
}

type pathResponse struct {
	Data *struct {
		ShortestPath *struct {
			Length        int `json:"length"`
			Organizations []struct {
				ID string `json:"id"`
			} `json:"organizations"`
		} `json:"shortestPath"`
	} `json:"data"`
	Errors []gqlError `json:"errors"`
}

// checkPath checks a shortestPath answer: null, or a walk from a to b of
// length+1 organizations.
func checkPath(code int, raw []byte, a, b string) error {
	if code != 200 {
		return statusError(code, raw)
	}
	var resp pathResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return fmt.Errorf("decode: %w: %s", err, clip(raw))
	}
	if err := errorsOf(resp.Errors); err != nil {
		return err
	}
	if resp.Data == nil {
		return errors.New("no data in the answer")
	}
	p := resp.Data.ShortestPath
	if p == nil {
		return nil
	}
	os := p.Organizations
	if p.Length < 1 || p.Length > pathMaxLength || len(os) != p.Length+1 || os[0].ID != a || os[len(os)-1].ID != b {
		return fmt.Errorf("bad path from %s to %s: %s", a, b, clip(raw))
	}
	return nil
}

func egoCall(seeds []int64) do {
	return func(ctx context.Context, p *poster, seq int) error {
		s := strconv.FormatInt(seeds[seq%len(seeds)], 10)
		code, raw, err := p.post(ctx, body(egoQuery, map[string]any{"s": s}))
		if err != nil {
			return err
		}
		return checkEgo(code, raw, s)
	}
}

func pathCall(pairs [][2]int64) do {
	return func(ctx context.Context, p *poster, seq int) error {
		pr := pairs[seq%len(pairs)]
		a, b := strconv.FormatInt(pr[0], 10), strconv.FormatInt(pr[1], 10)
		code, raw, err := p.post(ctx, body(pathQuery, map[string]any{"a": a, "b": b}))
		if err != nil {
			return err
		}
		return checkPath(code, raw, a, b)
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	return Percentile(s2(s), 50)
}

func s2(s []time.Duration) []time.Duration { slices.Sort(s); return s }

// netCTE times the recursive CTE (and pgr_dijkstra when installed) against
// the index on the same pairs. The index here is unfiltered by date and
// status, like the SQL, and walks the hierarchy.
func netCTE(ctx context.Context, o Options, r *NetResult, st *store.Store, x *network.Index, g *synth.Graph) error {
	w := o.Out
	rng := rand.New(rand.NewPCG(o.Seed, 13))
	conn, err := st.DB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET statement_timeout = %d", cteTimeout.Milliseconds())); err != nil {
		return err
	}
	f := network.Filter{Hierarchy: true, AsOf: netAsOf}
	var ours, theirs []time.Duration
	for i := 0; i < ctePairs && ctx.Err() == nil; i++ {
		from, to := g.Pair(rng)
		t := time.Now()
		p, err := x.ShortestPath(int(from), int(to), f, pathMaxLength)
		ours = append(ours, time.Since(t))
		if err != nil {
			return err
		}
		t = time.Now()
		n, ok, err := cteLength(ctx, conn, from, to, pathMaxLength)
		el := time.Since(t)
		switch {
		case isTimeout(err):
			r.CTETimeouts++
			el = cteTimeout
		case err != nil:
			return fmt.Errorf("recursive CTE: %w", err)
		case p != nil && (!ok || n > len(p.Edges)):
			// the CTE ignores link dates and status: it may find shorter paths, never longer
			r.CTEMismatch++
		}
		theirs = append(theirs, el)
	}
	r.CTEPairs = len(ours)
	r.CTEOurs, r.CTETheirs = median(ours), median(theirs)
	ratio := float64(r.CTETheirs) / float64(max(r.CTEOurs, 1))
	fmt.Fprintf(w, "recursive CTE   median %s ms vs ours %s µs over %d pairs (%d hit the %s statement_timeout and count as %s): %.0f× faster   %s\n",
		ms(r.CTETheirs), us(r.CTEOurs), r.CTEPairs, r.CTETimeouts, cteTimeout, cteTimeout, ratio,
		verdict(true, ratio >= TargetNetCTESpeedup, "target ≥ 100×"))
	if r.CTEMismatch > 0 {
		fmt.Fprintf(w, "  %d pairs where the CTE found no path or a longer one than the index\n", r.CTEMismatch)
	}
	return nil
}

// warmUp loads the server with call until it has completed a garbage
// collection under that load, so that what follows measures it in its steady
// state. At nation scale the server holds about 1 GiB and, with GOGC=400,
// first grows its heap towards 5 GiB, paying the kernel to fault in every new
// page; once a collection has run, the heap reuses those pages.
func warmUp(ctx context.Context, w io.Writer, srv *serverProc, url string, workers int, name string, call do) error {
	start := time.Now()
	before, err := srv.gcCycles(ctx)
	if err != nil {
		return err
	}
	for {
		if wu := hammer(ctx, url, workers, warmup, call); wu.Errors > 0 {
			return fmt.Errorf("%s failed during warm-up: %d of %d requests, e.g. %s", name, wu.Errors, wu.Requests, wu.Samples[0])
		}
		n, err := srv.gcCycles(ctx)
		if err != nil {
			return err
		}
		if n > before || time.Since(start) >= netWarmupMax || ctx.Err() != nil {
			fmt.Fprintf(w, "%-17s warm-up %.0f s (until the server's first garbage collection under this load)\n", name, time.Since(start).Seconds())
			return nil
		}
	}
}

// netPGR times pgr_dijkstra, when pgrouting is installed, against the index
// on the first pgrPairs pairs of netCTE. pgr_dijkstra reads the whole edge
// table into memory on every call and does not stop for statement_timeout
// while it does, so it gets a long budget, and runs after the GraphQL load
// so that a call still running cannot take a core from it.
func netPGR(ctx context.Context, o Options, r *NetResult, dsn string, x *network.Index, g *synth.Graph) error {
	w := o.Out
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET statement_timeout = %d", pgrTimeout.Milliseconds())); err != nil {
		return err
	}
	var one int
	if err := conn.QueryRowContext(ctx, `SELECT 1 FROM pg_available_extensions WHERE name = 'pgrouting'`).Scan(&one); err != nil {
		r.PGRouting = "pgrouting not installed"
		fmt.Fprintf(w, "pgr_dijkstra    pgrouting not installed\n")
		return nil
	}
	if _, err := conn.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE`); err != nil {
		r.PGRouting = "pgrouting: " + err.Error()
		fmt.Fprintf(w, "pgr_dijkstra    could not create the extension: %v\n", err)
		return nil
	}
	f := network.Filter{Hierarchy: true, AsOf: netAsOf}
	rng := rand.New(rand.NewPCG(o.Seed, 13))
	var ours, theirs []time.Duration
	timeouts := 0
	for i := 0; i < pgrPairs && ctx.Err() == nil; i++ {
		from, to := g.Pair(rng)
		t := time.Now()
		if _, err := x.ShortestPath(int(from), int(to), f, pathMaxLength); err != nil {
			return err
		}
		ours = append(ours, time.Since(t))
		t = time.Now()
		var n int
		err := conn.QueryRowContext(ctx, pgrDijkstra, from, to).Scan(&n)
		el := time.Since(t)
		if isTimeout(err) {
			timeouts++
		} else if err != nil {
			return fmt.Errorf("pgr_dijkstra: %w", err)
		}
		theirs = append(theirs, el)
	}
	r.PGROurs, r.PGRThem = median(ours), median(theirs)
	r.PGRouting = "measured"
	fmt.Fprintf(w, "pgr_dijkstra    median %s ms vs ours %s µs over %d pairs (%d cancelled at the %s statement_timeout, counted as the time they took): %.0f× faster\n",
		ms(r.PGRThem), us(r.PGROurs), len(ours), timeouts, pgrTimeout, float64(r.PGRThem)/float64(max(r.PGROurs, 1)))
	return nil
}

// isTimeout reports whether PostgreSQL cancelled a statement (statement_timeout).
func isTimeout(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "57014" // query_canceled
}

// netSummary prints the network figures with their targets.
func netSummary(w *tabwriter.Writer, r *NetResult) {
	if r == nil {
		return
	}
	row := func(label, value string, applies, met bool, target string) {
		if value == "" {
			value = "—"
		} else if applies && met {
			value += " ok"
		} else if applies {
			value += " MISSED"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", label, value, target)
	}
	nation := r.PGVillages == NationVillages
	pgLabel := "nation"
	if !nation && r.PGVillages > 0 {
		pgLabel = group(int64(r.PGVillages)) + " villages"
	}
	if r.MemBuild > 0 {
		row("network build, in-memory, median of 3 (s)", fmt.Sprintf("%.2f", r.MemBuild.Seconds()), true, r.MemBuild <= TargetNetMemBuild, "≤ 2 s")
		row("  first build, fresh process (s)", fmt.Sprintf("%.2f", r.MemCold.Seconds()), false, false, "informational")
		row("network index memory", mib(int64(r.Memory)), true, r.Memory <= TargetNetMemory, "≤ 400 MB")
	}
	if r.Ego.N > 0 {
		row("ego depth 2 p50 / p99 (µs)", us(r.Ego.P50)+" / "+us(r.Ego.P99), true, r.Ego.P50 <= TargetNetEgoP50, "p50 ≤ 50 µs")
		row("shortest path p50 / p99 (µs)", us(r.Path.P50)+" / "+us(r.Path.P99), true, r.Path.P50 <= TargetNetPathP50 && r.Path.P99 <= TargetNetPathP99, "p50 ≤ 200 µs, p99 ≤ 5 ms")
		row("components of a county p50 (ms)", ms(r.Comp.P50), true, r.Comp.P50 <= TargetNetCompP50, "≤ 10 ms")
	}
	if r.PGLoad > 0 {
		row("network PostgreSQL load (s), "+pgLabel, fmt.Sprintf("%.1f", r.PGLoad.Seconds()), false, false, "informational")
	}
	if r.PGBuild > 0 {
		row("network build from PostgreSQL (s), "+pgLabel, fmt.Sprintf("%.2f", r.PGBuild.Seconds()), nation, r.PGBuild <= TargetNetPGBuild, "≤ 20 s nation")
	}
	startupRows(row, r)
	for _, g := range []struct {
		name       string
		cap, rated *LoadResult
	}{{"network(depth: 2)", r.GQLEgo, r.GQLEgoRated}, {"shortestPath", r.GQLPath, r.GQLPathRated}} {
		if g.cap != nil {
			row(fmt.Sprintf("GraphQL %s capacity (req/s), %s", g.name, pgLabel), fmt.Sprintf("%.0f", g.cap.Throughput()), nation, g.cap.Throughput() >= TargetNetGQLRate, "≥ 1,000 nation")
			row(fmt.Sprintf("  at capacity, ×%d workers: p50 / p99 (ms)", g.cap.Workers), ms(g.cap.Latency.P50)+" / "+ms(g.cap.Latency.P99), false, false, "informational")
		}
		if g.rated != nil {
			row(fmt.Sprintf("  at %.0f req/s: p50 / p99 (ms)", TargetNetGQLRate), ms(g.rated.Latency.P50)+" / "+ms(g.rated.Latency.P99), nation, g.rated.Latency.P50 <= TargetNetGQLP50, "p50 ≤ 3 ms nation")
		}
		if g.cap != nil && g.rated != nil {
			row("  requests / errors", fmt.Sprintf("%s / %d", group(int64(g.cap.Requests+g.rated.Requests)), g.cap.Errors+g.rated.Errors), true, g.cap.Errors+g.rated.Errors == 0, "0 errors")
		}
	}
	if r.CTEPairs > 0 {
		ratio := float64(r.CTETheirs) / float64(max(r.CTEOurs, 1))
		row("recursive CTE / ours, "+pgLabel, fmt.Sprintf("%s ms / %s µs = %.0f×", ms(r.CTETheirs), us(r.CTEOurs), ratio), true, ratio >= TargetNetCTESpeedup,
			fmt.Sprintf("≥ 100× (%d of %d CTEs timed out at %s)", r.CTETimeouts, r.CTEPairs, cteTimeout))
	}
	if r.PGRouting == "measured" {
		row("pgr_dijkstra / ours", fmt.Sprintf("%s ms / %s µs", ms(r.PGRThem), us(r.PGROurs)), false, false, "")
	} else if r.PGRouting != "" {
		row("pgr_dijkstra", r.PGRouting, false, false, "")
	}
	outcome := "completed"
	if r.Err != nil {
		outcome = "FAILED"
	}
	row("network outcome", outcome, false, false, "")
}
