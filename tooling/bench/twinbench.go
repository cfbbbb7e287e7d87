package bench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"grassroots/internal/store"
)

// The twin shapes measure our server beside PostGraphile 4 and 5 on the same
// PostgreSQL database: the same data asked in each schema's words, checked to
// be the same, by 8 closed-loop workers, in rounds that alternate between
// the servers so that a change in the machine's speed falls on all of them.
// On SQLite (which PostGraphile does not serve) the nested shape runs on our
// server alone.

const (
	twinWorkers = 8
	twinWarmup  = 3 * time.Second
	// pageOrgs is how many party branches the organization page rotates over.
	pageOrgs = 300
)

// twinsTest runs the twin shapes on srv, the server benchDB started on dsn,
// and records them in r.Twins; dir takes the PostGraphile logs.
func twinsTest(ctx context.Context, o Options, r *Result, srv *serverProc, dsn, dir string) error {
	if !o.PostGraphile {
		return nil
	}
	w := o.Out
	t := &TwinResult{Rounds: o.TwinRounds, Round: o.TwinRound}
	r.Twins = t
	ours := &twinServer{name: "grassroots", flavour: flavourOurs, url: srv.base + "/graphql", probe: &cpuProbe{serverPID: srv.cmd.Process.Pid}}
	if r.Dialect != store.Postgres {
		t.Servers = []string{ours.name}
		fmt.Fprintf(w, "nested shape    %s alone (PostGraphile serves PostgreSQL only): %d workers, %d rounds of %s after a %s warm-up\n",
			ours.name, twinWorkers, t.Rounds, t.Round, twinWarmup)
		want, err := sameData(ctx, []*twinServer{ours}, shapeNested, nil, "")
		if err != nil {
			return err
		}
		s := measureShape(ctx, w, t, []*twinServer{ours}, shapeNested, []do{listCall(ours, shapeNested, want)})
		if ctx.Err() != nil {
			return ctx.Err()
		}
		t.Shapes = append(t.Shapes, s)
		printShape(w, s)
		if err := signedInShape(ctx, o, w, t, ours, dsn); err != nil {
			return err
		}
		return shapeErrors(t)
	}

	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ours.probe.db = db
	start := time.Now()
	if _, err := db.ExecContext(ctx, "VACUUM ANALYZE"); err != nil {
		return fmt.Errorf("VACUUM ANALYZE: %w", err)
	}
	t.Vacuum = time.Since(start)
	ids, err := partyBranches(ctx, db, pageOrgs)
	if err != nil {
		return err
	}

	pkgs, err := findPostGraphile(o.PostGraphileDir)
	if err != nil {
		return err
	}
	servers := []*twinServer{ours}
	var started []string
	for _, p := range pkgs {
		ps, err := startPostGraphile(ctx, p, dsn, filepath.Join(dir, fmt.Sprintf("postgraphile-%s.log", p.version)))
		if err != nil {
			return err
		}
		defer func() { _ = ps.stop() }()
		s := &twinServer{name: p.name(), flavour: p.flavour, url: ps.base + "/graphql", probe: &cpuProbe{serverPID: ps.cmd.Process.Pid, db: db}}
		if err := checkSchema(ctx, &poster{client: newClient(1), url: s.url}, s.name, twinQueries(p.flavour)); err != nil {
			return err
		}
		servers = append(servers, s)
		started = append(started, fmt.Sprintf("%s ready in %.1f s on Node %s", p.version, ps.startup.Seconds(), p.nodeVer))
	}
	for _, s := range servers {
		t.Servers = append(t.Servers, s.name)
	}
	fmt.Fprintf(w, "twin shapes     %s beside %s on this database: %d workers each, %d rounds of %s after a %s warm-up, alternating %s\n",
		ours.name, strings.Join(t.Servers[1:], " and "), twinWorkers, t.Rounds, t.Round, twinWarmup, strings.Join(t.Servers, " → "))
	fmt.Fprintf(w, "  settled       VACUUM ANALYZE in %.1f s before the comparison: every server meets the same analysed tables\n", t.Vacuum.Seconds())
	fmt.Fprintf(w, "  PostGraphile  %s; every field of the twin queries is in each one's schema (introspected)\n", strings.Join(started, ", "))

	today := time.Now().UTC().Format(time.DateOnly)
	follow := newClient(twinWorkers * len(pageOps))
	for _, shape := range []string{shapeNested, shapeFlat, shapePage} {
		want, err := sameData(ctx, servers, shape, ids, today)
		if err != nil {
			return err
		}
		calls := make([]do, len(servers))
		for i, s := range servers {
			if shape == shapePage {
				calls[i] = pageLoadCall(s, ids, today, follow)
			} else {
				calls[i] = listCall(s, shape, want)
			}
		}
		if shape == shapePage {
			fmt.Fprintf(w, "%-15s same data for 3 of %d party branches (header, region path, leaders, counts, first pages); one load = %s, then the other %d at once\n",
				shape, len(ids), pageOps[0].name, len(pageOps)-1)
		} else {
			fmt.Fprintf(w, "%-15s same data from every server: %d organizations in the same order, with the same fields and counts\n", shape, want)
		}
		s := measureShape(ctx, w, t, servers, shape, calls)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		t.Shapes = append(t.Shapes, s)
		printShape(w, s)
	}
	if err := signedInShape(ctx, o, w, t, ours, dsn); err != nil {
		return err
	}
	return shapeErrors(t)
}

