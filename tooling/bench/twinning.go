package bench

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// Targets of twinning coordination (province scale, about 1,000 backward
// villages and 5,000 candidate partners), on the median of sequential
// requests.
const (
	TargetSuggestions = 50 * time.Millisecond
	TargetPlan        = 3 * time.Second
)

// twinningPartners is the number of candidate partners the twinning section
// plans with: it adds urban units (copies of the demo's, with two places
// each) until there are about this many.
const twinningPartners = 5000

// planRuns is how many times a plan is timed, after one unmeasured.
const planRuns = 3

// SuggestionsQuery ranks five partners for a village.
const SuggestionsQuery = `query($v: ID!) { twinningSuggestions(village: $v, first: 5) { partner { id name } score remaining ` +
	`distanceKm steps activities factors { factor weight value } } }`

// PlanQuery plans the whole province.
const PlanQuery = `query($r: ID!) { twinningPlan(region: $r) { method villages partners totalScore greedyScore greedyAssigned ` +
	`rows { village { id } partner { id } remaining score } unassigned { village { id } reason } } }`

// TwinningFigures is what the twinning section measured on one server.
type TwinningFigures struct {
	Suggestions, Plan  Latencies
	Villages, Partners int
	// Assigned and Total are the plan's villages covered and total score;
	// Greedy* the greedy baseline's.
	Assigned, GreedyAssigned int
	Total, GreedyTotal       float64
}

