package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"time"

	"grassroots/tooling/synth"
)

// Start-up targets at nation scale (the start-up issue): the server answers
// /readyz and every query but search within 5 s of its start, and search
// within 15 s.
const (
	TargetStartReady  = 5 * time.Second
	TargetStartQuery  = 5 * time.Second
	TargetStartSearch = 15 * time.Second
	startupGiveUp     = 3 * time.Minute
	// pollEvery spaces the attempts: often enough for the figures, seldom
	// enough not to load the server measured (every /readyz pings the
	// database).
	pollEvery = 25 * time.Millisecond
)

// StartupResult is how long after its exec the server first answered each
// kind of request.
type StartupResult struct {
	Ready   time.Duration // /readyz 200
	Query   time.Duration // a query the database answers (regions)
	Network time.Duration // a query the network index answers
	Search  time.Duration // a search with hits
	// The server's CPU time by /readyz 200 and by the first search, and how
	// busy the machine's CPUs were from exec to the first search (0–1):
	// figures that tell a slow machine from a slow server.
	ReadyCPU, SearchCPU time.Duration
	Busy                float64
}

// startupQueries are asked from the exec on, until each is answered.
var startupQueries = []struct {
	name  string
	query string
	ok    func(data json.RawMessage) bool
	at    func(r *StartupResult) *time.Duration
}{
	{"regions", `{ regions(first: 1) { edges { node { id code } } } }`,
		func(d json.RawMessage) bool { return hasItems(d, "regions", "edges") },
		func(r *StartupResult) *time.Duration { return &r.Query }},
	{"network", `query($s: ID!) { network(seeds: [$s], depth: 1) { nodes { depth } } }`,
		func(d json.RawMessage) bool { return hasItems(d, "network", "nodes") },
		func(r *StartupResult) *time.Duration { return &r.Network }},
	{"search", `{ search(query: "1101", types: [REGION], first: 5) { title } }`,
		func(d json.RawMessage) bool { return hasItems(d, "search", "") },
		func(r *StartupResult) *time.Duration { return &r.Search }},
}

