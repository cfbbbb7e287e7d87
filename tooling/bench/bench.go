// Package bench is grassroots-bench (tooling/cmd/grassroots-bench): it loads the demo data into a fresh
// SQLite file and a scratch PostgreSQL database, starts the real server on
// each as a separate process, and measures the demo load, the server's
// startup, a page query under concurrent load and the search box, against the
// targets of the project. Every answer is checked; a failed request is
// counted as an error, never as a success.
package bench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// Options configure Run.
type Options struct {
	// PostgresAdmin is the URL of a PostgreSQL server on which a scratch
	// database is created and dropped; "" is store.DefaultPostgresAdmin.
	PostgresAdmin string
	// SQLiteScale and PostgresScale are the demo scales; "" skips the database.
	SQLiteScale, PostgresScale demo.Scale
	// PostgresDB, when set, is an already loaded database to measure instead
	// of a scratch one: nothing is loaded into it, and it is not dropped.
	PostgresDB string
	// Duration of each load test (the page query; each search run takes half).
	Duration time.Duration
	// Concurrency is the number of client workers. Default 4 × GOMAXPROCS.
	Concurrency int
	Seed        uint64
	// Executable is the grassroots binary run as `serve` (required).
	Executable string
	// Out receives the report; default os.Stdout.
	Out io.Writer
	// KeepLogs keeps the servers' logs (they are kept anyway on failure).
	KeepLogs bool
	// NetworkScale is "nation" (default) to run the organization-network
	// section on the synthetic nation graph, or "none" to skip it.
	NetworkScale string
	// NetworkPGVillages, when > 0, shrinks the graph loaded into PostgreSQL
	// (and served over GraphQL) to that many villages; 0 is nation scale.
	NetworkPGVillages int
	// PostGraphile runs the twin shapes: on PostgreSQL beside PostGraphile 4
	// and 5 (installed under PostGraphileDir), on SQLite the nested one alone.
	PostGraphile    bool
	PostGraphileDir string
	// IndicatorSQLiteScale, when set and not SQLiteScale, is the scale of a
	// SQLite database of its own on which the indicators are measured.
	IndicatorSQLiteScale demo.Scale
	// TwinRounds of TwinRound each, per server and shape (default 3 × 8 s).
	TwinRounds int
	TwinRound  time.Duration
}

// Targets of the project (the acceptance figures).
const (
	TargetSQLiteLoad   = 20 * time.Second // prefecture scale
	TargetPostgresLoad = 60 * time.Second // province scale
	TargetPageRate     = 500.0            // req/s, PostgreSQL province scale
	TargetPageP99      = 50 * time.Millisecond
	TargetSearchP95    = 50 * time.Millisecond // province scale
)

// warmup precedes each load test and is not measured.
const warmup = 2 * time.Second

// Result is what one database's run measured.
type Result struct {
	Name    string // "SQLite", "PostgreSQL"
	Dialect string
	Scale   demo.Scale
	Load    *demo.Stats
	Startup time.Duration
	Regions int // regions the page query rotates over
	Page    *LoadResult
	// NonEmpty counts page answers with at least one organization.
	NonEmpty   int64
	Statements float64 // SQL statements per page request
	PageCPU    *CPUUse // CPU per page request, when /proc tells
	PeakRSS    int64
	Search1    *LoadResult // concurrency 1
	SearchN    *LoadResult // concurrency N
	Terms      int
	Twins      *TwinResult // the twin shapes, beside PostGraphile on PostgreSQL
	Indicators *IndicatorFigures
	// Twinning is the twinning section's figures (suggestions, plans).
	Twinning *TwinningFigures
	Err      error // an operational failure that cut the run short
}