// partyBranches picks n party branches without children, spread over their
// IDs: the same list for every server.
func partyBranches(ctx context.Context, db *sql.DB, n int) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT id FROM organizations o WHERE kind = 'PARTY_BRANCH'
		AND NOT EXISTS (SELECT 1 FROM organizations c WHERE c.parent_id = o.id) ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list party branches: %w", err)
	}
	defer rows.Close()
	var all []string
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		all = append(all, fmt.Sprint(id))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(all) == 0 {
		return nil, errors.New("the database has no party branches")
	}
	return spread(all, n), nil
}

// spread picks n elements of all at even steps (all of them when fewer).
func spread(all []string, n int) []string {
	if len(all) <= n {
		return all
	}
	out := make([]string, n)
	for i := range out {
		out[i] = all[i*len(all)/n]
	}
	return out
}

// measureShape warms each server up, then runs the rounds, each server in
// turn within a round.
func measureShape(ctx context.Context, w io.Writer, t *TwinResult, servers []*twinServer, shape string, calls []do) *ShapeResult {
	s := &ShapeResult{Shape: shape}
	for _, srv := range servers {
		s.Figures = append(s.Figures, &ServerFigures{Server: srv.name})
	}
	for i, srv := range servers {
		wu := hammer(ctx, srv.url, twinWorkers, twinWarmup, calls[i])
		s.Figures[i].WarmupErrors = wu.Errors
		if wu.Errors > 0 {
			s.Figures[i].WarmupSample = wu.Samples[0]
			fmt.Fprintf(w, "  warm-up       %s: %d of %d requests failed, e.g. %s\n", srv.name, wu.Errors, wu.Requests, wu.Samples[0])
		}
	}
	for round := 1; round <= t.Rounds && ctx.Err() == nil; round++ {
		var line []string
		for i, srv := range servers {
			a := srv.probe.snapshot(ctx)
			run := hammer(ctx, srv.url, twinWorkers, t.Round, calls[i])
			b := srv.probe.snapshot(ctx)
			u, ok := cpuUse(a, b, run.Requests)
			s.Figures[i].add(run, u, ok)
			line = append(line, fmt.Sprintf("%s %.0f", srv.name, run.Throughput()))
		}
		fmt.Fprintf(w, "  round %d       %s %s\n", round, strings.Join(line, ", "), rateUnit(shape))
	}
	return s
}

// rateUnit names what a shape's rate counts, and perUnit one of it.
func rateUnit(shape string) string { return perUnit(shape) + "s/s" }

func perUnit(shape string) string {
	if shape == shapePage {
		return "page load"
	}
	return "request"
}

// printShape prints a shape's figures, one line per server.
func printShape(w io.Writer, s *ShapeResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  \t%s median (range)\tp50 ms\tp99 ms\t%ss\terrors\tCPU per %s\n", rateUnit(s.Shape), perUnit(s.Shape), perUnit(s.Shape))
	for _, f := range s.Figures {
		med, lo, hi := f.Rate()
		cpu := "—"
		if f.CPU != nil {
			cpu = "server " + ms(f.CPU.Server) + " ms"
			if f.CPU.Database > 0 {
				cpu += ", PostgreSQL " + ms(f.CPU.Database) + " ms"
			}
		}
		fmt.Fprintf(tw, "  %s\t%.0f (%.0f–%.0f)\t%s\t%s\t%s\t%d\t%s\n", f.Server, med, lo, hi, ms(f.P50()), ms(f.P99()), group(int64(f.Requests())), f.Errors(), cpu)
	}
	_ = tw.Flush()
	// on a shared machine, how much of it others took tells how far to trust the figures
	lo, hi := 1.0, 0.0
	for _, f := range s.Figures {
		if f.CPU != nil {
			lo, hi = min(lo, f.CPU.Others), max(hi, f.CPU.Others)
		}
	}
	if hi >= lo {
		share := fmt.Sprintf("%.0f%%", 100*hi)
		if from := fmt.Sprintf("%.0f%%", 100*lo); from != share {
			share = strings.TrimSuffix(from, "%") + "–" + share
		}
		fmt.Fprintf(w, "  machine       other processes took %s of the CPU during the rounds\n", share)
	}
	for _, f := range s.Figures {
		if e := f.sample(); e != "" {
			fmt.Fprintf(w, "  error         %s: %s\n", f.Server, e)
		}
	}
}

// shapeErrors fails the section when any answer failed: its figures would
// count work that was not done.
func shapeErrors(t *TwinResult) error {
	var errs []error
	shapes := t.Shapes
	if t.SignedIn != nil {
		shapes = append(shapes[:len(shapes):len(shapes)], t.SignedIn)
	}
	for _, s := range shapes {
		for _, f := range s.Figures {
			if n := f.Errors() + f.WarmupErrors; n > 0 {
				errs = append(errs, fmt.Errorf("%s, %s shape: %d requests failed, e.g. %s", f.Server, s.Shape, n, f.sample()))
			}
		}
	}
	return errors.Join(errs...)
}