// netStartup starts the server binary on the nation-scale database dsn and
// measures, from its exec, when /readyz first answers 200 and when a query
// the database answers, one the network index answers and a search are first
// answered; then it stops the server.
func netStartup(ctx context.Context, o Options, r *NetResult, dsn string, g *synth.Graph, logPath string) error {
	w := o.Out
	started := time.Now()
	srv, err := launch(o.Executable, dsn, logPath)
	if err != nil {
		return err
	}
	defer srv.stop()
	probe := &cpuProbe{serverPID: srv.cmd.Process.Pid}
	before := probe.snapshot(ctx)
	ctx, cancel := context.WithTimeout(ctx, startupGiveUp)
	defer cancel()
	res := &StartupResult{}
	client := &http.Client{Timeout: time.Minute} // a search may wait for the index up to the server's request timeout
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	poll := func(what string, at, cpu *time.Duration, try func() bool) {
		defer wg.Done()
		for ctx.Err() == nil {
			if try() {
				mu.Lock()
				*at = time.Since(started)
				if cpu != nil {
					*cpu = probe.snapshot(ctx).server
				}
				mu.Unlock()
				return
			}
			select {
			case <-srv.exited:
				cancel()
			case <-time.After(pollEvery):
			}
		}
		mu.Lock()
		errs = append(errs, fmt.Errorf("start-up: %s not answered within %s; the server's log %s ends:\n%s", what, startupGiveUp, logPath, logTail(logPath, 2000)))
		mu.Unlock()
	}
	wg.Add(1 + len(startupQueries))
	go poll("/readyz", &res.Ready, &res.ReadyCPU, func() bool {
		resp, err := client.Get(srv.base + "/readyz")
		if err != nil {
			return false
		}
		drain(resp.Body)
		return resp.StatusCode == http.StatusOK
	})
	seed := strconv.FormatInt(g.Branches[0], 10)
	for _, q := range startupQueries {
		p := &poster{client: client, url: srv.base + "/graphql"}
		b := body(q.query, map[string]any{"s": seed})
		if q.name != "network" {
			b = body(q.query, nil)
		}
		var cpu *time.Duration
		if q.name == "search" {
			cpu = &res.SearchCPU
		}
		go poll(q.name, q.at(res), cpu, func() bool {
			code, raw, err := p.post(ctx, b)
			if err != nil || code != http.StatusOK {
				return false
			}
			var resp struct {
				Data   json.RawMessage `json:"data"`
				Errors []gqlError      `json:"errors"`
			}
			return json.Unmarshal(raw, &resp) == nil && len(resp.Errors) == 0 && q.ok(resp.Data)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if after := probe.snapshot(ctx); before.ok && after.ok && after.total > before.total {
		res.Busy = float64(after.busy-before.busy) / float64(after.total-before.total)
	}
	r.Start = res
	fmt.Fprintf(w, "start-up        from exec: /readyz 200 after %.2f s, a database query %.2f s, network(depth: 1) %.2f s, search %.2f s   %s\n",
		res.Ready.Seconds(), res.Query.Seconds(), res.Network.Seconds(), res.Search.Seconds(),
		verdict(r.PGVillages == NationVillages, res.Ready <= TargetStartReady && max(res.Query, res.Network) <= TargetStartQuery && res.Search <= TargetStartSearch,
			"target ≤ 5 s /readyz and queries, ≤ 15 s search, at nation scale"))
	fmt.Fprintf(w, "                the server's CPU time by /readyz 200 %.1f s, by the first search %.1f s; the machine's CPUs %.0f%% busy meanwhile (informational)\n",
		res.ReadyCPU.Seconds(), res.SearchCPU.Seconds(), 100*res.Busy)
	return srv.stop()
}

// hasItems reports whether data.field (.sub) is a non-empty list.
func hasItems(data json.RawMessage, field, sub string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return false
	}
	v := m[field]
	if sub != "" {
		var inner map[string]json.RawMessage
		if json.Unmarshal(v, &inner) != nil {
			return false
		}
		v = inner[sub]
	}
	var items []json.RawMessage
	return json.Unmarshal(v, &items) == nil && len(items) > 0
}

// launch starts `exe serve` on a free loopback port with its output in
// logPath, and returns at once.
func launch(exe, dsn, logPath string) (*serverProc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(exe, "serve", "--addr", addr, "--db", dsn, "--rate", "0")
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = os.Environ()
	// its own process group: a Ctrl-C on the terminal reaches the bench, which
	// then stops the server itself
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	s := &serverProc{cmd: cmd, base: "http://" + addr, logPath: logPath, exited: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s serve: %w", exe, err)
	}
	go func() {
		s.waitErr = cmd.Wait()
		logf.Close()
		close(s.exited)
	}()
	return s, nil
}

// startupRows adds the start-up figures to the network summary.
func startupRows(row func(label, value string, applies, met bool, target string), r *NetResult) {
	s := r.Start
	if s == nil {
		return
	}
	nation := r.PGVillages == NationVillages
	sec := func(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()) }
	row("start-up to /readyz 200 (s), nation", sec(s.Ready), nation, s.Ready <= TargetStartReady, "≤ 5 s nation")
	row("  to a database query answered (s)", sec(s.Query), nation, s.Query <= TargetStartQuery, "≤ 5 s nation")
	row("  to network(depth: 1) answered (s)", sec(s.Network), nation, s.Network <= TargetStartQuery, "≤ 5 s nation")
	row("  to search answered (s)", sec(s.Search), nation, s.Search <= TargetStartSearch, "≤ 15 s nation")
	row("  server CPU by then (s), machine busy", fmt.Sprintf("%.1f / %.1f, %.0f%%", s.ReadyCPU.Seconds(), s.SearchCPU.Seconds(), 100*s.Busy), false, false, "informational: /readyz, search")
}