// Run benchmarks each configured database in turn and prints the report and
// a summary. It returns an error on an operational failure (a database, the
// server or requests failing), not on a missed target.
func Run(ctx context.Context, o Options) error {
	if o.Out == nil {
		o.Out = os.Stdout
	}
	if o.Duration <= 0 {
		o.Duration = 15 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4 * runtime.GOMAXPROCS(0)
	}
	if o.Executable == "" {
		return errors.New("bench: Options.Executable (the grassroots binary) is required")
	}
	if _, err := os.Stat(o.Executable); err != nil {
		return fmt.Errorf("the grassroots binary: %w (build it with make build-go)", err)
	}
	if o.PostGraphile && (o.PostgresScale != "" || o.PostgresDB != "") {
		// before the hour of loading, not after it
		if _, err := findPostGraphile(o.PostGraphileDir); err != nil {
			return err
		}
	}
	if o.TwinRounds <= 0 {
		o.TwinRounds = 3
	}
	if o.TwinRound <= 0 {
		o.TwinRound = 8 * time.Second
	}
	dir, err := os.MkdirTemp("", "grassroots-bench-")
	if err != nil {
		return err
	}
	w := o.Out
	fmt.Fprintf(w, "grassroots bench: %d CPUs (GOMAXPROCS %d), %s %s/%s; load tests %s after %s warm-up, %d workers, seed %d\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version(), runtime.GOOS, runtime.GOARCH, o.Duration, warmup, o.Concurrency, o.Seed)
	fmt.Fprintf(w, "page query: %s\n", PageQuery)

	var results []*Result
	if o.SQLiteScale != "" {
		r := &Result{Name: "SQLite", Dialect: store.SQLite, Scale: o.SQLiteScale}
		results = append(results, r)
		path := filepath.Join(dir, "bench.db")
		r.Err = benchDB(ctx, o, r, "sqlite://"+path, filepath.Join(dir, "sqlite-serve.log"))
	}
	switch {
	case ctx.Err() != nil:
	case o.PostgresDB != "":
		r := &Result{Name: "PostgreSQL", Dialect: store.Postgres, Scale: o.PostgresScale}
		results = append(results, r)
		r.Err = benchDB(ctx, o, r, o.PostgresDB, filepath.Join(dir, "postgres-serve.log"))
	case o.PostgresScale != "":
		r := &Result{Name: "PostgreSQL", Dialect: store.Postgres, Scale: o.PostgresScale}
		results = append(results, r)
		r.Err = benchPostgres(ctx, o, r, filepath.Join(dir, "postgres-serve.log"))
	}

	if sc := o.IndicatorSQLiteScale; sc != "" && sc != o.SQLiteScale && ctx.Err() == nil {
		r := &Result{Name: "SQLite", Dialect: store.SQLite, Scale: sc}
		results = append(results, r)
		r.Indicators, r.Twinning, r.Err = indicatorSQLite(ctx, o, dir, sc)
	}

	var net *NetResult
	if o.NetworkScale != "none" && ctx.Err() == nil {
		net = networkBench(ctx, o, dir)
	}

	summary(w, o, results)
	indicatorSummary(w, results)
	twinningSummary(w, results)
	twinSummary(w, results)
	if net != nil {
		fmt.Fprintf(w, "\n== Network summary\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "\tvalue\ttarget\n")
		netSummary(tw, net)
		_ = tw.Flush()
		if net.Err != nil {
			fmt.Fprintf(w, "network failed: %v\n", net.Err)
		}
	}

	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.Name, r.Err))
		}
	}
	if net != nil && net.Err != nil {
		errs = append(errs, fmt.Errorf("network: %w", net.Err))
	}
	if len(errs) > 0 || o.KeepLogs {
		fmt.Fprintf(w, "server logs kept in %s\n", dir)
	} else {
		_ = os.RemoveAll(dir)
	}
	return errors.Join(errs...)
}

func benchPostgres(ctx context.Context, o Options, r *Result, logPath string) error {
	url, drop, err := store.ScratchPostgres(ctx, o.PostgresAdmin, "grassroots_bench")
	if err != nil {
		return err
	}
	err = benchDB(ctx, o, r, url, logPath)
	if derr := drop(); derr != nil {
		err = errors.Join(err, fmt.Errorf("drop scratch database: %w", derr))
	}
	return err
}

