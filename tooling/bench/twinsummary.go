package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// twinSummary prints the twin shapes' figures beside their targets: on
// PostgreSQL our rate against the better PostGraphile's, on SQLite the
// nested shape's rate.
func twinSummary(w io.Writer, rs []*Result) {
	var pg, lite *Result
	for _, r := range rs {
		switch {
		case r.Twins == nil || len(r.Twins.Shapes) == 0:
		case r.Dialect == store.Postgres:
			pg = r
		default:
			lite = r
		}
	}
	if pg == nil && lite == nil {
		return
	}
	fmt.Fprintf(w, "\n== PostGraphile comparison summary (%d workers; medians of the rounds, the range in brackets)\n", twinWorkers)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")) }
	if pg != nil {
		t := pg.Twins
		province := pg.Scale == demo.Province
		row(append(append([]string{fmt.Sprintf("PostgreSQL %s", pg.Scale)}, t.Servers...), "ours / the better", "target")...)
		for _, s := range t.Shapes {
			rates := []string{rateLabel(s.Shape)}
			lats := []string{fmt.Sprintf("%s p50 / p99 (ms)", s.Shape)}
			for _, f := range s.Figures {
				med, lo, hi := f.Rate()
				rates = append(rates, fmt.Sprintf("%.0f (%.0f–%.0f)", med, lo, hi))
				lats = append(lats, ms(f.P50())+" / "+ms(f.P99()))
			}
			better, ratio := s.versus()
			cmp := "—"
			if better != nil {
				cmp = fmt.Sprintf("%.2f× %s", ratio, better.Server)
			}
			applies, met := s.ratioMet()
			rates = append(rates, cmp, ratioTargetText(s.Shape)+verdictWord(applies && province, met))
			row(rates...)
			row(append(lats, "", "")...)
		}
		if s := t.shape(shapeNested); s != nil && s.Figures[0].CPU != nil {
			cells := []string{"nested server CPU/request (ms)"}
			for _, f := range s.Figures {
				cell := "—"
				if f.CPU != nil {
					cell = ms(f.CPU.Server)
				}
				cells = append(cells, cell)
			}
			cpu := s.Figures[0].CPU.Server
			row(append(cells, "", fmt.Sprintf("ours ≤ %d ms, PostgreSQL province", TargetNestedCPU.Milliseconds())+verdictWord(province, cpu <= TargetNestedCPU))...)
		}
	}
	for _, r := range []*Result{pg, lite} {
		if r == nil || r.Twins.SignedIn == nil {
			continue
		}
		s := r.Twins.SignedIn
		anon, _, _ := s.Figures[0].Rate()
		coord, lo, hi := s.Figures[1].Rate()
		cells := []string{fmt.Sprintf("%s %s nested req/s, coordinator", dialectName(r.Dialect), r.Scale), fmt.Sprintf("%.0f (%.0f–%.0f)", coord, lo, hi)}
		if pg != nil {
			for range pg.Twins.Servers[1:] {
				cells = append(cells, "")
			}
		}
		gap := s.signedInGap()
		row(append(cells, fmt.Sprintf("%.0f anonymous, %.1f%% apart", anon, 100*gap),
			fmt.Sprintf("≤ %.0f%% apart", 100*TargetSignedInGap)+verdictWord(true, gap <= TargetSignedInGap))...)
	}
	if lite != nil {
		if s := lite.Twins.shape(shapeNested); s != nil {
			med, lo, hi := s.Figures[0].Rate()
			cells := []string{fmt.Sprintf("SQLite %s nested req/s", lite.Scale), fmt.Sprintf("%.0f (%.0f–%.0f)", med, lo, hi)}
			if pg != nil {
				for range pg.Twins.Servers[1:] {
					cells = append(cells, "")
				}
			}
			row(append(cells, "", fmt.Sprintf("≥ %.0f SQLite prefecture", TargetSQLiteNested)+verdictWord(lite.Scale == demo.Prefecture, med >= TargetSQLiteNested))...)
		}
	}
	_ = tw.Flush()
}

func dialectName(d string) string {
	if d == store.Postgres {
		return "PostgreSQL"
	}
	return "SQLite"
}

// rateLabel names a shape's rate row.
func rateLabel(shape string) string {
	if shape == shapePage {
		return "organization page loads/s"
	}
	return shape + " req/s"
}

// ratioTargetText is a shape's target against PostGraphile, as printed.
func ratioTargetText(shape string) string {
	least, p99 := ratioTarget(shape)
	switch {
	case least == 0:
		return "informational"
	case p99:
		return fmt.Sprintf("≥ %.1f× and p99 no worse, PostgreSQL province", least)
	}
	return fmt.Sprintf("≥ %.1f×, PostgreSQL province", least)
}

// verdictWord follows a target that applies: met or short of it.
func verdictWord(applies, met bool) string {
	switch {
	case !applies:
		return ""
	case met:
		return "  ok"
	}
	return "  short"
}