// twinningTest sets the province up as at the start of a twinning campaign
// (every live twinning ended, about twinningPartners partners with places),
// restarts the server on it so that its views start from that state, then
// times suggestions for backward villages and a plan for the whole
// province, checking every answer. It returns the server it restarted.
func twinningTest(ctx context.Context, w io.Writer, srv *serverProc, exe, dsn, logPath string) (*serverProc, *TwinningFigures, error) {
	if err := srv.stop(); err != nil {
		return nil, nil, err
	}
	added, ended, err := campaign(ctx, dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("twinning set-up: %w", err)
	}
	srv, err = startServer(ctx, exe, dsn, logPath)
	if err != nil {
		return nil, nil, err
	}
	p := &poster{client: newClient(1), url: srv.base + "/graphql"}
	var roots struct {
		Regions, Villages struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	for _, q := range []struct {
		query string
		into  any
	}{
		{`{ regions(first: 1, where: {level: PROVINCE}) { edges { node { id } } } }`, &roots.Regions},
		{`{ regions(first: 40, where: {level: VILLAGE, backward: true}, orderBy: {field: CODE}) { edges { node { id } } } }`, &roots.Villages},
	} {
		code, raw, err := p.post(ctx, body(q.query, nil))
		if err != nil {
			return srv, nil, err
		}
		if err := rootInto(code, raw, "regions", q.into); err != nil {
			return srv, nil, err
		}
	}
	if len(roots.Regions.Edges) == 0 || len(roots.Villages.Edges) < indicatorRuns+2 {
		return srv, nil, fmt.Errorf("the province has too few backward villages (%d)", len(roots.Villages.Edges))
	}
	f := &TwinningFigures{}
	var ds []time.Duration
	for i := range indicatorRuns + 2 {
		v := roots.Villages.Edges[i*len(roots.Villages.Edges)/(indicatorRuns+2)].Node.ID
		d, err := timeOne(ctx, p, body(SuggestionsQuery, map[string]any{"v": v}), checkSuggestions)
		if err != nil {
			return srv, nil, fmt.Errorf("suggestions: %w", err)
		}
		if i >= 2 {
			ds = append(ds, d)
		}
	}
	f.Suggestions = Summarize(ds)
	ds = ds[:0]
	for i := range planRuns + 1 {
		d, err := timeOne(ctx, p, body(PlanQuery, map[string]any{"r": roots.Regions.Edges[0].Node.ID}), func(raw []byte) error {
			return checkPlan(raw, f)
		})
		if err != nil {
			return srv, nil, fmt.Errorf("plan: %w", err)
		}
		if i >= 1 {
			ds = append(ds, d)
		}
	}
	f.Plan = Summarize(ds)
	fmt.Fprintf(w, "twinning        set-up: %d live twinnings ended, %d partners added\n", ended, added)
	fmt.Fprintf(w, "  suggestions   5 partners for a backward village, of %d candidates: p50 %s ms  max %s ms (%d sequential requests)\n",
		f.Partners, ms(f.Suggestions.P50), ms(f.Suggestions.Max), indicatorRuns)
	fmt.Fprintf(w, "  plan          the province's %d uncovered backward villages × %d partners: p50 %s ms  max %s ms (%d requests)\n",
		f.Villages, f.Partners, ms(f.Plan.P50), ms(f.Plan.Max), planRuns)
	fmt.Fprintf(w, "  plan score    minimum-cost flow %d villages, total %.3f; greedy %d villages, total %.3f (%+.2f%%)\n",
		f.Assigned, f.Total, f.GreedyAssigned, f.GreedyTotal, gain(f.Total, f.GreedyTotal))
	return srv, f, nil
}

func gain(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return (a - b) / b * 100
}

// campaign ends every live twinning and copies the urban units with places
// (two places each) until about twinningPartners have places, in one
// transaction, straight in the database (the server is stopped).
func campaign(ctx context.Context, dsn string) (added, ended int64, err error) {
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	tx, err := st.DB.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	ph := func(n int) string {
		if st.Target.Dialect == store.Postgres {
			return fmt.Sprintf("$%d", n)
		}
		return "?"
	}
	now := time.Now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	res, err := tx.ExecContext(ctx, `UPDATE links SET status = 'ENDED', ended_on = `+ph(1)+` WHERE kind = 'URBAN_RURAL_TWINNING' `+
		`AND status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED')`, today)
	if err != nil {
		return 0, 0, err
	}
	ended, _ = res.RowsAffected()
	var have int64
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM organizations WHERE twinning_capacity > 0 AND status = 'ACTIVE'`).Scan(&have); err != nil {
		return 0, 0, err
	}
	for have+added < twinningPartners {
		res, err := tx.ExecContext(ctx, `INSERT INTO organizations (created_at, updated_at, version, name, kind, industry, status, `+
			`twinning_capacity, region_id) SELECT `+ph(1)+`, `+ph(2)+`, 1, name || '（第二批）', kind, industry, 'ACTIVE', 2, region_id `+
			`FROM organizations WHERE twinning_capacity > 0 AND status = 'ACTIVE' AND kind <> 'PARTY_BRANCH' ORDER BY id LIMIT `+
			ph(3), now, now, twinningPartners-have-added)
		if err != nil {
			return 0, 0, err
		}
		n, _ := res.RowsAffected()
		if n == 0 {
			break
		}
		added += n
	}
	return added, ended, tx.Commit()
}

func checkSuggestions(raw []byte) error {
	var out []struct {
		Score   float64
		Factors []struct{ Factor string }
	}
	if err := rootInto(200, raw, "twinningSuggestions", &out); err != nil {
		return err
	}
	if len(out) != 5 {
		return fmt.Errorf("%d suggestions, want 5", len(out))
	}
	for i, s := range out {
		if len(s.Factors) != 5 || i > 0 && s.Score > out[i-1].Score {
			return fmt.Errorf("suggestion %d out of order or without its 5 factors", i)
		}
	}
	return nil
}

func checkPlan(raw []byte, f *TwinningFigures) error {
	var plan struct {
		Method                  string
		Villages, Partners      int
		TotalScore, GreedyScore float64
		GreedyAssigned          int
		Rows                    []struct{ Village, Partner struct{ ID string } }
		Unassigned              []struct{ Reason string }
	}
	if err := rootInto(200, raw, "twinningPlan", &plan); err != nil {
		return err
	}
	if len(plan.Rows)+len(plan.Unassigned) != plan.Villages || plan.Villages == 0 {
		return fmt.Errorf("plan of %d villages has %d rows and %d unassigned", plan.Villages, len(plan.Rows), len(plan.Unassigned))
	}
	if len(plan.Rows) < plan.GreedyAssigned || len(plan.Rows) == plan.GreedyAssigned && plan.TotalScore < plan.GreedyScore-1e-9 {
		return fmt.Errorf("plan (%d, %.3f) below greedy (%d, %.3f)", len(plan.Rows), plan.TotalScore, plan.GreedyAssigned, plan.GreedyScore)
	}
	f.Villages, f.Partners, f.Assigned, f.Total = plan.Villages, plan.Partners, len(plan.Rows), plan.TotalScore
	f.GreedyAssigned, f.GreedyTotal = plan.GreedyAssigned, plan.GreedyScore
	return nil
}

// twinningSummary prints the twinning figures of every run beside their
// targets, which apply at province scale.
func twinningSummary(w io.Writer, rs []*Result) {
	var runs []*Result
	for _, r := range rs {
		if r.Twinning != nil {
			runs = append(runs, r)
		}
	}
	if len(runs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== Twinning summary (p50; suggestions of %d sequential requests, plans of %d; ms)\n", indicatorRuns, planRuns)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\tvillages × partners\tsuggestions\tprovince plan\tplan: villages, score\tgreedy: villages, score\n")
	for _, r := range runs {
		f, province := r.Twinning, r.Scale == demo.Province
		fmt.Fprintf(tw, "%s %s\t%d × %d\t%s\t%s\t%d, %.3f\t%d, %.3f\n", r.Name, r.Scale, f.Villages, f.Partners,
			ms(f.Suggestions.P50)+" "+verdict(province, f.Suggestions.P50 <= TargetSuggestions, fmt.Sprintf("≤ %d", TargetSuggestions.Milliseconds())),
			ms(f.Plan.P50)+" "+verdict(province, f.Plan.P50 <= TargetPlan, fmt.Sprintf("≤ %d", TargetPlan.Milliseconds())),
			f.Assigned, f.Total, f.GreedyAssigned, f.GreedyTotal)
	}
	_ = tw.Flush()
}