// benchDB loads, serves and measures one database.
func benchDB(ctx context.Context, o Options, r *Result, dsn, logPath string) error {
	w := o.Out
	fmt.Fprintf(w, "\n== %s, %s scale\n", r.Name, r.Scale)

	// 1. demo load
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	fmt.Fprintf(w, "database        %s\n", st.Target.Redacted())
	if r.Dialect == store.Postgres && o.PostgresDB != "" {
		fmt.Fprintf(w, "demo load       skipped: the database is already loaded\n")
	} else {
		stats, err := demo.Load(ctx, st, r.Scale, o.Seed, demo.Options{})
		if err != nil {
			return fmt.Errorf("demo load: %w", err)
		}
		r.Load = stats
		target := loadTarget(r)
		fmt.Fprintf(w, "demo load       %s rows in %.1f s, %s rows/s (generate %.1f s alongside write %.1f s, finish %.1f s)   %s\n",
			group(int64(stats.Counts.Total())), stats.Total.Seconds(), group(int64(stats.RowsPerSecond())),
			stats.Generate.Seconds(), stats.Write.Seconds(), stats.Finish.Seconds(),
			verdict(target > 0, stats.Total <= target, fmt.Sprintf("target ≤ %.0f s", target.Seconds())))
	}
	terms, err := searchTerms(ctx, st, 1000, o.Seed)
	if err != nil {
		return err
	}
	r.Terms = len(terms)
	st.Close()

	// 2. the server, as its own process
	srv, err := startServer(ctx, o.Executable, dsn, logPath)
	if err != nil {
		return err
	}
	probe := &cpuProbe{serverPID: srv.cmd.Process.Pid}
	if r.Dialect == store.Postgres {
		// to find the database's backends, for their CPU time
		if db, err := sql.Open("postgres", dsn); err == nil {
			db.SetMaxOpenConns(1)
			defer db.Close()
			probe.db = db
		}
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = srv.stop()
		}
	}()
	r.Startup = srv.startup
	fmt.Fprintf(w, "server startup  %.2f s from exec to /readyz 200 (migrations checked, search index built)\n", srv.startup.Seconds())

	if err := pageTest(ctx, o, r, srv, probe); err != nil {
		return err
	}
	if err := searchTest(ctx, o, r, srv, probe, terms); err != nil {
		return err
	}
	if rss, err := srv.peakRSS(); err == nil {
		r.PeakRSS = rss
	}
	if r.Indicators, err = indicatorTest(ctx, w, srv, time.Now().Year(), o.Executable, dsn); err != nil {
		return err
	}
	fmt.Fprintf(w, "server memory   peak RSS %s (VmHWM, whole run)\n", mib(r.PeakRSS))
	if err := twinsTest(ctx, o, r, srv, dsn, filepath.Dir(logPath)); err != nil {
		return err
	}
	// Last: it changes the data (a campaign's start) and restarts the
	// server; never on a database the bench was given.
	if o.PostgresDB != "" && dsn == o.PostgresDB {
		fmt.Fprintf(w, "twinning        not measured: it would change the data of the database given\n")
	} else if srv, r.Twinning, err = twinningTest(ctx, w, srv, o.Executable, dsn, logPath); err != nil {
		return err
	}
	stopped = true
	if err := srv.stop(); err != nil {
		return err
	}
	return nil
}

func loadTarget(r *Result) time.Duration {
	switch {
	case r.Dialect == store.SQLite && r.Scale == demo.Prefecture:
		return TargetSQLiteLoad
	case r.Dialect == store.Postgres && r.Scale == demo.Province:
		return TargetPostgresLoad
	}
	return 0
}

// pageTargets reports whether the page targets apply: PostgreSQL, province scale.
func pageTargets(r *Result) bool { return r.Dialect == store.Postgres && r.Scale == demo.Province }

// searchTargets reports whether the search target applies: province scale.
func searchTargets(r *Result) bool { return r.Scale == demo.Province }

// verdict prints a target next to a figure: "target …  ok" or "target …  MISSED".
func verdict(applies, met bool, target string) string {
	if !applies {
		return ""
	}
	if met {
		return target + "  ok"
	}
	return target + "  MISSED"
}

