package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// summary prints one row per figure and one column per database, with the
// target and whether each database met it.
func summary(w io.Writer, o Options, rs []*Result) {
	if len(rs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== Summary\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{""}
	for _, r := range rs {
		head = append(head, fmt.Sprintf("%s %s", r.Name, r.Scale))
	}
	head = append(head, "target")
	fmt.Fprintln(tw, strings.Join(head, "\t"))

	type cell func(r *Result) (value string, applies, met bool)
	row := func(label, target string, f cell) {
		line := []string{label}
		for _, r := range rs {
			v, applies, met := f(r)
			switch {
			case v == "":
				v = "—"
			case applies && met:
				v += " ok"
			case applies:
				v += " MISSED"
			}
			line = append(line, v)
		}
		line = append(line, target)
		fmt.Fprintln(tw, strings.Join(line, "\t"))
	}
	pageLat := func(get func(l Latencies) time.Duration, check bool) cell {
		return func(r *Result) (string, bool, bool) {
			if r.Page == nil || r.Page.Latency.N == 0 {
				return "", false, false
			}
			d := get(r.Page.Latency)
			return ms(d), check && pageTargets(r), d <= TargetPageP99
		}
	}
	search := func(get func(r *Result) *LoadResult) (cell, cell) {
		lat := func(r *Result) (string, bool, bool) {
			s := get(r)
			if s == nil || s.Latency.N == 0 {
				return "", false, false
			}
			l := s.Latency
			return fmt.Sprintf("%s / %s / %s", ms(l.P50), ms(l.P95), ms(l.P99)), searchTargets(r), l.P95 <= TargetSearchP95
		}
		rate := func(r *Result) (string, bool, bool) {
			s := get(r)
			if s == nil {
				return "", false, false
			}
			return fmt.Sprintf("%.0f", s.Throughput()), false, false
		}
		return lat, rate
	}

	row("demo load (s)", fmt.Sprintf("≤ %.0f s SQLite prefecture, ≤ %.0f s PostgreSQL province", TargetSQLiteLoad.Seconds(), TargetPostgresLoad.Seconds()),
		func(r *Result) (string, bool, bool) {
			if r.Load == nil {
				return "", false, false
			}
			t := loadTarget(r)
			return fmt.Sprintf("%.1f", r.Load.Total.Seconds()), t > 0, r.Load.Total <= t
		})
	row("demo rows", "", func(r *Result) (string, bool, bool) {
		if r.Load == nil {
			return "", false, false
		}
		return group(int64(r.Load.Counts.Total())), false, false
	})
	row("demo rows/s", "", func(r *Result) (string, bool, bool) {
		if r.Load == nil {
			return "", false, false
		}
		return group(int64(r.Load.RowsPerSecond())), false, false
	})
	row("server startup (s)", "", func(r *Result) (string, bool, bool) {
		if r.Startup == 0 {
			return "", false, false
		}
		return fmt.Sprintf("%.2f", r.Startup.Seconds()), false, false
	})
	row("page req/s", fmt.Sprintf("≥ %.0f PostgreSQL province", TargetPageRate), func(r *Result) (string, bool, bool) {
		if r.Page == nil {
			return "", false, false
		}
		return fmt.Sprintf("%.0f", r.Page.Throughput()), pageTargets(r), r.Page.Throughput() >= TargetPageRate
	})
	row("page p50 (ms)", "", pageLat(func(l Latencies) time.Duration { return l.P50 }, false))
	row("page p90 (ms)", "", pageLat(func(l Latencies) time.Duration { return l.P90 }, false))
	row("page p99 (ms)", fmt.Sprintf("≤ %d ms PostgreSQL province", TargetPageP99.Milliseconds()), pageLat(func(l Latencies) time.Duration { return l.P99 }, true))
	row("page max (ms)", "", pageLat(func(l Latencies) time.Duration { return l.Max }, false))
	row("page requests / errors", "0 errors", func(r *Result) (string, bool, bool) {
		if r.Page == nil {
			return "", false, false
		}
		return fmt.Sprintf("%s / %d", group(int64(r.Page.Requests)), r.Page.Errors), true, r.Page.Errors == 0
	})
	row("SQL statements/request", "", func(r *Result) (string, bool, bool) {
		if r.Page == nil {
			return "", false, false
		}
		return fmt.Sprintf("%.2f", r.Statements), false, false
	})
	row("page CPU/request (ms)", "server / PostgreSQL / client", func(r *Result) (string, bool, bool) {
		if r.PageCPU == nil {
			return "", false, false
		}
		u := r.PageCPU
		db := "—"
		if u.Database > 0 {
			db = ms(u.Database)
		}
		return fmt.Sprintf("%s / %s / %s", ms(u.Server), db, ms(u.Client)), false, false
	})
	row("server peak RSS", "", func(r *Result) (string, bool, bool) {
		if r.PeakRSS == 0 {
			return "", false, false
		}
		return mib(r.PeakRSS), false, false
	})
	l1, r1 := search(func(r *Result) *LoadResult { return r.Search1 })
	lN, rN := search(func(r *Result) *LoadResult { return r.SearchN })
	row("search ×1 p50/p95/p99 (ms)", fmt.Sprintf("p95 ≤ %d ms province", TargetSearchP95.Milliseconds()), l1)
	row("search ×1 req/s", "", r1)
	row(fmt.Sprintf("search ×%d p50/p95/p99 (ms)", o.Concurrency), fmt.Sprintf("p95 ≤ %d ms province", TargetSearchP95.Milliseconds()), lN)
	row(fmt.Sprintf("search ×%d req/s", o.Concurrency), "", rN)
	row("outcome", "", func(r *Result) (string, bool, bool) {
		if r.Err != nil {
			return "FAILED", false, false
		}
		return "completed", false, false
	})
	_ = tw.Flush()
	for _, r := range rs {
		if r.Err != nil {
			fmt.Fprintf(w, "%s failed: %v\n", r.Name, r.Err)
		}
	}
}