func pageTest(ctx context.Context, o Options, r *Result, srv *serverProc, probe *cpuProbe) error {
	w := o.Out
	p := &poster{client: newClient(1), url: srv.base + "/graphql"}
	var regions []string
	for _, level := range []string{"COUNTY", "TOWNSHIP"} {
		ids, err := regionIDs(ctx, p, level)
		if err != nil {
			return fmt.Errorf("list %s regions: %w", level, err)
		}
		regions = append(regions, ids...)
	}
	if len(regions) == 0 {
		return errors.New("the data set has no county or township regions")
	}
	rnd := rand.New(rand.NewPCG(o.Seed, 7))
	rnd.Shuffle(len(regions), func(i, j int) { regions[i], regions[j] = regions[j], regions[i] })
	r.Regions = len(regions)

	var nonEmpty atomic.Int64
	call := pageCall(regions, &nonEmpty)
	url := srv.base + "/graphql"
	if wu := hammer(ctx, url, o.Concurrency, warmup, call); wu.Errors > 0 {
		return fmt.Errorf("page query failed during warm-up: %d of %d requests, e.g. %s", wu.Errors, wu.Requests, wu.Samples[0])
	}
	before, err := srv.statements(ctx)
	if err != nil {
		return err
	}
	nonEmpty.Store(0)
	cpu0 := probe.snapshot(ctx)
	run := hammer(ctx, url, o.Concurrency, o.Duration, call)
	cpu1 := probe.snapshot(ctx)
	after, err := srv.statements(ctx)
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	r.Page = run
	r.NonEmpty = nonEmpty.Load()
	if run.Requests > 0 {
		r.Statements = float64(after-before) / float64(run.Requests)
	}
	if u, ok := cpuUse(cpu0, cpu1, run.Requests); ok {
		r.PageCPU = &u
	}
	if rss, err := srv.peakRSS(); err == nil {
		r.PeakRSS = rss
	}
	t := pageTargets(r)
	l := run.Latency
	fmt.Fprintf(w, "page query      rotating over %d county and township regions, %d workers, %s\n", r.Regions, run.Workers, run.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "  requests      %s passed, %s errors, %s pages with at least one organization\n", group(int64(run.OK)), group(int64(run.Errors)), group(r.NonEmpty))
	fmt.Fprintf(w, "  throughput    %.0f req/s   %s\n", run.Throughput(), verdict(t, run.Throughput() >= TargetPageRate, fmt.Sprintf("target ≥ %.0f req/s", TargetPageRate)))
	fmt.Fprintf(w, "  latency       p50 %s ms  p90 %s ms  p99 %s ms  max %s ms   %s\n", ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max),
		verdict(t, l.P99 <= TargetPageP99 && l.N > 0, fmt.Sprintf("target p99 ≤ %d ms", TargetPageP99.Milliseconds())))
	fmt.Fprintf(w, "  SQL           %.2f statements per request\n", r.Statements)
	if r.PageCPU != nil {
		fmt.Fprintf(w, "  CPU           %s\n", r.PageCPU)
	}
	fmt.Fprintf(w, "  server RSS    peak %s (VmHWM after the page test)\n", mib(r.PeakRSS))
	for _, s := range run.Samples {
		fmt.Fprintf(w, "  error         %s\n", s)
	}
	switch {
	case run.Errors > 0:
		return fmt.Errorf("%d of %d page requests failed, e.g. %s", run.Errors, run.Requests, run.Samples[0])
	case run.OK == 0:
		return errors.New("no page request completed")
	case r.NonEmpty == 0:
		return errors.New("every page was empty: the page query found no party branches")
	}
	return nil
}

func searchTest(ctx context.Context, o Options, r *Result, srv *serverProc, probe *cpuProbe, terms []Term) error {
	w := o.Out
	url := srv.base + "/graphql"
	call := searchCall(terms)
	counts := map[string]int{}
	for _, t := range terms {
		counts[t.Kind]++
	}
	fmt.Fprintf(w, "search          %d terms from the data:", len(terms))
	for i, k := range termKinds {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(w, "%s %d %s", sep, counts[k], k)
	}
	fmt.Fprintln(w)
	if wu := hammer(ctx, url, o.Concurrency, warmup/2, call); wu.Errors > 0 {
		return fmt.Errorf("search failed during warm-up: %d of %d requests, e.g. %s", wu.Errors, wu.Requests, wu.Samples[0])
	}
	t := searchTargets(r)
	d := max(o.Duration/2, time.Second)
	for _, c := range []int{1, o.Concurrency} {
		cpu0 := probe.snapshot(ctx)
		run := hammer(ctx, url, c, d, call)
		cpu1 := probe.snapshot(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if c == 1 {
			r.Search1 = run
		} else {
			r.SearchN = run
		}
		l := run.Latency
		fmt.Fprintf(w, "  %2d worker(s)  %6.0f req/s  p50 %s ms  p95 %s ms  p99 %s ms  max %s ms  %s passed, %s errors   %s\n",
			c, run.Throughput(), ms(l.P50), ms(l.P95), ms(l.P99), ms(l.Max), group(int64(run.OK)), group(int64(run.Errors)),
			verdict(t, l.P95 <= TargetSearchP95 && l.N > 0, fmt.Sprintf("target p95 ≤ %d ms", TargetSearchP95.Milliseconds())))
		if u, ok := cpuUse(cpu0, cpu1, run.Requests); ok {
			fmt.Fprintf(w, "                CPU %s\n", u)
		}
		for _, s := range run.Samples {
			fmt.Fprintf(w, "  error         %s\n", s)
		}
		if run.Errors > 0 {
			return fmt.Errorf("%d of %d search requests failed, e.g. %s", run.Errors, run.Requests, run.Samples[0])
		}
		if run.OK == 0 {
			return errors.New("no search request completed")
		}
		if c == o.Concurrency {
			break
		}
	}
	return nil
}
